import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { svg } from 'lit';
import { registerTranslation } from '../internal/localize.js';
import { registerIcon, type QcIcon } from '../icon/qc-icon.js';
import { getLoadedIcon } from '../icon/library.js';
import { QcNotice } from './qc-notice.js';
import { noticeTypes, type NoticeType } from './notice.js';
import { axTree, NEEDS_AX_TREE, type AxNode } from '../internal/test/ax.js';
import { describeExcept, engine, itExcept, NO_MEDIA_EMULATION } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';

const labels: Record<'fr' | 'en', Record<NoticeType, string>> = {
  fr: {
    information: 'Avis général',
    warning: 'Avis d’avertissement',
    success: 'Avis de réussite',
    error: 'Avis d’erreur',
    advice: 'Avis conseil',
    note: 'Avis explicatif',
  },
  en: {
    information: 'General notice',
    warning: 'Warning notice',
    success: 'Success notice',
    error: 'Error notice',
    advice: 'Advisory notice',
    note: 'Explanatory notice',
  },
};

const hostile = '<img src=x onerror="window.__qcNoticeXss = true">';

/** What a screen reader reads, in order: text runs, `heading N: name`, `image: name`, live regions. */
function readingOrder(node: AxNode, out: string[] = []): string[] {
  if (node.role === 'heading') {
    out.push(`heading ${node.level}: ${node.name}`);
    return out;
  }
  if (node.role === 'text') {
    if (node.name.trim()) out.push(node.name.trim());
    return out;
  }
  if (node.role === 'image' || node.role === 'img') out.push(`image: ${node.name}`);
  if (['alert', 'status', 'log'].includes(node.role)) out.push(`live region: ${node.role}`);
  node.children?.forEach((child) => readingOrder(child, out));
  return out;
}

function roles(node: AxNode, out: string[] = []): string[] {
  out.push(node.role);
  node.children?.forEach((child) => roles(child, out));
  return out;
}

/** Roles of the nodes (other than text runs) whose accessible name is `name`. */
function named(node: AxNode, name: string, out: string[] = []): string[] {
  if (node.role !== 'text' && node.name === name) out.push(node.role);
  node.children?.forEach((child) => named(child, name, out));
  return out;
}

function part(el: QcNotice, name: string): HTMLElement {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
}

function heading(el: QcNotice): HTMLElement | null {
  return el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
}

/** The notice's icon: the `<svg>` in the icon column. */
function glyph(el: QcNotice): SVGSVGElement {
  return part(el, 'icon').querySelector('svg')!;
}

/** The shapes an `<svg>` draws (its elements; Lit's comment markers left out). */
function shapes(drawing: Element | null | undefined): string {
  return drawing ? Array.from(drawing.children, (child) => child.outerHTML).join('') : '';
}

const reference = new Map<string, string>();

/** What `<qc-icon icon=name>` draws: the notice draws its icon from the same glyphs. */
async function qcIconShapes(name: string): Promise<string> {
  if (!reference.has(name)) {
    const icon = await fixture<QcIcon>(html`<qc-icon icon=${name}></qc-icon>`);
    reference.set(name, shapes(icon.shadowRoot!.querySelector('svg')));
  }
  return reference.get(name)!;
}

/** Checks that the notice draws the glyph `name`, as qc-icon does. */
async function expectIcon(el: QcNotice, name: string, message = name): Promise<void> {
  const expected = await qcIconShapes(name);
  expect(expected, `qc-icon draws "${name}"`).not.to.equal('');
  expect(shapes(glyph(el)), message).to.equal(expected);
}

