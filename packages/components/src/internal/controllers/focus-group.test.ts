import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { FocusGroupController, type FocusGroupOrientation } from './focus-group.js';

/** A toolbar-like group: its light-DOM buttons are the items. (Not `focusGroup`: Chromium has an HTMLElement property of that name.) */
class TestFocusGroup extends LitElement {
  orientation: FocusGroupOrientation = 'both';
  wrap = true;
  readonly roving = new FocusGroupController(this, {
    items: () => [...this.querySelectorAll<HTMLElement>('button')],
    // Getters: the options are read at each key press.
    get orientation() {
      return host().orientation;
    },
    get wrap() {
      return host().wrap;
    },
  });
  override render() {
    return html`<slot></slot>`;
  }
}
let current: TestFocusGroup | null = null;
const host = (): TestFocusGroup => current!;
customElements.define('test-focus-group', TestFocusGroup);

async function mount(template = html`<button>Un</button><button>Deux</button><button>Trois</button>`) {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">Avant</button><test-focus-group>${template}</test-focus-group
      ><button id="after">Après</button>
    </div>`,
  );
  const group = wrapper.querySelector<TestFocusGroup>('test-focus-group')!;
  current = group;
  await group.updateComplete;
  return { wrapper, group, items: () => [...group.querySelectorAll('button')] };
}
const focusedText = () => (document.activeElement as HTMLElement | null)?.textContent ?? '';
const tabStops = (items: HTMLElement[]) => items.filter((item) => item.tabIndex === 0).map((item) => item.textContent);

describe('FocusGroupController', () => {
  it('makes the group one tab stop, on the first usable item [wcag:2.4.3]', async () => {
    const { items } = await mount(html`<button disabled>Un</button><button>Deux</button><button>Trois</button>`);
    expect(tabStops(items())).to.deep.equal(['Deux']);
    expect(items().map((item) => item.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
  });

  it('arrows move focus and skip disabled items (native and ARIA); Home and End go to the ends [wcag:2.1.1]', async () => {
    const { items } = await mount(
      html`<button>Un</button><button disabled>Deux</button><button aria-disabled="true">Trois</button
        ><button>Quatre</button><button>Cinq</button>`,
    );
    items()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Quatre');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText()).to.equal('Cinq');
    await sendKeys({ press: 'Home' });
    expect(focusedText()).to.equal('Un');
    await sendKeys({ press: 'End' });
    expect(focusedText()).to.equal('Cinq');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText()).to.equal('Quatre');
    expect(tabStops(items())).to.deep.equal(['Quatre']);
  });

  it('wraps from the last item to the first and back, unless wrap is off', async () => {
    const { group, items } = await mount();
    items()[2]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Un');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText()).to.equal('Trois');
    group.wrap = false;
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Trois');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText()).to.equal('Un');
  });

  it('follows its orientation: a horizontal group ignores ↑/↓, a vertical one ←/→', async () => {
    const { group, items } = await mount();
    group.orientation = 'horizontal';
    items()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText()).to.equal('Un');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Deux');
    group.orientation = 'vertical';
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Deux');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText()).to.equal('Trois');
  });

  it('swaps ← and → in a right-to-left page (computed direction)', async () => {
    const { wrapper, items } = await mount();
    wrapper.setAttribute('dir', 'rtl');
    items()[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText()).to.equal('Deux');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('Un');
  });

  it('remembers the last item: Tab leaves the group, Shift+Tab comes back to it [wcag:2.1.1,2.1.2]', async () => {
    const { items } = await mount();
    items()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(focusedText()).to.equal('Après');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focusedText()).to.equal('Deux');
  });

  it('follows items added and removed in the light DOM (a framework re-rendering)', async () => {
    const { group, items } = await mount();
    items()[1]!.focus();
    const added = document.createElement('button');
    added.textContent = 'Quatre';
    group.append(added);
    await sendKeys({ press: 'End' });
    expect(focusedText()).to.equal('Quatre');
    expect(tabStops(items())).to.deep.equal(['Quatre']);
    added.remove();
    group.roving.update();
    expect(tabStops(items()), 'the tab stop goes back to the first item').to.deep.equal(['Un']);
    items()[0]!.disabled = true;
    group.roving.update();
    expect(tabStops(items())).to.deep.equal(['Deux']);
  });

  it('active = item moves the tab stop without moving the focus (tabs: back to the selected tab) [wcag:2.4.3]', async () => {
    const { wrapper, group, items } = await mount();
    items()[0]!.focus();
    group.roving.active = items()[2]!;
    expect(focusedText()).to.equal('Un');
    expect(tabStops(items())).to.deep.equal(['Trois']);
    wrapper.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedText()).to.equal('Trois');
  });
});
