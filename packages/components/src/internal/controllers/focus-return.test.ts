import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { deepActiveElement, FocusReturn } from './focus-return.js';

/** A trigger button inside a shadow root, as a component's own button is. */
class TestTrigger extends LitElement {
  override render() {
    return html`<button>Ouvrir</button>`;
  }
  get button(): HTMLButtonElement {
    return this.shadowRoot!.querySelector('button')!;
  }
}
customElements.define('test-focus-trigger', TestTrigger);

async function mount() {
  const page = await fixture<HTMLElement>(
    html`<div>
      <h2 tabindex="-1">Section</h2>
      <test-focus-trigger></test-focus-trigger>
      <button id="elsewhere">Ailleurs</button>
      <div id="layer" hidden><button>Fermer</button></div>
    </div>`,
  );
  const trigger = page.querySelector<TestTrigger>('test-focus-trigger')!;
  await trigger.updateComplete;
  const layer = page.querySelector<HTMLElement>('#layer')!;
  const heading = page.querySelector('h2')!;
  return { page, trigger, layer, heading, returner: new FocusReturn(() => heading) };
}
/** Opens the layer: focus moves into it. */
function open(layer: HTMLElement): void {
  layer.hidden = false;
  layer.querySelector('button')!.focus();
}

describe('FocusReturn', () => {
  it('finds the focused element through shadow roots', async () => {
    const { trigger } = await mount();
    trigger.button.focus();
    expect(document.activeElement === trigger, 'the document names the host only').to.equal(true);
    expect(deepActiveElement() === trigger.button).to.equal(true);
  });

  it('returns focus to the trigger inside a shadow root after the layer closes [wcag:2.4.3]', async () => {
    const { trigger, layer, returner } = await mount();
    trigger.button.focus();
    returner.remember();
    open(layer);
    layer.hidden = true;
    expect(returner.restore(layer) === trigger.button).to.equal(true);
    expect(trigger.shadowRoot!.activeElement === trigger.button).to.equal(true);
  });

  it('goes to the fallback, not <body>, when the trigger was removed meanwhile', async () => {
    const { trigger, layer, heading, returner } = await mount();
    trigger.button.focus();
    returner.remember();
    open(layer);
    trigger.remove();
    layer.hidden = true;
    returner.restore(layer);
    expect(document.activeElement === heading, 'the fallback heading has focus').to.equal(true);
  });

  it('goes to the fallback when the trigger became disabled', async () => {
    const { layer, page, heading, returner } = await mount();
    const button = page.querySelector<HTMLButtonElement>('#elsewhere')!;
    button.focus();
    returner.remember();
    open(layer);
    button.disabled = true;
    layer.hidden = true;
    returner.restore(layer);
    expect(document.activeElement === heading).to.equal(true);
  });

  it('leaves focus where the user moved it outside the layer', async () => {
    const { trigger, layer, page, returner } = await mount();
    trigger.button.focus();
    returner.remember();
    open(layer);
    const elsewhere = page.querySelector<HTMLElement>('#elsewhere')!;
    elsewhere.focus();
    layer.hidden = true;
    expect(returner.restore(layer)).to.equal(null);
    expect(document.activeElement === elsewhere).to.equal(true);
  });

  it('does nothing when nothing was remembered (or already restored)', async () => {
    const { trigger, layer, returner } = await mount();
    open(layer);
    expect(returner.restore()).to.equal(null);
    trigger.button.focus();
    returner.remember();
    expect(returner.element === trigger.button).to.equal(true);
    returner.restore();
    expect(returner.restore()).to.equal(null);
  });
});
