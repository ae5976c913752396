// Nothing a citizen typed is lost when they come back with the browser's Back button.
//
// permit.html (every field component, authored and terse, native controls, qc-buttons) is loaded
// in an iframe, filled, left by a submission (Enter in a text field, as a citizen does) or by a
// link, and shown again with `history.back()`. Subframe navigations never use the back/forward
// cache, so what is tested is the browser's form restoration plus qc-ds's own (internal/form-state.ts).
// The navigation is started from the keyboard: WebKit adds no history entry for a subframe
// navigation that no user gesture started.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const page = '/packages/components/test/restore/permit.html';

const frame = document.createElement('iframe');
frame.title = 'Formulaire';
frame.style.cssText = 'width: 1024px; height: 900px; border: 0';
document.body.append(frame);

const doc = () => frame.contentDocument!;
const win = () => frame.contentWindow as Window & typeof globalThis & { qcReady?: Promise<void> };
const form = () => doc().querySelector('form')!;
const field = <T extends HTMLElement = HTMLElement>(selector: string) => doc().querySelector<T>(selector)!;
const control = <T extends HTMLElement = HTMLInputElement>(selector: string) => doc().querySelector<T>(selector)!;
const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win().requestAnimationFrame(() => step(left - 1)));
    step(n);
  });

