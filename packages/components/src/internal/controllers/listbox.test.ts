import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { Listbox, type ListboxItem, type ListboxMove } from './listbox.js';
import { fold } from './typeahead.js';

interface Item extends ListboxItem {
  selected: boolean;
}

const labels = [
  'Agriculture',
  'Culture',
  'Éducation',
  'Emploi',
  'Énergie',
  'Environnement',
  'Famille',
  'Finances',
  'Immigration',
  'Justice',
  'Santé',
  'Sécurité publique',
  'Tourisme',
  'Transports',
];

/** A combobox-like button that keeps focus, and a listbox beside it in the same (light) tree. */
class TestListbox extends LitElement {
  multiple = false;
  items: Item[] = [];
  listbox!: Listbox<Item>;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const control = document.createElement('button');
    control.textContent = 'Ministère';
    control.setAttribute('role', 'combobox');
    control.setAttribute('aria-label', 'Ministère');
    control.setAttribute('aria-expanded', 'true');
    control.setAttribute('aria-controls', 'test-list');
    const list = document.createElement('div');
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Ministères');
    list.id = 'test-list';
    this.items = labels.map((label, index) => {
      const el = document.createElement('div');
      el.id = `option-${index}`;
      el.setAttribute('role', 'option');
      el.textContent = label;
      list.append(el);
      return { el, folded: fold(label), disabled: label === 'Emploi', selected: false };
    });
    this.items[1]!.el.setAttribute('aria-disabled', 'false');
    this.replaceChildren(control, list);
    this.listbox = new Listbox<Item>({
      control,
      listbox: list,
      items: () => this.items,
      selected: (item) => item.selected,
      multiple: () => this.multiple,
      activeClass: 'active',
    });
    control.addEventListener('keydown', this.onKeyDown);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const moves: Record<string, ListboxMove> = {
      ArrowDown: 'next',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
      PageDown: 'page-down',
      PageUp: 'page-up',
    };
    const move = moves[event.key];
    if (move) this.listbox.move(move);
    else if (event.key.length === 1) this.listbox.type(event.key);
    else return;
    event.preventDefault();
  };
}
customElements.define('test-listbox', TestListbox);

async function mount() {
  const host = await fixture<TestListbox>(html`<test-listbox></test-listbox>`);
  const control = host.querySelector('button')!;
  control.focus();
  return { host, control, list: host.querySelector<HTMLElement>('[role="listbox"]')! };
}
/** The text of the option `aria-activedescendant` names, looked up in the control's own tree. */
function activeText(control: HTMLElement): string | null {
  const id = control.getAttribute('aria-activedescendant');
  if (!id) return null;
  return (control.getRootNode() as Document).getElementById(id)?.textContent ?? null;
}
const selectedTexts = (host: HTMLElement) =>
  [...host.querySelectorAll('[aria-selected="true"]')].map((option) => option.textContent);

describe('Listbox', () => {
  it('names the active option with aria-activedescendant while focus stays on the control [wcag:2.4.3,4.1.2]', async () => {
    const { control } = await mount();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control)).to.equal('Agriculture');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control)).to.equal('Culture');
    expect(document.activeElement === control, 'focus stays on the control').to.equal(true);
    await expect(control.parentElement).to.be.accessible();
  });

  it('skips disabled options, stops at either end, moves by ten with PageDown/PageUp [wcag:2.1.1]', async () => {
    const { control } = await mount();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control), 'Emploi is disabled').to.equal('Énergie');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control)).to.equal('Transports');
    await sendKeys({ press: 'PageUp' });
    expect(activeText(control)).to.equal('Énergie');
    await sendKeys({ press: 'PageDown' });
    expect(activeText(control)).to.equal('Transports');
  });

  it('skips options a filter hid', async () => {
    const { host, control } = await mount();
    for (const item of host.items) item.el.hidden = !item.folded.startsWith('s');
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control)).to.equal('Santé');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(activeText(control)).to.equal('Sécurité publique');
  });

  it('aria-selected follows the active option (single) or the selection (multiple) [wcag:4.1.2]', async () => {
    const { host } = await mount();
    await sendKeys({ press: 'ArrowDown' });
    expect(selectedTexts(host)).to.deep.equal(['Agriculture']);
    host.multiple = true;
    host.items[6]!.selected = true;
    host.items[9]!.selected = true;
    host.listbox.mark();
    await sendKeys({ press: 'ArrowDown' });
    expect(selectedTexts(host)).to.deep.equal(['Famille', 'Justice']);
    expect(host.querySelectorAll('[aria-selected="false"]').length).to.equal(labels.length - 2);
  });

  it('scrolls the active option into view inside the list, not the page', async () => {
    const { host, control, list } = await mount();
    list.style.setProperty('max-height', '100px');
    list.style.setProperty('overflow-y', 'auto');
    const pageY = window.scrollY;
    await sendKeys({ press: 'End' });
    const option = host.items[labels.length - 1]!.el.getBoundingClientRect();
    const box = list.getBoundingClientRect();
    expect(option.bottom).to.be.at.most(box.bottom + 1);
    expect(option.top).to.be.at.least(box.top - 1);
    expect(list.scrollTop).to.be.greaterThan(0);
    expect(window.scrollY).to.equal(pageY);
    await sendKeys({ press: 'Home' });
    expect(list.scrollTop).to.equal(0);
    expect(activeText(control)).to.equal('Agriculture');
  });

  it('typeahead ignores accents: « e » finds « Éducation »; a typed prefix refines; the same letter cycles', async () => {
    const { control } = await mount();
    await sendKeys({ press: 'e' });
    expect(activeText(control)).to.equal('Éducation');
    await sendKeys({ press: 'e' });
    expect(activeText(control), 'Emploi is disabled: skipped').to.equal('Énergie');
    await sendKeys({ press: 'e' });
    expect(activeText(control)).to.equal('Environnement');
    await aTimeout(600);
    await sendKeys({ type: 'se' });
    expect(activeText(control), '« se » after a pause').to.equal('Sécurité publique');
  });

  it('the typed string is forgotten after a pause', async () => {
    const { host, control } = await mount();
    // Read as the key is handled (the controller's listener runs first): a busy machine may take
    // longer than the pause itself to hand the result of sendKeys back.
    let typingAtKey: boolean | undefined;
    control.addEventListener('keydown', () => (typingAtKey = host.listbox.typing), { once: true });
    await sendKeys({ press: 't' });
    expect(typingAtKey).to.equal(true);
    expect(activeText(control)).to.equal('Tourisme');
    await aTimeout(600);
    expect(host.listbox.typing).to.equal(false);
    await sendKeys({ press: 'r' });
    expect(activeText(control), 'a fresh « r », not « tr »').to.equal('Tourisme');
    host.listbox.reset();
    expect(control.hasAttribute('aria-activedescendant')).to.equal(false);
  });
});
