import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { QcFileUpload } from './qc-file-upload.js';
import { acceptLabels, acceptTokens, acceptsFile, formatSize, parseSize } from './file-rules.js';
import { FormCoordinator } from '../internal/form-coordinator.js';
import { INVALID_STATE, NEEDS_AX_TREE, axTree, findAll, type AxNode } from '../internal/test/ax.js';
import { engine, itExcept } from '../internal/test/engine.js';
import { attemptSubmit, formValues, settle } from '../internal/test/form.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { runFormFieldSuite } from '../internal/test/form-field.suite.js';

// ---- helpers ------------------------------------------------------------------------------------

const KB = 1000;
const MB = 1000 * 1000;

/** A file of `size` bytes. */
function file(name: string, size = 1200, type = 'application/pdf', lastModified = 1_700_000_000_000): File {
  return new File([new Uint8Array(size)], name, { type, lastModified });
}

const inputOf = (field: HTMLElement) => field.querySelector<HTMLInputElement>('input[type="file"]')!;
const listOf = (field: HTMLElement) => field.querySelector<HTMLUListElement>('[data-qc-part="list"]')!;
const zoneOf = (field: HTMLElement) => field.querySelector<HTMLElement>('[data-qc-part="dropzone"]')!;
const removeButtons = (field: HTMLElement) => [...listOf(field).querySelectorAll('button')];
const names = (field: HTMLElement) =>
  [...listOf(field).querySelectorAll('.qc-file-upload-name')].map((el) => el.textContent);