/** The next page the iframe loads (fails after 15 s, e.g. when a submission was blocked). */
function nextLoad(): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no page loaded within 15 s (still at ${win().location.href})`)),
      15_000,
    );
    frame.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The form page is loaded, every component defined and rendered, and `pageshow` has run. */
async function ready(): Promise<void> {
  for (let i = 0; i < 200 && !win().qcReady; i++) await new Promise((r) => setTimeout(r, 10));
  await win().qcReady;
  const tags = [...new Set([...doc().querySelectorAll('*')].map((el) => el.localName))].filter((t) =>
    t.startsWith('qc-'),
  );
  await Promise.all(tags.map((tag) => win().customElements.whenDefined(tag)));
  await Promise.all(
    [...doc().querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].map(
      (el) => el.updateComplete,
    ),
  );
  await frames();
}

async function open(query: string): Promise<void> {
  const loaded = nextLoad();
  frame.src = `${page}?${query}`;
  await loaded;
  await ready();
}

async function back(): Promise<void> {
  const loaded = nextLoad();
  win().history.back();
  await loaded;
  await ready();
}

/** Presses `key` with focus on `target` inside the iframe, and waits for the page it loads. */
async function pressAndLeave(target: HTMLElement, key = 'Enter'): Promise<string> {
  const loaded = nextLoad();
  frame.focus();
  target.focus();
  await sendKeys({ press: key });
  await loaded;
  return win().location.href;
}

function setValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(element: HTMLElement): void {
  element.click();
}

function select(selectEl: HTMLSelectElement, values: string[]): void {
  for (const option of selectEl.options) option.selected = values.includes(option.value);
  selectEl.dispatchEvent(new Event('input', { bubbles: true }));
  selectEl.dispatchEvent(new Event('change', { bubbles: true }));
}

const projet = 'Agrandir le quai « Est » & <b>pas</b> de HTML';

/** Fills every field: the family name by typing, the rest as a script or a click would. */
async function fill(): Promise<void> {
  frame.focus();
  control('input[name="nom"]').focus();
  await sendKeys({ type: 'Tremblay' });
  setValue(control('input[name="prenom"]'), 'Marie-Ève');
  setValue(control('input[name="courriel"]'), 'marie@exemple.ca');
  setValue(control<HTMLTextAreaElement>('textarea[name="projet"]'), projet);
  setValue(control('input[name="reference"]'), 'R-2026-001');
  setValue(control('input[name="rue"]'), '12, rue des Érables');
  select(control<HTMLSelectElement>('select[name="province"]'), ['qc']);
  select(control<HTMLSelectElement>('select[name="region"]'), ['03']);
  select(control<HTMLSelectElement>('select[name="municipalite"]'), ['gaspe']);
  select(control<HTMLSelectElement>('select[name="langues"]'), ['fr', 'iu']);
  select(control<HTMLSelectElement>('select[name="activites"]'), ['peche', 'camping']);
  click(control('input[name="type"][value="annuel"]'));
  click(control('input[name="contact"][value="telephone"]'));
  click(control('input[name="conditions"]'));
  click(control('input[name="infolettre"]'));
  click(control('input[name="rappels"]'));
  click(control('input[name="sons"]'));
  click(control('input[name="sombre"]'));
  const [year, month, day] = [
    ...field('qc-date-field').querySelectorAll<HTMLInputElement>('input:not([type="hidden"])'),
  ];
  setValue(year!, '2027');
  setValue(month!, '4');
  setValue(day!, '9');
  await frames();
}

/** What the form submits now, as the query string of a GET submission (a file as its name). */
function submitted(): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form())) params.append(name, typeof value === 'string' ? value : value.name);
  return params.toString();
}

const expected = {
  nom: 'Tremblay',
  prenom: 'Marie-Ève',
  courriel: 'marie@exemple.ca',
  projet,
  reference: 'R-2026-001',
  rue: '12, rue des Érables',
  province: 'qc',
  region: '03',
  municipalite: 'gaspe',
  langues: ['fr', 'iu'],
  activites: ['peche', 'camping'],
  type: 'annuel',
  contact: ['telephone'],
  conditions: 'acceptees',
  infolettre: 'oui',
  rappels: 'on',
  sons: 'on',
  sombre: 'on',
  debut: '2027-04-09',
  piece: '',
};

function values(): Record<string, string | string[]> {
  const data = new FormData(form());
  const out: Record<string, string | string[]> = {};
  for (const name of Object.keys(expected)) {
    const all = data.getAll(name).map((value) => (typeof value === 'string' ? value : value.name));
    out[name] = Array.isArray(expected[name as keyof typeof expected]) ? all : (all[0] ?? '(absent)');
  }
  return out;
}

/** Every value is back, and every component shows what the values imply. */
function expectRestored(query: string): void {
  expect(values()).to.deep.equal(expected);
  expect(submitted()).to.equal(query);
  // Each date part, not only the submitted ISO value.
  const parts = [...field('qc-date-field').querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')];
  expect(parts.map((part) => part.value)).to.deep.equal(['2027', '4', '9']);
  // The counter counts the restored text.
  const counter = field('qc-textfield:has(textarea) .qc-counter');
  expect(counter.textContent).to.contain(String(200 - projet.length));
  // The enhanced selects show the restored selection.
  const municipalite = field('qc-select[enable-search]:not([multiple]) [role="combobox"]') as HTMLInputElement;
  expect(municipalite.value).to.equal('Gaspé');
  const langues = field('qc-select[multiple]:not([enable-search])');
  expect(langues.querySelector('[role="combobox"]')!.textContent).to.contain('Français').and.to.contain('Inuktitut');
  const activites = field('qc-select[multiple][enable-search]');
  expect(activites.querySelector('.qc-select-selection')!.textContent).to.contain('Pêche').and.to.contain('Camping');
  // No stale error: nothing is shown, announced as invalid or listed.
  const shown = [...doc().querySelectorAll<HTMLElement>('.qc-error')].filter((el) => !el.hidden);
  expect(shown.map((el) => el.textContent)).to.deep.equal([]);
  expect([...doc().querySelectorAll('[aria-invalid="true"]')].length).to.equal(0);
  expect((field('qc-error-summary') as HTMLElement & { state: string }).state).to.equal('hidden');
  // The files a citizen chose are not restored by any browser (see the Forms guide).
  expect(control('input[name="piece"]').files?.length ?? 0).to.equal(0);
  expect(field('qc-file-upload').querySelectorAll('li').length).to.equal(0);
}

for (const load of ['modules', 'cdn'] as const) {
  describe(`Back restores what was typed (${load})`, function () {
    this.timeout(60_000);

    it('after submitting with Enter: every value, the counter, the enhanced selects, no stale error', async () => {
      await open(`load=${load}&case=submit`);
      expect(values()).to.deep.equal({
        ...expected,
        ...{ nom: '', prenom: '', courriel: '', projet: '', reference: '', rue: '', province: '', region: '' },
        ...{ municipalite: '', langues: [], activites: [], type: '(absent)', contact: [], conditions: '(absent)' },
        ...{ infolettre: '(absent)', rappels: '(absent)', sons: '(absent)', sombre: '(absent)', debut: '' },
      });
      await fill();
      const query = submitted();
      const url = await pressAndLeave(control('input[name="nom"]'));
      expect(url).to.contain('next.html?');
      expect(new URL(url).search.slice(1)).to.equal(query);

      await back();
      expectRestored(query);

      // Submitting again sends the same data: nothing stale blocks it.
      const again = await pressAndLeave(control('input[name="nom"]'));
      expect(new URL(again).search.slice(1)).to.equal(query);
    });

    it('after following a link', async () => {
      await open(`load=${load}&case=link`);
      await fill();
      const query = submitted();
      await pressAndLeave(control('#aide'));
      await back();
      expectRestored(query);
    });

    if (load === 'cdn') {
      it("qc-ds does not defeat the browser's own restoration of the controls the page's HTML has", async () => {
        await open(`load=${load}&case=native`);
        await fill();
        await pressAndLeave(control('input[name="nom"]'));
        // Without qc-ds's copy, only the browser restores. Every engine restores parser-inserted
        // controls whose name the HTML gives; in Chromium, a form-associated custom element
        // upgraded before the fields created their controls used to make it restore none of them.
        sessionStorage.clear();
        await back();
        const restored = {
          nom: control('input[name="nom"]').value,
          projet: control<HTMLTextAreaElement>('textarea[name="projet"]').value,
          reference: control('input[name="reference"]').value,
          region: control<HTMLSelectElement>('select[name="region"]').value,
          municipalite: control<HTMLSelectElement>('select[name="municipalite"]').value,
          contact: control('input[name="contact"][value="telephone"]').checked,
          infolettre: control('input[name="infolettre"]').checked,
          sombre: control('input[name="sombre"]').checked,
        };
        expect(restored).to.deep.equal({
          nom: 'Tremblay',
          projet,
          reference: 'R-2026-001',
          region: '03',
          municipalite: 'gaspe',
          contact: true,
          infolettre: true,
          sombre: true,
        });
        // What the components derive follows what the browser restored.
        expect(field('qc-textfield:has(textarea) .qc-counter').textContent).to.contain(String(200 - projet.length));
        expect(
          (field('qc-select[enable-search]:not([multiple]) [role="combobox"]') as HTMLInputElement).value,
        ).to.equal('Gaspé');
      });
    }

    it('a new visit to the page starts empty', async () => {
      await open(`load=${load}&case=fresh`);
      await fill();
      await pressAndLeave(control('input[name="nom"]'));
      // Not Back: the same address visited again.
      await open(`load=${load}&case=fresh`);
      expect(control('input[name="nom"]').value).to.equal('');
      expect(control('input[name="prenom"]').value).to.equal('');
      expect(new FormData(form()).get('debut')).to.equal('');
    });

    it('what the citizen typed after coming back is never overwritten', async () => {
      await open(`load=${load}&case=typed`);
      await fill();
      await pressAndLeave(control('input[name="nom"]'));
      await back();
      setValue(control('input[name="prenom"]'), 'Léa');
      // Leaving and coming back again keeps the newer value.
      await pressAndLeave(control('input[name="nom"]'));
      await back();
      expect(control('input[name="prenom"]').value).to.equal('Léa');
      expect(control('input[name="nom"]').value).to.equal('Tremblay');
    });
  });
}
