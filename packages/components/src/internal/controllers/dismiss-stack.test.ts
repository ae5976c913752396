import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { closeLayer, isTopLayer, openLayer, type Layer } from './dismiss-stack.js';

/** A layer that opens and closes with its `open` property, and leaves the stack when removed. */
class TestLayer extends LitElement implements Layer {
  static override properties = { open: { type: Boolean, reflect: true } };
  declare open: boolean;
  reasons: string[] = [];

  constructor() {
    super();
    this.open = false;
  }
  inside(): Element[] {
    return [this];
  }
  dismiss(reason: 'escape' | 'outside'): void {
    this.reasons.push(reason);
    this.open = false;
  }
  protected override willUpdate(): void {
    if (this.open) {
      if (!isTopLayer(this)) openLayer(this);
    } else closeLayer(this);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    closeLayer(this);
  }
  override render() {
    return html`<button>${this.id}</button><slot></slot>`;
  }
}
customElements.define('test-layer', TestLayer);

async function mount() {
  const page = await fixture<HTMLElement>(
    html`<div>
      <button id="outside">Ailleurs</button>
      <test-layer id="dialog"><test-layer id="menu"></test-layer></test-layer>
    </div>`,
  );
  const dialog = page.querySelector<TestLayer>('#dialog')!;
  const menu = page.querySelector<TestLayer>('#menu')!;
  dialog.open = true;
  await dialog.updateComplete;
  menu.open = true;
  await menu.updateComplete;
  return { page, dialog, menu };
}
const settled = (...layers: TestLayer[]) => Promise.all(layers.map((layer) => layer.updateComplete));
const press = (target: Element) =>
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));

describe('dismiss stack', () => {
  it('Escape closes the top-most layer only, then the one under it [wcag:2.1.1,2.1.2]', async () => {
    const { dialog, menu } = await mount();
    menu.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Escape' });
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([true, false]);
    expect(menu.reasons).to.deep.equal(['escape']);
    await sendKeys({ press: 'Escape' });
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([false, false]);
    expect(dialog.reasons).to.deep.equal(['escape']);
  });

  it('Escape for a layer stops there: page handlers do not hear it; with no layer open they do [wcag:2.1.1]', async () => {
    const { page, dialog, menu } = await mount();
    let heard = 0;
    const listener = (event: KeyboardEvent) => {
      if (event.key === 'Escape') heard++;
    };
    document.addEventListener('keydown', listener);
    try {
      page.querySelector<HTMLElement>('#outside')!.focus();
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await settled(dialog, menu);
      expect(heard).to.equal(0);
      await sendKeys({ press: 'Escape' });
      expect(heard).to.equal(1);
    } finally {
      document.removeEventListener('keydown', listener);
    }
  });

  it('a press outside closes the top-most layer only; a press inside it closes nothing', async () => {
    const { page, dialog, menu } = await mount();
    press(menu.shadowRoot!.querySelector('button')!);
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([true, true]);
    // Inside the dialog but outside the menu: the menu closes.
    press(dialog.shadowRoot!.querySelector('button')!);
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([true, false]);
    press(page.querySelector('#outside')!);
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([false, false]);
    expect(dialog.reasons).to.deep.equal(['outside']);
  });

  it('a removed layer leaves the stack: the next Escape is for the one under it [wcag:2.1.1]', async () => {
    const { dialog, menu } = await mount();
    menu.remove();
    expect(isTopLayer(dialog)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settled(dialog);
    expect(dialog.open).to.equal(false);
    expect(menu.reasons).to.deep.equal([]);
  });

  it('an Escape that ends a composition (IME) is not for the layer [wcag:2.1.1]', async () => {
    const { dialog, menu } = await mount();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true }));
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([true, true]);
  });

  it('opening a layer again puts it back on top', async () => {
    const { dialog, menu } = await mount();
    openLayer(dialog);
    expect(isTopLayer(dialog)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settled(dialog, menu);
    expect([dialog.open, menu.open]).to.deep.equal([false, true]);
    closeLayer(menu);
  });
});
