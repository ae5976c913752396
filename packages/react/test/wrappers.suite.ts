// The behaviour of the generated wrappers, run once per React version (react-19.test.ts,
// react-18.test.ts): each loads a bundle of that React with the built @qc-ds/react
// (wtr-react-plugin.mjs) and hands it here.
import { expect } from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as ReactDOMModule from 'react-dom';
import type { createRoot as CreateRoot } from 'react-dom/client';
import type * as Wrappers from '@qc-ds/react';
import type { QcButtonElement } from '@qc-ds/react/qc-button.js';

export interface ReactBundle {
  React: typeof ReactModule;
  ReactDOM: typeof ReactDOMModule;
  createRoot: typeof CreateRoot;
  wrappers: typeof Wrappers;
}

/** Loads a bundle served by wtr-react-plugin.mjs (not a file TypeScript can resolve). */
export const loadBundle = (name: 'react-18' | 'react-19'): Promise<ReactBundle> =>
  import(/* @vite-ignore */ `/__qc-ds-react/${name}.js`) as Promise<ReactBundle>;

export function wrapperTests(expectedMajor: string, load: () => Promise<ReactBundle>): void {
  let lib: ReactBundle;
  let host: HTMLElement;
  let root: ReturnType<typeof CreateRoot>;

  const render = (node: ReactModule.ReactNode): void => {
    lib.ReactDOM.flushSync(() => root.render(node));
  };

  before(async function () {
    // The runner bundles React on first request (seconds on a busy machine).
    this.timeout(120_000);
    lib = await load();
  });

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = lib.createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it(`runs React ${expectedMajor}`, () => {
    expect(lib.React.version.split('.')[0]).to.equal(expectedMajor);
  });

  it('renders the registered element with its attributes and children', async () => {
    const { createElement: h } = lib.React;
    const { QcNotice } = lib.wrappers;
    render(h(QcNotice, { type: 'warning', title: 'Délai prolongé' }, h('p', null, 'Traitement en avril.')));
    const notice = host.querySelector('qc-notice')!;
    expect(notice).to.be.instanceOf(customElements.get('qc-notice')!);
    await notice.updateComplete;
    expect(notice.type).to.equal('warning');
    expect(notice.title).to.equal('Délai prolongé');
    expect(notice.querySelector('p')?.textContent).to.equal('Traitement en avril.');
    expect(notice.shadowRoot?.textContent).to.contain('Délai prolongé');
  });

  it('sets booleans, numbers and arrays as properties', async () => {
    const { createElement: h } = lib.React;
    const { QcTag, QcPagination, QcSelect } = lib.wrappers;
    render(
      h(
        'div',
        null,
        h(QcTag, { removable: true }, 'Montréal'),
        h(QcPagination, { totalPages: 12, currentPage: 3 }),
        h(
          QcSelect,
          { label: 'Régions', values: ['mtl', 'que'] },
          h(
            'select',
            { name: 'regions', multiple: true },
            h('option', { value: 'mtl' }, 'Montréal'),
            h('option', { value: 'lav' }, 'Laval'),
            h('option', { value: 'que' }, 'Québec'),
          ),
        ),
      ),
    );
    const tag = host.querySelector('qc-tag')!;
    const pagination = host.querySelector('qc-pagination')!;
    const select = host.querySelector('qc-select')!;
    expect(tag.removable).to.equal(true);
    expect(pagination.totalPages).to.equal(12);
    expect(pagination.currentPage).to.equal(3);
    expect(select.values).to.deep.equal(['mtl', 'que']);
    expect([...host.querySelector('select')!.selectedOptions].map((option) => option.value)).to.deep.equal([
      'mtl',
      'que',
    ]);

    render(h('div', null, h(QcTag, { removable: false }, 'Montréal')));
    expect(host.querySelector('qc-tag')!.removable).to.equal(false);
  });

  it('passes children to named slots', async () => {
    const { createElement: h } = lib.React;
    const { QcDialog } = lib.wrappers;
    render(h(QcDialog, null, h('h2', { slot: 'heading' }, 'Confirmer'), h('p', null, 'Envoyer la demande ?')));
    const dialog = host.querySelector('qc-dialog')!;
    await dialog.updateComplete;
    const heading = dialog.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(heading.assignedElements().map((element) => element.textContent)).to.deep.equal(['Confirmer']);
  });

  it('calls typed camelCase event props (onQcRemove) with the element’s event', async () => {
    const { createElement: h } = lib.React;
    const { QcTag } = lib.wrappers;
    const seen: string[] = [];
    render(
      h(
        QcTag,
        {
          removable: true,
          onQcRemove: (event: CustomEvent<undefined>) => {
            seen.push(`${event.type}:${(event.target as HTMLElement).textContent}`);
            event.preventDefault();
          },
        },
        'Laval',
      ),
    );
    const tag = host.querySelector('qc-tag')!;
    await tag.updateComplete;
    tag.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(seen).to.deep.equal(['qc-remove:Laval']);
    // `preventDefault()` in the handler kept the tag.
    expect(host.querySelector('qc-tag')).to.equal(tag);
  });

  it('replaces an event prop on re-render and removes it when gone', async () => {
    const { createElement: h } = lib.React;
    const { QcTag } = lib.wrappers;
    const calls: string[] = [];
    const props = (name: string) => ({
      removable: true,
      onQcRemove: (event: Event) => {
        calls.push(name);
        event.preventDefault();
      },
    });
    render(h(QcTag, props('first'), 'Gatineau'));
    render(h(QcTag, props('second'), 'Gatineau'));
    const tag = host.querySelector('qc-tag')!;
    await tag.updateComplete;
    const button = () => tag.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    button().click();
    expect(calls).to.deep.equal(['second']);
    render(h(QcTag, { removable: true, onQcRemove: undefined }, 'Gatineau'));
    tag.addEventListener('qc-remove', (event) => event.preventDefault(), { once: true });
    button().click();
    expect(calls).to.deep.equal(['second']);
  });

  it('gives the element through ref', () => {
    const { createElement: h, createRef } = lib.React;
    const { QcButton } = lib.wrappers;
    const ref = createRef<QcButtonElement>();
    render(h(QcButton, { ref, variant: 'secondary' }, 'Annuler'));
    expect(ref.current).to.equal(host.querySelector('qc-button'));
  });
}