/** Lets the LocalizeController's MutationObserver see a `lang` change, then waits for the render. */
async function languageChanged(el: QcNotice): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('qc-notice', () => {
  describe('accessibility', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const type of noticeTypes) {
        it(`passes axe: type="${type}", lang="${lang}", with and without a title`, async () => {
          const wrapper = await fixture(html`
            <div lang=${lang}>
              <qc-notice type=${type} title=${lang === 'fr' ? 'Renouvellement de votre permis' : 'Renew your permit'}>
                <p>${lang === 'fr' ? 'Votre permis expire le 31 mars.' : 'Your permit expires on March 31.'}</p>
              </qc-notice>
              <qc-notice type=${type}>
                <p>${lang === 'fr' ? 'Aucune démarche n’est requise.' : 'No action is required.'}</p>
              </qc-notice>
            </div>
          `);
          await expect(wrapper).to.be.accessible();
        });
      }
    }

    for (const theme of ['dark', 'high-contrast'] as const) {
      it(`passes axe, colour contrast included, in the ${theme} theme`, async () => {
        const wrapper = await fixture(html`
          <div
            data-qc-theme=${theme}
            style="background: var(--qc-color-background); color: var(--qc-color-text-primary); padding: 1rem"
          >
            ${noticeTypes.map(
              (type) => html`
                <qc-notice type=${type} title="Titre de l’avis ${type}">
                  <p>Contenu de l’avis de type ${type}.</p>
                </qc-notice>
              `,
            )}
          </div>
        `);
        await expect(wrapper).to.be.accessible();
      });
    }

    itExcept(
      NEEDS_AX_TREE,
      'reads the type label, then the heading at the `header` level with the title, then the content [wcag:1.3.1]',
      async () => {
        await fixture(html`
          <div id="tree-fr">
            <qc-notice type="warning" header="h3" title="Renouvellement de votre permis">
              <p>Votre permis expire le 31 mars.</p>
            </qc-notice>
          </div>
        `);
        const tree = await axTree('#tree-fr');
        expect(readingOrder(tree)).to.deep.equal([
          'Avis d’avertissement',
          'heading 3: Renouvellement de votre permis',
          'Votre permis expire le 31 mars.',
        ]);
        expect(roles(tree)).to.include('note');
        // The host's `title` attribute must not name another node (the title would be read twice).
        // Firefox keeps an element that has a `title` in its tree whatever its role (`none` here), as a
        // generic container named by the title (w3c/aria#1270); screen readers do not read the names
        // of generic containers. Every other node, and every engine, is held to the rule.
        const others = named(tree, 'Renouvellement de votre permis');
        expect(engine === 'firefox' ? others.filter((role) => role !== 'generic') : others).to.deep.equal(['heading']);
      },
    );

    itExcept(NEEDS_AX_TREE, 'reads the English type label on an English page', async () => {
      await fixture(html`
        <div id="tree-en" lang="en">
          <qc-notice type="success" header="h4" title="Request received"
            ><p>We will reply within 10 days.</p></qc-notice
          >
        </div>
      `);
      expect(readingOrder(await axTree('#tree-en'))).to.deep.equal([
        'Success notice',
        'heading 4: Request received',
        'We will reply within 10 days.',
      ]);
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes no heading without a title, and keeps the type label before the content [wcag:1.3.1]',
      async () => {
        await fixture(html`
          <div id="tree-untitled">
            <qc-notice type="error"><p>Le numéro de dossier est invalide.</p></qc-notice>
          </div>
        `);
        const tree = await axTree('#tree-untitled');
        expect(roles(tree)).not.to.include('heading');
        expect(readingOrder(tree)).to.deep.equal(['Avis d’erreur', 'Le numéro de dossier est invalide.']);
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'is not a live region, not focusable, and its icon is decorative [wcag:4.1.3]',
      async () => {
        await fixture(html`
          <div id="tree-quiet">
            <qc-notice type="error" title="Erreurs"><p>Deux champs sont incomplets.</p></qc-notice>
            <qc-notice type="success" title="Envoyé"><p>Merci.</p></qc-notice>
          </div>
        `);
        const order = readingOrder(await axTree('#tree-quiet'));
        expect(order.filter((entry) => entry.startsWith('live region') || entry.startsWith('image'))).to.deep.equal([]);
        for (const el of document.querySelectorAll<QcNotice>('#tree-quiet qc-notice')) {
          expect(el.tabIndex).to.equal(-1);
          expect(el.shadowRoot!.querySelector('[tabindex], [aria-live], [role="alert"], [role="status"]')).to.equal(
            null,
          );
        }
      },
    );
  });

  describe('rendering', () => {
    it('renders the title as a heading in the `title` part and the slotted content in the `content` part [wcag:1.3.1]', async () => {
      const el = await fixture<QcNotice>(html`
        <qc-notice title="Date limite"><p>Déposez votre demande avant le 1er juin.</p></qc-notice>
      `);
      const h = heading(el)!;
      expect(h.localName).to.equal('h2');
      expect(h.getAttribute('part')).to.equal('title');
      expect(h.textContent).to.equal('Date limite');
      const slot = part(el, 'content').querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Déposez votre demande avant le 1er juin.');
    });

    it('renders no heading element for an absent, empty or blank title [wcag:1.3.1]', async () => {
      for (const title of [undefined, '', '   ']) {
        const el = await fixture<QcNotice>(html`<qc-notice title=${title ?? ''}><p>Texte</p></qc-notice>`);
        expect(heading(el)).to.equal(null);
      }
    });

    it('renders the `content` attribute as text when the notice has no children', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice content="Le service sera interrompu dimanche."></qc-notice>`);
      expect(part(el, 'content').textContent!.trim()).to.equal('Le service sera interrompu dimanche.');
      expect(part(el, 'content').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('prefers the slotted content over `content`, and falls back when the children go away', async () => {
      const el = await fixture<QcNotice>(html`
        <qc-notice content="Texte de l’attribut"><p>Texte des enfants</p></qc-notice>
      `);
      expect(el.shadowRoot!.textContent).not.to.contain('Texte de l’attribut');
      el.replaceChildren();
      await nextFrame();
      await el.updateComplete;
      expect(part(el, 'content').textContent!.trim()).to.equal('Texte de l’attribut');
      el.append(Object.assign(document.createElement('p'), { textContent: 'De retour' }));
      await nextFrame();
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('Texte de l’attribut');
    });

    it('draws each type in its feedback colours: border, pale icon column, icon colour', async () => {
      const families: Record<NoticeType, string> = {
        information: 'information',
        warning: 'warning',
        success: 'success',
        error: 'error',
        advice: 'neutral',
        note: 'neutral',
      };
      const palette = ['information', 'warning', 'success', 'error', 'neutral'];
      // Distinct known colours per family, so the test does not depend on the token values.
      const style = palette
        .map(
          (family, i) =>
            `--qc-color-feedback-${family}-border: rgb(${i + 1}, 0, 0);` +
            `--qc-color-feedback-${family}-background: rgb(0, ${i + 1}, 0);` +
            `--qc-color-feedback-${family}-icon: rgb(0, 0, ${i + 1});`,
        )
        .join('');
      const wrapper = await fixture(html`
        <div style="${style} --qc-notice-border-width: 1px">
          ${noticeTypes.map((type) => html`<qc-notice type=${type}>x</qc-notice>`)}
        </div>
      `);
      for (const el of wrapper.querySelectorAll<QcNotice>('qc-notice')) {
        const i = palette.indexOf(families[el.effectiveType]) + 1;
        const base = getComputedStyle(part(el, 'base'));
        const icon = getComputedStyle(part(el, 'icon'));
        expect(base.borderTopWidth, el.type).to.equal('1px');
        expect(base.borderTopStyle, el.type).to.equal('solid');
        expect(base.borderLeftColor, el.type).to.equal(`rgb(${i}, 0, 0)`);
        expect(icon.backgroundColor, el.type).to.equal(`rgb(0, ${i}, 0)`);
        expect(icon.color, el.type).to.equal(`rgb(0, 0, ${i})`);
      }
    });

    it('shows the content at the body size (--qc-font-size-md) and caps the width at --qc-max-content-width', async () => {
      const wrapper = await fixture(html`
        <div style="--qc-font-size-md: 1rem; --qc-max-content-width: 20rem; width: 40rem">
          <qc-notice title="Titre"><p>Texte</p></qc-notice>
        </div>
      `);
      const el = wrapper.querySelector('qc-notice')!;
      expect(getComputedStyle(part(el, 'content')).fontSize).to.equal('16px');
      expect(el.getBoundingClientRect().width).to.equal(320);
    });

    describeExcept(NO_MEDIA_EMULATION, 'in forced colours (Windows High Contrast)', () => {
      before(() => emulateMedia({ forcedColors: 'active' }));
      after(() => emulateMedia({ forcedColors: 'none' }));

      it('keeps the border, separates the icon column with a rule and draws the icon in the text colour', async () => {
        const el = await fixture<QcNotice>(html`<qc-notice type="warning" title="Titre"><p>Texte</p></qc-notice>`);
        const base = getComputedStyle(part(el, 'base'));
        const icon = getComputedStyle(part(el, 'icon'));
        const text = getComputedStyle(part(el, 'content')).color;
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        expect(base.borderTopStyle).to.equal('solid');
        expect(parseFloat(base.borderTopWidth)).to.be.greaterThan(0);
        expect(base.borderTopColor).to.equal(text);
        expect(icon.borderRightStyle).to.equal('solid');
        expect(icon.color).to.equal(text);
      });
    });

    it('renders an empty notice without errors: type label only, no heading, no empty content box [wcag:1.3.1,3.3.1]', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice></qc-notice>`);
      expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal('Avis général');
      expect(heading(el)).to.equal(null);
      expect(part(el, 'content').getBoundingClientRect().height).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('uses the `header` level h1 to h6 for the title', async () => {
      for (const level of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
        const el = await fixture<QcNotice>(html`<qc-notice title="Titre" header=${level}></qc-notice>`);
        expect(heading(el)!.localName).to.equal(level);
      }
      const upper = await fixture<QcNotice>(html`<qc-notice title="Titre" header=" H5 "></qc-notice>`);
      expect(heading(upper)!.localName).to.equal('h5');
    });

    it('falls back to h2 with one warning for an invalid `header`', async () => {
      let el!: QcNotice;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcNotice>(html`<qc-notice title="Titre" header="h7"></qc-notice>`);
        el.title = 'Autre titre';
        await el.updateComplete;
      });
      expect(heading(el)!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('header="h7"');
    });

    it('falls back to information with one warning for an invalid `type`', async () => {
      let el!: QcNotice;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcNotice>(html`<qc-notice type="danger" title="Titre"></qc-notice>`);
        el.title = 'Autre titre';
        await el.updateComplete;
      });
      expect(el.effectiveType).to.equal('information');
      await expectIcon(el, 'information');
      expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal('Avis général');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('type="danger"');
    });

    it('shows the icon of each type at the nm size: light bulb for advice, note for note', async () => {
      const expected: Record<NoticeType, string> = {
        information: 'information',
        warning: 'warning',
        success: 'success',
        error: 'error',
        advice: 'light-bulb',
        note: 'note',
      };
      for (const type of noticeTypes) {
        const el = await fixture<QcNotice>(html`<qc-notice type=${type}></qc-notice>`);
        await expectIcon(el, expected[type], type);
        const box = glyph(el).getBoundingClientRect();
        expect([box.width, box.height], type).to.deep.equal([24, 24]);
      }
    });

    it('honours `icon` for advice and note notices', async () => {
      for (const type of ['advice', 'note']) {
        const warnings = await captureWarnings(async () => {
          const el = await fixture<QcNotice>(html`<qc-notice type=${type} icon="calendar"></qc-notice>`);
          await expectIcon(el, 'calendar', type);
        });
        expect(warnings).to.deep.equal([]);
      }
    });

    it('ignores `icon` for the other types, with one warning', async () => {
      let el!: QcNotice;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcNotice>(html`<qc-notice type="warning" icon="calendar"></qc-notice>`);
        el.title = 'Nouveau titre';
        await el.updateComplete;
      });
      await expectIcon(el, 'warning');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('icon="calendar"');
    });

    it('has its new icon drawn once `updateComplete` resolves, even when that glyph was not loaded yet', async () => {
      expect(getLoadedIcon('phone'), 'no test has loaded this glyph before').to.equal(undefined);
      const el = await fixture<QcNotice>(html`<qc-notice type="note"></qc-notice>`);
      el.icon = 'phone';
      await el.updateComplete;
      const drawn = shapes(glyph(el));
      expect(drawn).not.to.equal('');
      expect(drawn).to.equal(await qcIconShapes('phone'));
    });

    it('draws an icon registered by the page, and redraws when it is registered again', async () => {
      const original = svg`<circle cx="12" cy="12" r="4" />`;
      const replaced = svg`<rect x="4" y="4" width="16" height="16" />`;
      expect(registerIcon('qc-notice-test-stamp', original)).to.equal(true);
      const el = await fixture<QcNotice>(html`<qc-notice type="note" icon="qc-notice-test-stamp"></qc-notice>`);
      expect(glyph(el).querySelector('circle')).to.exist;
      registerIcon('qc-notice-test-stamp', replaced);
      await el.updateComplete;
      expect(glyph(el).querySelector('circle')).to.equal(null);
      expect(glyph(el).querySelector('rect')).to.exist;
    });

    it('keeps the icon box and warns once for an unknown `icon` name', async () => {
      let el!: QcNotice;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcNotice>(html`<qc-notice type="advice" icon="no-such-icon" title="Titre"></qc-notice>`);
        el.title = 'Autre titre';
        await el.updateComplete;
      });
      expect(shapes(glyph(el))).to.equal('');
      expect(glyph(el).getBoundingClientRect().width).to.equal(24);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('unknown icon "no-such-icon"');
      el.icon = 'Clock ';
      await el.updateComplete;
      await expectIcon(el, 'clock', 'a valid name afterwards is drawn');
    });

    itExcept(NEEDS_AX_TREE, 'lets `type-label` replace the label read by screen readers [wcag:4.1.3]', async () => {
      await fixture(html`
        <div id="tree-label">
          <qc-notice type="warning" type-label="Attention : délai" title="Date limite"><p>Le 1er juin.</p></qc-notice>
        </div>
      `);
      expect(readingOrder(await axTree('#tree-label'))).to.deep.equal([
        'Attention : délai',
        'heading 2: Date limite',
        'Le 1er juin.',
      ]);
    });

    it('re-renders when type, title, header, content and icon change', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice type="advice" content="Avant"></qc-notice>`);
      el.type = 'error';
      el.title = 'Erreurs à corriger';
      await el.updateComplete;
      await expectIcon(el, 'error');
      expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal('Avis d’erreur');
      expect(heading(el)!.textContent).to.equal('Erreurs à corriger');
      el.setAttribute('header', 'h4');
      el.setAttribute('content', 'Après');
      await el.updateComplete;
      expect(heading(el)!.localName).to.equal('h4');
      expect(part(el, 'content').textContent!.trim()).to.equal('Après');
      el.type = 'note';
      el.icon = 'clock';
      await el.updateComplete;
      await expectIcon(el, 'clock');
      el.removeAttribute('title');
      el.title = '';
      await el.updateComplete;
      expect(heading(el)).to.equal(null);
    });
  });

  describe('i18n', () => {
    for (const lang of ['fr', 'en'] as const) {
      it(`has the incumbent's type labels in ${lang === 'fr' ? 'French' : 'English'} [wcag:3.1.2]`, async () => {
        for (const type of noticeTypes) {
          const el = await fixture<QcNotice>(html`<qc-notice lang=${lang} type=${type}></qc-notice>`);
          expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal(labels[lang][type]);
        }
      });
    }

    it('follows its own lang, an ancestor’s (regional tags included), and falls back to French [wcag:3.1.2]', async () => {
      const wrapper = await fixture(html`<div lang="en-CA"><qc-notice type="note"></qc-notice></div>`);
      const el = wrapper.querySelector('qc-notice')!;
      const label = () => el.shadowRoot!.querySelector('.type-label')!.textContent;
      expect(label()).to.equal('Explanatory notice');
      el.setAttribute('lang', 'fr-CA');
      await languageChanged(el);
      expect(label()).to.equal('Avis explicatif');
      el.setAttribute('lang', 'es');
      await languageChanged(el);
      expect(label()).to.equal('Avis explicatif');
      el.removeAttribute('lang');
      await languageChanged(el);
      expect(label()).to.equal('Explanatory notice');
    });

    it('accepts a page-wide replacement of a label through registerTranslation', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice type="warning"></qc-notice>`);
      registerTranslation('fr', { noticeTypeWarning: 'Mise en garde' });
      try {
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal('Mise en garde');
      } finally {
        registerTranslation('fr', { noticeTypeWarning: 'Avis d’avertissement' });
      }
    });
  });

  describe('bad input', () => {
    it('shows HTML in `title` and `content` as text, creates no element from it, and warns once for each', async () => {
      let el!: QcNotice;
      const warnings = await captureWarnings(async () => {
        el = await fixture<QcNotice>(html`<qc-notice title=${hostile} content=${hostile}></qc-notice>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      await nextFrame();
      expect(heading(el)!.textContent).to.equal(hostile);
      expect(part(el, 'content').textContent!.trim()).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(document.querySelector('img')).to.equal(null);
      expect((window as unknown as { __qcNoticeXss?: boolean }).__qcNoticeXss).to.equal(undefined);
      expect(warnings).to.have.length(2);
      expect(warnings.join('\n')).to.contain('title is shown as text').and.to.contain('content is shown as text');
    });

    it('shows a hostile `type-label` as text', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice type-label=${hostile}></qc-notice>`);
      expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('tolerates null, undefined and non-string property values without throwing', async () => {
      const el = await fixture<QcNotice>(html`<qc-notice title="Titre" type="warning"></qc-notice>`);
      const loose = el as unknown as Record<string, unknown>;
      const warnings = await captureWarnings(async () => {
        for (const key of ['type', 'title', 'header', 'icon', 'content', 'typeLabel']) loose[key] = null;
        await el.updateComplete;
        for (const key of ['type', 'title', 'header', 'icon', 'content', 'typeLabel']) loose[key] = undefined;
        await el.updateComplete;
        loose['title'] = 2026;
        await el.updateComplete;
        expect(heading(el)!.textContent).to.equal('2026');
        loose['title'] = undefined;
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(el.effectiveType).to.equal('information');
      expect(heading(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('.type-label')!.textContent).to.equal('Avis général');
    });

    describe('at 320 px wide', () => {
      before(() => setViewport({ width: 320, height: 640 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('wraps very long unbroken content and titles without horizontal overflow', async () => {
        const word = 'Renseignements'.repeat(200);
        const wrapper = await fixture(html`
          <div>
            <qc-notice type="warning" title=${word}><p>${word}</p></qc-notice>
            <qc-notice type="note" content=${word}></qc-notice>
            <qc-notice type="error" title="Adresse"
              ><p><a href="#x">https://www.quebec.ca/${word}</a></p></qc-notice
            >
          </div>
        `);
        expect(document.documentElement.clientWidth).to.equal(320);
        for (const el of wrapper.querySelectorAll<QcNotice>('qc-notice')) {
          const base = part(el, 'base');
          expect(el.getBoundingClientRect().right).to.be.at.most(320);
          expect(base.scrollWidth).to.be.at.most(base.clientWidth);
          expect(part(el, 'icon').getBoundingClientRect().width).to.be.greaterThan(0);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
    });

    it('can be defined twice without throwing or warning', async () => {
      const warnings = await captureWarnings(() => {
        QcNotice.define('qc-notice');
        QcNotice.define('qc-notice');
      });
      expect(customElements.get('qc-notice')).to.equal(QcNotice);
      expect(warnings).to.deep.equal([]);
    });
  });
});
