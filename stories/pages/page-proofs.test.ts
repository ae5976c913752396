// Page-level proofs of issue 8 on the « Page de contenu » template (identity-pages.markup.ts):
// 1. with scripts blocked, the page still shows the government name, every link of the header,
//    breadcrumb, side navigation and footer, and the skip link (shown on focus);
// 2. when the scripts load late, the page does not jump: cumulative layout shift below 0.01.
// Each page is a real document in an <iframe> that links the page CSS a ministry links:
// @qc-ds/tokens dist/tokens.css and @qc-ds/styles dist/qc-ds.css.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { itExcept } from '../../packages/components/src/internal/test/engine.js';
import { describeElement, hasBox, waitFor } from '../support/page-flow.js';
import { contentPage, type Lang } from './identity-pages.markup.js';

const widths = [1280, 320] as const;
const frameHeight = 800;

/** A whole page around `body`, with the page CSS. `head` goes last in <head>. */
function pageDocument(lang: Lang, body: string, head = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${lang === 'fr' ? 'Admissibilité à l’allocation-logement' : 'Eligibility for the shelter allowance'}</title>
  <link rel="stylesheet" href="/packages/tokens/dist/tokens.css">
  <link rel="stylesheet" href="/packages/styles/dist/qc-ds.css">
  ${head}
</head>
<body class="qc-ds">
${body}
</body>
</html>`;
}

/** Loads `srcdoc` in an iframe `width` px wide at the top left of the test page (painted, not throttled). */
async function frame(srcdoc: string, width: number, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'page';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = `position:fixed;inset:0 auto auto 0;width:${width}px;height:${frameHeight}px;border:0;z-index:1`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = srcdoc;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

let frames: HTMLIFrameElement[] = [];
const track = (iframe: HTMLIFrameElement) => (frames.push(iframe), iframe);

before(() => setViewport({ width: 1300, height: frameHeight + 20 }));
afterEach(() => {
  frames.forEach((iframe) => iframe.remove());
  frames = [];
});

describe('« Page de contenu » with JavaScript blocked', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const width of widths) {
      it(`${lang}, ${width} px: shows the government name, every link and the skip link [wcag:2.4.1,3.1.2]`, async () => {
        // sandbox without allow-scripts: no script runs in the page, custom elements stay undefined.
        const iframe = track(await frame(pageDocument(lang, contentPage(lang)), width, 'allow-same-origin'));
        const doc = iframe.contentDocument!;
        const view = iframe.contentWindow!;
        expect(view.customElements.get('qc-piv-header'), 'no script ran').to.equal(undefined);

        const signature = doc.querySelector<HTMLImageElement>('qc-piv-header [slot="signature"] img')!;
        await waitFor(() => signature.complete);
        expect(signature.alt).to.contain('Gouvernement du Québec');
        expect(signature.naturalWidth, 'the signature file loaded').to.be.greaterThan(0);
        expect(hasBox(signature), 'the signature is shown').to.equal(true);

        const skip = doc.querySelector<HTMLAnchorElement>('[slot="go-to-content"]')!;
        const links = [
          ...doc.querySelectorAll<HTMLAnchorElement>(
            'qc-piv-header a[href]:not([slot="go-to-content"]), qc-breadcrumb a[href], qc-side-nav a[href], qc-piv-footer a[href]',
          ),
        ];
        expect(links.length, 'header, breadcrumb, side navigation and footer links').to.be.greaterThan(15);
        const hidden = links.filter((link) => {
          const box = link.getBoundingClientRect();
          const style = view.getComputedStyle(link);
          return (
            !hasBox(link) ||
            style.visibility === 'hidden' ||
            box.left < -0.5 ||
            box.right > doc.documentElement.clientWidth + 0.5
          );
        });
        expect(hidden.map(describeElement), 'links not shown within the page width').to.deep.equal([]);
        expect(doc.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(width);

        // The skip link: hidden until focused, then shown. The keyboard moves from the test page into
        // the frame, whose first Tab stop it must be.
        expect(skip.getAttribute('href')).to.equal('#main');
        const before = skip.getBoundingClientRect();
        expect(before.width <= 1 || before.height <= 1, 'visually hidden until focused').to.equal(true);
        const start = document.createElement('button');
        start.textContent = 'start';
        document.body.prepend(start);
        try {
          start.focus();
          await sendKeys({ press: 'Tab' });
          if (document.activeElement !== iframe || doc.activeElement !== skip) {
            // An engine that stops on the frame itself first.
            await sendKeys({ press: 'Tab' });
          }
          expect(doc.activeElement === skip, `first Tab stop: ${describeElement(doc.activeElement)}`).to.equal(true);
          const shown = skip.getBoundingClientRect();
          expect(shown.width > 1 && shown.height > 1, 'shown when focused').to.equal(true);
          expect(shown.right <= width + 0.5, 'within the page width').to.equal(true);
        } finally {
          start.remove();
        }
      });
    }
  }
});

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: ReadonlyArray<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
}

interface ShiftWindow extends Window {
  __shifts: Shift[];
  __loadComponents: () => Promise<unknown>;
}

/** What moved, for the report: the node and its boxes before and after. */
function describeShift(shift: Shift): string {
  const rect = (r: DOMRectReadOnly) =>
    `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const sources = shift.sources.map((source) => {
    // The node belongs to the frame's realm: `instanceof Element` would be false.
    const node = source.node as Element | null | undefined;
    const name =
      node?.nodeType === Node.ELEMENT_NODE
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('slot') ? `[slot=${node.getAttribute('slot')}]` : ''}${node.parentElement ? ` in ${node.parentElement.localName}` : ''}`
        : (node?.nodeName ?? '?');
    return `${name}: ${rect(source.previousRect)} → ${rect(source.currentRect)}`;
  });
  return `${shift.value.toFixed(4)} at ${Math.round(shift.startTime)} ms (${sources.join('; ')})`;
}

/** The elements of the page whose boxes the report compares before and after the scripts. */
const watched = 'qc-piv-header, qc-alert, qc-breadcrumb, qc-side-nav, main, main > *, qc-to-top, qc-piv-footer';

/** Each watched element's box, by a readable name (`qc-notice#2`). */
function boxes(doc: Document): Map<string, DOMRect> {
  const seen = new Map<string, number>();
  const result = new Map<string, DOMRect>();
  for (const element of doc.querySelectorAll(watched)) {
    const count = (seen.get(element.localName) ?? 0) + 1;
    seen.set(element.localName, count);
    result.set(`${element.localName}#${count}`, element.getBoundingClientRect());
  }
  return result;
}

/** The watched elements whose box moved or changed size when the scripts ran. */
function changedBoxes(before: Map<string, DOMRect>, after: Map<string, DOMRect>): string[] {
  const changes: string[] = [];
  for (const [name, was] of before) {
    const now = after.get(name);
    if (!now) continue;
    const dy = Math.round(now.y - was.y);
    const dh = Math.round(now.height - was.height);
    const dx = Math.round(now.x - was.x);
    const dw = Math.round(now.width - was.width);
    if (dx || dy || dw || dh) changes.push(`${name}: Δx ${dx}, Δy ${dy}, Δwidth ${dw}, Δheight ${dh}`);
  }
  return changes;
}

const LAYOUT_SHIFT_API = {
  firefox: 'Firefox has no Layout Instability API (PerformanceObserver type layout-shift)',
  webkit: 'WebKit has no Layout Instability API (PerformanceObserver type layout-shift)',
};

describe('« Page de contenu » when the scripts load late', () => {
  for (const width of widths) {
    itExcept(LAYOUT_SHIFT_API, `fr, ${width} px: cumulative layout shift below 0.01`, async () => {
      sessionStorage.clear();
      const observe = `<script>
  window.__shifts = [];
  new PerformanceObserver((list) => { window.__shifts.push(...list.getEntries()); })
    .observe({ type: 'layout-shift', buffered: true });
</script>`;
      const load = `<script type="module">
  window.__loadComponents = () => import('/packages/components/src/index.ts');
</script>`;
      const iframe = track(await frame(pageDocument('fr', contentPage('fr') + load, observe), width));
      const view = iframe.contentWindow as ShiftWindow;
      const doc = iframe.contentDocument!;
      await view.document.fonts.ready;
      await waitFor(() => [...doc.images].every((image) => image.complete));
      // The page as it shows before the scripts (CSS only), then the scripts 500 ms later.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const beforeScripts = view.__shifts.filter((shift) => !shift.hadRecentInput);
      const boxesBefore = boxes(doc);
      const loadedAt = view.performance.now();
      await view.__loadComponents();
      const tags = [
        ...new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((t) => t.startsWith('qc-'))),
      ];
      await Promise.all(tags.map((tag) => view.customElements.whenDefined(tag)));
      const updating = [...doc.querySelectorAll('*')].filter((el) => 'updateComplete' in el) as unknown as {
        updateComplete: Promise<unknown>;
      }[];
      await Promise.all(updating.map((el) => el.updateComplete));
      await view.document.fonts.ready;
      // Settle: icons, fonts, layout (layout-shift entries arrive after the frame they happened in).
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const shifts = view.__shifts.filter((shift) => !shift.hadRecentInput);
      const afterScripts = shifts.filter((shift) => shift.startTime >= loadedAt);
      const sum = (list: Shift[]) => list.reduce((total, shift) => total + shift.value, 0);
      const report = [
        `CLS at ${width} px: ${sum(shifts).toFixed(4)} in all (${sum(beforeScripts).toFixed(4)} before the scripts, ` +
          `${sum(afterScripts).toFixed(4)} when they loaded)`,
        ...shifts.map(describeShift),
        'Boxes changed by the upgrade (page coordinates of the frame):',
        ...changedBoxes(boxesBefore, boxes(doc)),
      ].join('\n  ');
      console.log(report);
      expect(sum(afterScripts), report).to.be.below(0.01);
      expect(sum(shifts), report).to.be.below(0.01);
    });
  }
});