const inputNames = (field: HTMLElement) => [...(inputOf(field).files ?? [])].map((f) => f.name);
const errorOf = (field: HTMLElement) => field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])');
/** The error text without its visually hidden « Erreur : » prefix. */
const errorText = (field: HTMLElement) => errorOf(field)?.lastElementChild?.textContent ?? '';
/** Whitespace as a reader sees it (Intl uses narrow no-break spaces, French typography no-break ones). */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** What a user choosing files in the picker does: the browser replaces the input's files, fires input and change. */
async function choose(field: HTMLElement, files: File[]): Promise<void> {
  const input = inputOf(field);
  if (input.matches(':disabled')) throw new Error('a disabled file input cannot be used');
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** Drags `files` over `target` and drops them there, as the browser dispatches it. */
async function drop(target: Element, files: File[]): Promise<DragEvent> {
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  const init = { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer };
  target.dispatchEvent(new DragEvent('dragenter', init));
  target.dispatchEvent(new DragEvent('dragover', init));
  const event = new DragEvent('drop', init);
  target.dispatchEvent(event);
  await settle();
  return event;
}

/** What the shared polite live region says once the announcement is written (150 ms after the call). */
async function announced(): Promise<string> {
  await aTimeout(250);
  return plain(document.querySelector('[data-qc-announcer="polite"]')?.textContent);
}

async function mount(template: ReturnType<typeof html>): Promise<{ form: HTMLFormElement; field: QcFileUpload }> {
  const form = await fixture<HTMLFormElement>(html`<form>${template}<button type="submit">Envoyer</button></form>`);
  form.addEventListener('submit', (event) => event.preventDefault());
  const field = form.querySelector('qc-file-upload')!;
  await field.updateComplete;
  await settle();
  return { form, field };
}

/**
 * A file input's accessible name. Firefox adds its own button and status text to the label
 * (« Pièce Browse… No file selected. »): that part is Firefox's, the label is the component's.
 */
const fileInputName = (name: string) =>
  engine === 'firefox' ? name.replace(/ Browse…(?: No files? selected\.| .+)?$/, '') : name;
const ax = async (role: string): Promise<AxNode[]> => findAll(await axTree(), (node) => node.role === role);

// ---- shared form-field suite --------------------------------------------------------------------

runFormFieldSuite({
  tag: 'qc-file-upload',
  variant: 'author-written input',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-file-upload
      label=${label}
      ?required=${required}
      ?invalid=${!!serverError}
      invalid-text=${ifDefined(serverError ?? invalidText)}
      ><input type="file" name=${name}
    /></qc-file-upload>`,
  fill: (field) => choose(field, [file('piece.pdf')]),
  filledValue: ['piece.pdf'],
  // An empty file input sends one entry with an empty name, like any browser.
  emptyValue: [''],
  labelledControl: inputOf,
  role: 'button',
  // A framework re-rendering its template: a fresh input in place of the one it wrote.
  rerender: async (field) => {
    const fresh = document.createElement('input');
    fresh.type = 'file';
    fresh.name = 'champ';
    inputOf(field).replaceWith(fresh);
    await settle();
  },
});

runFormFieldSuite({
  tag: 'qc-file-upload',
  variant: 'input created from attributes',
  render: ({ name, label, required, invalidText, serverError }) =>
    html`<qc-file-upload
      name=${name}
      label=${label}
      accept=".pdf"
      ?required=${required}
      ?invalid=${!!serverError}
      invalid-text=${ifDefined(serverError ?? invalidText)}
    ></qc-file-upload>`,
  fill: (field) => choose(field, [file('piece.pdf')]),
  filledValue: ['piece.pdf'],
  emptyValue: [''],
  labelledControl: inputOf,
  role: 'button',
  // A framework that owns the element's children wipes what it did not write.
  rerender: async (field) => {
    field.replaceChildren();
    await settle();
  },
});

// ---- component behaviour ------------------------------------------------------------------------

describe('qc-file-upload', () => {
  describe('accessibility', () => {
    it('passes axe empty, with files, with errors, disabled, and while a file is dragged over', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload
          label="Pièces justificatives"
          description="PDF ou JPG, 5 Mo au plus."
          name="pieces"
          accept=".pdf,.jpg"
          max-size="5MB"
          max-files="3"
          multiple
          required
        ></qc-file-upload>`,
      );
      await expect(form, 'empty').to.be.accessible();
      await choose(field, [file('a.pdf'), file('b.jpg', 2 * MB, 'image/jpeg')]);
      await expect(form, 'with files').to.be.accessible();
      await choose(field, [file('photo.png', 100, 'image/png'), file('gros.pdf', 6 * MB)]);
      expect(errorOf(field)).to.not.equal(null);
      await expect(form, 'with errors').to.be.accessible();
      const transfer = new DataTransfer();
      transfer.items.add(file('c.pdf'));
      zoneOf(field).dispatchEvent(
        new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
      expect(field.hasAttribute('data-qc-dragover')).to.equal(true);
      await expect(form, 'drag over').to.be.accessible();
      field.disabled = true;
      await field.updateComplete;
      await expect(form, 'disabled').to.be.accessible();
    });

    it('passes axe with a server-rendered error', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload
          label="Pièce"
          name="piece"
          invalid
          invalid-text="Le fichier est illisible."
        ></qc-file-upload>`,
      );
      expect(errorText(field)).to.equal('Le fichier est illisible.');
      await expect(form).to.be.accessible();
    });

    itExcept(
      NEEDS_AX_TREE,
      'exposes the input as a button named by the label and described by the hint [wcag:1.3.1,2.5.3,3.3.2,4.1.2]',
      async () => {
        await mount(
          html`<qc-file-upload
            label="Pièce justificative"
            description="PDF, 5 Mo au plus."
            name="piece"
          ></qc-file-upload>`,
        );
        const buttons = await ax('button');
        expect(buttons.map((b) => fileInputName(b.name))).to.deep.equal(['Pièce justificative', 'Envoyer']);
        expect(buttons[0]!.description).to.equal('PDF, 5 Mo au plus.');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'hides the look-alike button and drop hint from assistive technology (the input is the control) [wcag:1.3.1,3.3.2]',
      async () => {
        await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
        const texts = findAll(await axTree(), (node) => node.role === 'text').map((node) => node.name);
        expect(texts.join(' ')).to.not.contain('Choisir un fichier');
        expect(texts.join(' ')).to.not.contain('glissez-déposez');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'lists the chosen files in a named list, each with a « Retirer <name> » button [wcag:4.1.2]',
      async () => {
        const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
        await choose(field, [file('facture.pdf'), file('bail.pdf')]);
        const [list] = await ax('list');
        expect(list!.name).to.equal('Fichiers sélectionnés');
        expect(findAll(list, (node) => node.role === 'listitem')).to.have.length(2);
        const removes = findAll(list, (node) => node.role === 'button').map((node) => node.name);
        expect(removes).to.deep.equal(['Retirer facture.pdf', 'Retirer bail.pdf']);
      },
    );

    itExcept(NEEDS_AX_TREE, 'has no list in the accessibility tree while no file is chosen [wcag:4.1.2]', async () => {
      await mount(html`<qc-file-upload label="Pièces" name="pieces"></qc-file-upload>`);
      expect(await ax('list')).to.have.length(0);
    });

    it('remove buttons are at least 24 × 24 px [wcag:2.5.8]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces"></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      const rect = removeButtons(field)[0]!.getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
    });
  });

  describe('rendering', () => {
    it('creates the input from name, accept, multiple and required [wcag:1.3.1,3.3.2]', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" accept=".pdf,image/*" multiple required></qc-file-upload>`,
      );
      const input = inputOf(field);
      expect(input.name).to.equal('pieces');
      expect(input.accept).to.equal('.pdf,image/*');
      expect(input.multiple).to.equal(true);
      expect(input.required).to.equal(true);
      expect(input.labels?.[0]?.textContent).to.contain('Pièces');
    });

    it('follows attribute changes on the created input', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" accept=".pdf"></qc-file-upload>`);
      field.accept = '.jpg';
      field.multiple = true;
      await field.updateComplete;
      expect(inputOf(field).accept).to.equal('.jpg');
      expect(inputOf(field).multiple).to.equal(true);
      field.removeAttribute('accept');
      field.multiple = false;
      await field.updateComplete;
      expect(inputOf(field).hasAttribute('accept')).to.equal(false);
      expect(inputOf(field).multiple).to.equal(false);
    });

    itExcept(NEEDS_AX_TREE, 'enhances the author’s input and label without duplicating them', async () => {
      const { field } = await mount(
        html`<qc-file-upload accept=".pdf">
          <label for="cv">Curriculum vitæ</label>
          <input type="file" id="cv" name="cv" data-test="mine" />
        </qc-file-upload>`,
      );
      expect(field.querySelectorAll('input')).to.have.length(1);
      expect(field.querySelectorAll('label')).to.have.length(1);
      expect(inputOf(field).dataset['test']).to.equal('mine');
      expect(inputOf(field).accept).to.equal('.pdf');
      const [button] = await ax('button');
      expect(fileInputName(button!.name)).to.equal('Curriculum vitæ');
    });

    it('puts the input exactly under its visible « Choisir un fichier » button (a click on it is a click on the input)', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      const look = field.querySelector('.qc-file-upload-button')!;
      expect(look.textContent).to.equal('Choisir un fichier');
      const rect = look.getBoundingClientRect();
      expect(rect.width).to.be.greaterThan(0);
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(hit).to.equal(inputOf(field));
      const inputRect = inputOf(field).getBoundingClientRect();
      expect(Math.round(inputRect.top)).to.equal(Math.round(rect.top));
      expect(Math.round(inputRect.left)).to.equal(Math.round(rect.left));
    });

    it('keeps a nested author input visible as a native input, with the drop hint after it [wcag:1.3.1,3.3.2]', async () => {
      const { field } = await mount(
        html`<qc-file-upload>
          <label>Pièce <input type="file" name="piece" /></label>
        </qc-file-upload>`,
      );
      expect(getComputedStyle(inputOf(field)).opacity).to.equal('1');
      expect(field.querySelector('.qc-file-upload-button')).to.equal(null);
      expect(zoneOf(field).textContent).to.equal('Vous pouvez aussi glisser-déposer le fichier ici');
      expect(zoneOf(field).previousElementSibling?.contains(inputOf(field))).to.equal(true);
    });

    it('shows each file’s name and size in the reader’s language [wcag:3.1.2]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf', 1.2 * MB), file('b.pdf', 500 * KB), file('c.txt', 12, 'text/plain')]);
      const sizes = () => [...field.querySelectorAll('.qc-file-upload-size')].map((el) => plain(el.textContent));
      expect(names(field)).to.deep.equal(['a.pdf', 'b.pdf', 'c.txt']);
      expect(sizes()).to.deep.equal(['1,2 Mo', '500 ko', '12 octets']);
      field.lang = 'en';
      await aTimeout(0);
      await field.updateComplete;
      expect(sizes()).to.deep.equal(['1.2 MB', '500 kB', '12 bytes']);
    });

    it('shows hostile file names as text', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" accept=".pdf"></qc-file-upload>`);
      const hostile = '<img src=x onerror=alert(1)>.png';
      await choose(field, [file(hostile, 10, 'image/png')]);
      expect(names(field)).to.deep.equal([hostile]);
      expect(field.querySelector('img')).to.equal(null);
      expect(errorText(field)).to.contain(hostile);
      expect(removeButtons(field)[0]!.textContent).to.equal(`Retirer ${hostile}`);
    });

    it('handles many files and very long names without overflowing [wcag:1.4.10]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      const long = `${'rapport-annuel-'.repeat(30)}.pdf`;
      const files = [file(long), ...Array.from({ length: 199 }, (_, i) => file(`piece-${i}.pdf`, i + 1))];
      await choose(field, files);
      expect(listOf(field).children).to.have.length(200);
      expect(inputOf(field).files).to.have.length(200);
      const item = listOf(field).firstElementChild as HTMLElement;
      expect(item.scrollWidth).to.be.at.most(item.clientWidth + 1);
    });
  });

  describe('choosing files', () => {
    it('without multiple, a new choice replaces the file', async () => {
      const { form, field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      await choose(field, [file('b.pdf')]);
      expect(names(field)).to.deep.equal(['b.pdf']);
      expect(formValues(form, 'piece')).to.deep.equal(['b.pdf']);
    });

    it('with multiple, each choice adds to the list, leaving out files already there', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('b.pdf')]);
      // b.pdf again (same name, size, date) is left out; a different a.pdf (other date) is kept.
      await choose(field, [file('b.pdf'), file('c.pdf'), file('a.pdf', 1200, 'application/pdf', 42)]);
      expect(names(field)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'a.pdf']);
      expect(inputNames(field)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'a.pdf']);
      expect(formValues(form, 'pieces')).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'a.pdf']);
      expect(field.files.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'a.pdf']);
    });

    it('the page’s own change listener sees the whole list, once per choice', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`,
      );
      const seen: number[] = [];
      form.addEventListener('change', (event) => seen.push((event.target as HTMLInputElement).files!.length));
      await choose(field, [file('a.pdf')]);
      await choose(field, [file('b.pdf')]);
      expect(seen).to.deep.equal([1, 2]);
    });

    it('lists files chosen before the element was defined', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><div id="spot"></div></form>`);
      const host = document.createElement('qc-file-upload-later');
      const input = document.createElement('input');
      input.type = 'file';
      input.name = 'piece';
      host.setAttribute('label', 'Pièce');
      host.append(input);
      form.querySelector('#spot')!.append(host);
      const transfer = new DataTransfer();
      transfer.items.add(file('avant.pdf'));
      input.files = transfer.files;
      customElements.define('qc-file-upload-later', class extends QcFileUpload {});
      await (host as QcFileUpload).updateComplete;
      await settle();
      expect(names(host)).to.deep.equal(['avant.pdf']);
    });
  });

  describe('drag and drop', () => {
    it('adds dropped files to the input, the list and the form data, firing input and change once', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`,
      );
      const events: string[] = [];
      form.addEventListener('input', () => events.push('input'));
      form.addEventListener('change', () => events.push('change'));
      await choose(field, [file('a.pdf')]);
      events.length = 0;
      const event = await drop(zoneOf(field), [file('b.pdf'), file('c.pdf')]);
      expect(event.defaultPrevented, 'the browser does not open the file').to.equal(true);
      expect(names(field)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
      expect(formValues(form, 'pieces')).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
      expect(events).to.deep.equal(['input', 'change']);
    });

    it('marks the zone while files are dragged over it, and unmarks it when they leave', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      const transfer = new DataTransfer();
      transfer.items.add(file('a.pdf'));
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
      zoneOf(field).dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(true);
      expect(field.hasAttribute('data-qc-dragover')).to.equal(true);
      zoneOf(field).dispatchEvent(
        new DragEvent('dragleave', { bubbles: true, dataTransfer: transfer, relatedTarget: document.body }),
      );
      expect(field.hasAttribute('data-qc-dragover')).to.equal(false);
    });

    it('ignores drags that carry no files (text, links)', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', 'bonjour');
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
      zoneOf(field).dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(false);
      expect(field.hasAttribute('data-qc-dragover')).to.equal(false);
    });

    it('a drop on the transparent input itself is handled the same way', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      await drop(inputOf(field), [file('b.pdf')]);
      expect(names(field)).to.deep.equal(['a.pdf', 'b.pdf']);
    });

    it('when disabled, takes no files but still keeps the browser from opening them', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece" disabled></qc-file-upload>`);
      const event = await drop(zoneOf(field), [file('a.pdf')]);
      expect(event.defaultPrevented).to.equal(true);
      expect(inputOf(field).files).to.have.length(0);
      expect(field.hasAttribute('data-qc-dragover')).to.equal(false);
    });

    it('inside <fieldset disabled>, takes no files [wcag:1.3.1]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><qc-file-upload label="Pièce" name="piece"></qc-file-upload></fieldset>
        </form>`,
      );
      const field = form.querySelector('qc-file-upload')!;
      await settle();
      await drop(zoneOf(field), [file('a.pdf')]);
      expect(inputOf(field).files).to.have.length(0);
    });

    it('without multiple, a drop replaces the file; several dropped files are reported', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      await drop(zoneOf(field), [file('a.pdf')]);
      await drop(zoneOf(field), [file('b.pdf')]);
      expect(names(field)).to.deep.equal(['b.pdf']);
      await drop(zoneOf(field), [file('c.pdf'), file('d.pdf')]);
      expect(names(field)).to.deep.equal(['c.pdf', 'd.pdf']);
      expect(errorText(field)).to.equal('Sélectionnez un seul fichier (vous en avez 2).');
    });
  });

  describe('removing files', () => {
    it('removes the file from the input, the list and the form data, firing change', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
      let changes = 0;
      form.addEventListener('change', () => (changes += 1));
      removeButtons(field)[1]!.click();
      await settle();
      expect(names(field)).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(formValues(form, 'pieces')).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(changes).to.equal(1);
    });

    it('moves focus to the next remove button, then the previous one, then the input [wcag:2.4.3]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
      removeButtons(field)[0]!.focus();
      removeButtons(field)[0]!.click();
      await settle();
      expect(document.activeElement?.textContent).to.equal('Retirer b.pdf');
      removeButtons(field)[1]!.focus();
      removeButtons(field)[1]!.click();
      await settle();
      expect(document.activeElement?.textContent).to.equal('Retirer b.pdf');
      removeButtons(field)[0]!.click();
      await settle();
      expect(document.activeElement).to.equal(inputOf(field));
      expect(listOf(field).hidden).to.equal(true);
    });

    it('moves focus even when the click did not focus the button (Safari) [wcag:2.4.3]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf'), file('b.pdf')]);
      (document.activeElement as HTMLElement | null)?.blur();
      removeButtons(field)[0]!.click();
      await settle();
      expect(document.activeElement?.textContent).to.equal('Retirer b.pdf');
    });

    it('is keyboard operable: Tab reaches the remove buttons after the input; Enter and Space remove [wcag:2.1.1,2.4.3]', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <button type="button" id="before">Avant</button>
          <qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>
        </form>`,
      );
      const field = form.querySelector('qc-file-upload')!;
      await settle();
      await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(inputOf(field));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Retirer a.pdf');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Retirer b.pdf');
      await sendKeys({ press: 'Enter' });
      await settle();
      expect(names(field)).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(document.activeElement?.textContent).to.equal('Retirer c.pdf');
      await sendKeys({ press: 'Space' });
      await settle();
      expect(names(field)).to.deep.equal(['a.pdf']);
      expect(document.activeElement?.textContent).to.equal('Retirer a.pdf');
      await sendKeys({ press: 'Shift+Tab' });
      expect(document.activeElement).to.equal(inputOf(field));
    });

    it('disabled: the remove buttons are disabled too', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces"></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      field.disabled = true;
      await field.updateComplete;
      expect(inputOf(field).disabled).to.equal(true);
      expect(removeButtons(field)[0]!.disabled).to.equal(true);
      field.disabled = false;
      await field.updateComplete;
      expect(inputOf(field).disabled).to.equal(false);
      expect(removeButtons(field)[0]!.disabled).to.equal(false);
    });
  });

  describe('validation', () => {
    itExcept(INVALID_STATE, 'shows no error on load [wcag:3.3.1]', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièce" name="piece" required accept=".pdf" max-size="5MB"></qc-file-upload>`,
      );
      expect(errorOf(field)).to.equal(null);
      // Said: a required file input left empty is otherwise reported invalid by the accessibility tree.
      expect(inputOf(field).getAttribute('aria-invalid')).to.equal('false');
      expect(findAll(await axTree(), (node) => node.invalid === true)).to.deep.equal([]);
    });

    it('wrong type: names the file and the accepted types, at once, and marks the file [wcag:4.1.2]', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" accept=".pdf,.jpg" multiple></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('photo.png', 10, 'image/png')]);
      expect(plain(errorText(field))).to.equal(
        'Le type du fichier photo.png n’est pas accepté. Types acceptés : PDF, JPG.',
      );
      expect(inputOf(field).getAttribute('aria-invalid')).to.equal('true');
      const items = [...listOf(field).children];
      expect(items[0]!.querySelector('.qc-file-upload-problem')).to.equal(null);
      expect(items[1]!.querySelector('.qc-file-upload-problem')?.textContent).to.equal('Type non accepté');
      removeButtons(field)[1]!.click();
      await settle();
      expect(errorOf(field)).to.equal(null);
      expect(inputOf(field).validity.valid).to.equal(true);
    });

    it('matches extensions, MIME types and wildcards, ignoring case', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" accept=".PDF, image/* ,Text/CSV" multiple></qc-file-upload>`,
      );
      await choose(field, [
        file('SCAN.Pdf', 10, ''),
        file('photo.heic', 10, 'image/heic'),
        file('donnees', 10, 'text/csv'),
      ]);
      expect(inputOf(field).validity.valid).to.equal(true);
      await choose(field, [file('notes.txt', 10, 'text/plain')]);
      expect(plain(errorText(field))).to.equal(
        'Le type du fichier notes.txt n’est pas accepté. Types acceptés : PDF, images, CSV.',
      );
    });

    it('too large: names the file and the limit [wcag:4.1.2]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece" max-size="5MB"></qc-file-upload>`);
      await choose(field, [file('gros.pdf', 5 * MB + 1)]);
      expect(plain(errorText(field))).to.equal('Le fichier gros.pdf dépasse la taille maximale de 5 Mo.');
      expect(field.querySelector('.qc-file-upload-problem')?.textContent).to.equal('Taille maximale dépassée');
      await choose(field, [file('juste.pdf', 5 * MB)]);
      expect(errorOf(field)).to.equal(null);
    });

    it('too many files: says the limit and the count; removing one fixes it', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" multiple max-files="3"></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf')]);
      expect(errorText(field)).to.equal('Sélectionnez au plus 3 fichiers (vous en avez 4).');
      removeButtons(field)[3]!.click();
      await settle();
      expect(errorOf(field)).to.equal(null);
    });

    it('required: the shared message names the field [wcag:1.3.1,3.3.2,4.1.2]', async () => {
      const { form, field } = await mount(html`<qc-file-upload label="Pièce" name="piece" required></qc-file-upload>`);
      attemptSubmit(form);
      await settle();
      expect(errorText(field)).to.equal('Sélectionnez un fichier pour Pièce.');
    });

    it('blocks submit, is listed by the form, and the list updates once fixed', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièce" name="piece" accept=".pdf"></qc-file-upload>`,
      );
      let submits = 0;
      form.addEventListener('submit', () => (submits += 1));
      await choose(field, [file('photo.png', 10, 'image/png')]);
      attemptSubmit(form);
      await settle();
      expect(submits).to.equal(0);
      expect(
        FormCoordinator.of(form)
          .errors()
          .map((e) => plain(e.message)),
      ).to.deep.equal(['Le type du fichier photo.png n’est pas accepté. Types acceptés : PDF.']);
      expect(document.activeElement).to.equal(inputOf(field));
      let latest: string[] | undefined;
      form.addEventListener('qc-errors-change', (event) => (latest = event.detail.errors.map((e) => e.message)));
      await choose(field, [file('lettre.pdf')]);
      expect(latest).to.deep.equal([]);
      attemptSubmit(form);
      await settle();
      expect(submits).to.equal(1);
    });

    it('invalid-text replaces the built-in messages', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièce" name="piece" accept=".pdf" invalid-text="Joignez un PDF."></qc-file-upload>`,
      );
      await choose(field, [file('photo.png', 10, 'image/png')]);
      expect(errorText(field)).to.equal('Joignez un PDF.');
    });

    it('keeps an author’s own custom validity', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece" accept=".pdf"></qc-file-upload>`);
      inputOf(field).setCustomValidity('Numérisation refusée.');
      await choose(field, [file('lettre.pdf')]);
      expect(inputOf(field).validationMessage).to.equal('Numérisation refusée.');
    });

    it('re-checks the files when the limits change', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece"></qc-file-upload>`);
      await choose(field, [file('a.pdf', 2 * MB)]);
      expect(inputOf(field).validity.valid).to.equal(true);
      field.maxSize = '1MB';
      await field.updateComplete;
      expect(inputOf(field).validity.valid).to.equal(false);
      expect(plain(inputOf(field).validationMessage)).to.equal('Le fichier a.pdf dépasse la taille maximale de 1 Mo.');
    });
  });

  describe('announcements', () => {
    it('announces a file added and removed, with the count when several files are allowed [wcag:4.1.3]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('facture.pdf')]);
      expect(await announced()).to.equal('facture.pdf ajouté. 1 fichier sélectionné.');
      await drop(zoneOf(field), [file('bail.pdf'), file('permis.pdf')]);
      expect(await announced()).to.equal('2 fichiers ajoutés. 3 fichiers sélectionnés.');
      removeButtons(field)[0]!.click();
      expect(await announced()).to.equal('facture.pdf retiré. 2 fichiers sélectionnés.');
    });

    it('announces a single file without a count, and the error with it [wcag:3.3.1,4.1.3]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièce" name="piece" accept=".pdf"></qc-file-upload>`);
      await choose(field, [file('lettre.pdf')]);
      expect(await announced()).to.equal('lettre.pdf ajouté.');
      await choose(field, [file('photo.png', 10, 'image/png')]);
      expect(await announced()).to.equal(
        'photo.png ajouté. Erreur : Le type du fichier photo.png n’est pas accepté. Types acceptés : PDF.',
      );
    });

    it('announces in English [wcag:3.1.2,4.1.3]', async () => {
      const { field } = await mount(
        html`<qc-file-upload lang="en" label="Documents" name="docs" multiple></qc-file-upload>`,
      );
      await choose(field, [file('lease.pdf')]);
      expect(await announced()).to.equal('lease.pdf added. 1 file selected.');
      removeButtons(field)[0]!.click();
      expect(await announced()).to.equal('lease.pdf removed. No file selected.');
    });
  });

  describe('forms', () => {
    it('reset clears the files, the list and the errors [wcag:3.3.1]', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" name="pieces" accept=".pdf" multiple></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('photo.png', 10, 'image/png')]);
      expect(errorOf(field)).to.not.equal(null);
      form.reset();
      await settle();
      expect(inputOf(field).files).to.have.length(0);
      expect(listOf(field).children).to.have.length(0);
      expect(listOf(field).hidden).to.equal(true);
      expect(errorOf(field)).to.equal(null);
      expect(inputOf(field).validity.valid).to.equal(true);
      // The next choice starts from an empty list.
      await choose(field, [file('b.pdf')]);
      expect(names(field)).to.deep.equal(['b.pdf']);
    });

    it('keeps the chosen files when a framework replaces the input', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Pièces" multiple><input type="file" name="pieces" multiple /></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf'), file('b.pdf')]);
      const fresh = document.createElement('input');
      fresh.type = 'file';
      fresh.name = 'pieces';
      fresh.multiple = true;
      inputOf(field).replaceWith(fresh);
      await settle();
      expect(inputOf(field)).to.equal(fresh);
      expect(formValues(form, 'pieces')).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(names(field)).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(zoneOf(field).previousElementSibling).to.equal(fresh);
    });

    it('puts back its drop zone and list when a framework removes them', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      zoneOf(field).remove();
      listOf(field).remove();
      await settle();
      expect(zoneOf(field)).to.not.equal(null);
      expect(names(field)).to.deep.equal(['a.pdf']);
      expect(field.querySelectorAll('[data-qc-part="dropzone"]')).to.have.length(1);
    });
  });

  describe('i18n', () => {
    it('follows the resets of the form it is moved into', async () => {
      const first = await fixture<HTMLFormElement>(
        html`<form><qc-file-upload label="Pièce" name="piece"></qc-file-upload></form>`,
      );
      const second = await fixture<HTMLFormElement>(html`<form></form>`);
      const field = first.querySelector('qc-file-upload')!;
      await settle();
      second.append(field);
      await settle();
      await choose(field, [file('a.pdf')]);
      second.reset();
      await settle();
      expect(listOf(field).children).to.have.length(0);
    });

    it('is French by default and English with lang="en" [wcag:3.1.2]', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      expect(zoneOf(field).textContent).to.equal('Choisir des fichiersou glissez-déposez les fichiers ici');
      await choose(field, [file('a.pdf')]);
      expect(listOf(field).getAttribute('aria-label')).to.equal('Fichiers sélectionnés');
      field.closest('form')!.lang = 'en';
      await aTimeout(0);
      await field.updateComplete;
      expect(zoneOf(field).textContent).to.equal('Choose filesor drag and drop the files here');
      expect(listOf(field).getAttribute('aria-label')).to.equal('Selected files');
      expect(removeButtons(field)[0]!.textContent).to.equal('Remove a.pdf');
    });

    it('treats fr-CA as French and en-CA as English', async () => {
      const fr = await fixture<QcFileUpload>(html`<qc-file-upload lang="fr-CA" label="Pièce"></qc-file-upload>`);
      const en = await fixture<QcFileUpload>(html`<qc-file-upload lang="en-CA" label="File"></qc-file-upload>`);
      expect(zoneOf(fr).textContent).to.contain('Choisir un fichier');
      expect(zoneOf(en).textContent).to.contain('Choose a file');
    });

    it('gives every message in English, and re-words a shown error when the language changes [wcag:3.1.2,3.3.1]', async () => {
      const { form, field } = await mount(
        html`<qc-file-upload label="Documents" name="docs" accept=".pdf,.jpg" max-size="500kB" max-files="2" multiple>
        </qc-file-upload>`,
      );
      form.lang = 'en';
      await aTimeout(0);
      await choose(field, [file('photo.png', 10, 'image/png')]);
      expect(plain(errorText(field))).to.equal('The file photo.png is not an accepted type. Accepted types: PDF, JPG.');
      removeButtons(field)[0]!.click();
      await choose(field, [file('big.pdf', 600 * KB)]);
      expect(errorText(field)).to.equal('The file big.pdf is larger than the maximum size of 500 kB.');
      expect(field.querySelector('.qc-file-upload-problem')?.textContent).to.equal('Larger than the maximum size');
      removeButtons(field)[0]!.click();
      await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
      expect(errorText(field)).to.equal('Select at most 2 files (you have 3).');
      form.lang = 'fr';
      await aTimeout(0);
      await field.updateComplete;
      expect(errorText(field)).to.equal('Sélectionnez au plus 2 fichiers (vous en avez 3).');
    });
  });

  describe('bad input', () => {
    it('an invalid max-size warns once and applies no limit', async () => {
      const warnings = await captureWarnings(async () => {
        const { field } = await mount(
          html`<qc-file-upload label="Pièce" name="piece" max-size="cinq"></qc-file-upload>`,
        );
        field.requestUpdate();
        await field.updateComplete;
        await choose(field, [file('gros.pdf', 50 * MB)]);
        expect(inputOf(field).validity.valid).to.equal(true);
      });
      expect(warnings.filter((w) => w.includes('max-size'))).to.have.length(1);
    });

    it('an invalid max-files warns once and applies no limit', async () => {
      const warnings = await captureWarnings(async () => {
        const { field } = await mount(
          html`<qc-file-upload label="Pièces" name="pieces" multiple max-files="zéro"></qc-file-upload>`,
        );
        await choose(field, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
        expect(inputOf(field).validity.valid).to.equal(true);
      });
      expect(warnings.filter((w) => w.includes('max-files'))).to.have.length(1);
    });

    it('max-files="0" and negative values are invalid too', async () => {
      const warnings = await captureWarnings(async () => {
        await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple max-files="0"></qc-file-upload>`);
        await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple max-files="-2"></qc-file-upload>`);
      });
      expect(warnings.filter((w) => w.includes('max-files'))).to.have.length(2);
    });

    it('a hostile accept value is shown as text in the message', async () => {
      const { field } = await mount(
        html`<qc-file-upload label="Pièce" name="piece" accept=${'.<img src=x onerror=alert(1)>'}></qc-file-upload>`,
      );
      await choose(field, [file('a.pdf')]);
      expect(errorText(field)).to.contain('<IMG SRC=X ONERROR=ALERT(1)>');
      expect(field.querySelector('img')).to.equal(null);
    });

    it('a hostile label is shown as text', async () => {
      const { field } = await mount(
        html`<qc-file-upload label=${'<img src=x onerror=alert(1)>'} name="piece"></qc-file-upload>`,
      );
      expect(field.querySelector('label')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(field.querySelector('img')).to.equal(null);
    });

    it('warns once when the field has no label', async () => {
      const warnings = await captureWarnings(async () => {
        await mount(html`<qc-file-upload name="piece"></qc-file-upload>`);
        await aTimeout(10);
      });
      expect(warnings.filter((w) => w.includes('no label'))).to.have.length(1);
    });

    it('an empty drop and an empty choice change nothing', async () => {
      const { field } = await mount(html`<qc-file-upload label="Pièces" name="pieces" multiple></qc-file-upload>`);
      await choose(field, [file('a.pdf')]);
      await drop(zoneOf(field), []);
      await choose(field, []);
      expect(names(field)).to.deep.equal(['a.pdf']);
    });
  });
});

describe('file-upload rules', () => {
  it('parseSize reads bytes and decimal or binary units, in English or French [wcag:3.1.2]', () => {
    expect(parseSize('5242880')).to.equal(5242880);
    expect(parseSize('5MB')).to.equal(5_000_000);
    expect(parseSize('5 Mo')).to.equal(5_000_000);
    expect(parseSize('500kB')).to.equal(500_000);
    expect(parseSize('500 ko')).to.equal(500_000);
    expect(parseSize('1,5 Go')).to.equal(1_500_000_000);
    expect(parseSize('1.5GB')).to.equal(1_500_000_000);
    expect(parseSize('2MiB')).to.equal(2 * 1024 * 1024);
    expect(parseSize('2 Mio')).to.equal(2 * 1024 * 1024);
    expect(parseSize('100 octets')).to.equal(100);
    expect(parseSize('')).to.equal(null);
    expect(parseSize(null)).to.equal(null);
    for (const bad of ['cinq', '5 XB', '-5MB', '0', 'MB', '5 MB MB']) expect(parseSize(bad), bad).to.be.NaN;
  });

  it('formatSize uses the reader’s language [wcag:3.1.2]', () => {
    expect(plain(formatSize(1_234_567, 'fr'))).to.equal('1,2 Mo');
    expect(plain(formatSize(1_234_567, 'en'))).to.equal('1.2 MB');
    expect(plain(formatSize(1, 'fr'))).to.equal('1 octet');
    expect(plain(formatSize(2_500_000_000, 'fr-CA'))).to.equal('2,5 Go');
  });

  it('acceptsFile follows the picker’s rules', () => {
    const tokens = acceptTokens(' .PDF , image/*, application/msword ,');
    expect(tokens).to.deep.equal(['.pdf', 'image/*', 'application/msword']);
    expect(acceptsFile(tokens, file('a.pdf', 1, ''))).to.equal(true);
    expect(acceptsFile(tokens, file('a.png', 1, 'image/png'))).to.equal(true);
    expect(acceptsFile(tokens, file('lettre', 1, 'application/msword'))).to.equal(true);
    expect(acceptsFile(tokens, file('a.pdf.exe', 1, 'application/x-msdownload'))).to.equal(false);
    expect(acceptsFile(tokens, file('imagination.txt', 1, 'text/plain'))).to.equal(false);
    expect(acceptsFile([], file('tout.exe', 1, ''))).to.equal(true);
  });

  it('acceptLabels names the types as readers know them [wcag:4.1.2]', () => {
    const labels = acceptLabels(
      acceptTokens(
        '.pdf,application/pdf,.jpg,image/jpeg,video/*,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/x-custom',
      ),
      (type) => `${type}s`,
    );
    expect(labels).to.deep.equal(['PDF', 'JPG', 'JPEG', 'videos', 'DOCX', 'application/x-custom']);
  });
});
