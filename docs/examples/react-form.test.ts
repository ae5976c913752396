// Mounts the React example of the Forms guide (react-form.tsx) with React DOM and checks what a
// React team relies on: controlled inputs through qc-ds fields, one onChange per keystroke, the
// browser's validation shown by qc-ds before onSubmit, and re-rendered children keeping their wiring.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { act, createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { DemandeForm, demandeVide, type Demande, type Region } from './react-form.js';

// Tells React that updates are flushed by act() in these tests.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const regions: Region[] = [
  { code: '03', nom: 'Capitale-Nationale' },
  { code: '06', nom: 'Montréal' },
  { code: '12', nom: 'Chaudière-Appalaches' },
];

interface Mounted {
  container: HTMLElement;
  form: HTMLFormElement;
  changes: Demande[];
  sent: Demande[];
  state(): Demande;
  setDemande(demande: Demande): Promise<void>;
  setRegions(regions: Region[]): Promise<void>;
}

const roots: Root[] = [];

async function mount(): Promise<Mounted> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const root = createRoot(container);
  roots.push(root);
  const changes: Demande[] = [];
  const sent: Demande[] = [];
  let current = demandeVide;
  let setDemande: (demande: Demande) => void = () => undefined;
  let setRegions: (regions: Region[]) => void = () => undefined;
  // The page that owns the state, as an application would write it.
  function Page() {
    const [demande, setState] = useState(demandeVide);
    const [list, setList] = useState(regions);
    current = demande;
    setDemande = setState;
    setRegions = setList;
    return createElement(DemandeForm, {
      demande,
      regions: list,
      onChange(next: Demande) {
        changes.push(next);
        setState(next);
      },
      onEnvoyer: (demande: Demande) => sent.push(demande),
    });
  }
  await act(async () => root.render(createElement(Page)));
  await aTimeout(0);
  return {
    container,
    form: container.querySelector('form')!,
    changes,
    sent,
    state: () => current,
    setDemande: (demande) => act(async () => setDemande(demande)),
    setRegions: (list) => act(async () => setRegions(list)),
  };
}

const input = (m: Mounted, name: string) => m.form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const select = (m: Mounted) => m.form.querySelector<HTMLSelectElement>('select')!;
const errorOf = (field: Element) =>
  field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])')?.lastElementChild?.textContent ?? '';
const describedBy = (control: Element) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

async function typeInto(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  await act(async () => sendKeys({ type: text }));
}

// React reports its development warnings (a controlled input turned uncontrolled, an unknown
// prop…) with console.error: the example must not cause any.
const originalError = console.error;
let reactWarnings: string[] = [];
beforeEach(() => {
  reactWarnings = [];
  console.error = (...args: unknown[]) => {
    reactWarnings.push(args.map(String).join(' '));
    originalError(...args);
  };
});

afterEach(async () => {
  for (const root of roots.splice(0)) await act(async () => root.unmount());
  console.error = originalError;
  expect(reactWarnings, 'React warnings').to.deep.equal([]);
});

describe('Forms guide: React example (react-form.tsx)', () => {
  it('typing updates the state, with one onChange per keystroke', async () => {
    const m = await mount();
    await typeInto(input(m, 'nom'), 'Léa');
    expect(m.changes.map((d) => d.nom)).to.deep.equal(['L', 'Lé', 'Léa']);
    expect(m.state().nom).to.equal('Léa');
    expect(input(m, 'nom').value).to.equal('Léa');
  });

  it('setting the state updates the controls and the form data', async () => {
    const m = await mount();
    await m.setDemande({ nom: 'Tremblay', courriel: 'lea@exemple.com', region: '06' });
    expect(input(m, 'nom').value).to.equal('Tremblay');
    expect(input(m, 'courriel').value).to.equal('lea@exemple.com');
    expect(select(m).value).to.equal('06');
    expect(Object.fromEntries(new FormData(m.form))).to.deep.equal({
      nom: 'Tremblay',
      courriel: 'lea@exemple.com',
      region: '06',
    });
    expect(m.changes, 'setting state fires no onChange').to.deep.equal([]);
  });

  it('qc-ds labels and describes the controls React renders', async () => {
    const m = await mount();
    expect(input(m, 'nom').labels![0]!.textContent).to.equal('Nom *');
    expect(input(m, 'nom').required).to.equal(true);
    expect(describedBy(input(m, 'courriel'))).to.deep.equal(['Nous vous écrirons à cette adresse.']);
    expect(select(m).labels![0]!.textContent).to.contain('Région');
    expect(m.form.querySelectorAll('label')).to.have.length(3);
  });

  it('blocks onSubmit while fields are invalid, shows the errors, then submits the state once fixed', async () => {
    const m = await mount();
    await act(async () => m.form.requestSubmit());
    await aTimeout(0);
    expect(m.sent).to.deep.equal([]);
    const [nom, courriel, region] = [...m.form.querySelectorAll('qc-textfield, qc-select')];
    expect(errorOf(nom!)).to.equal('Le champ Nom est obligatoire.');
    expect(errorOf(courriel!)).to.equal('');
    expect(errorOf(region!)).to.not.equal('');
    expect(document.activeElement).to.equal(input(m, 'nom'));
    await expect(m.container).to.be.accessible();

    await typeInto(input(m, 'nom'), 'Tremblay');
    expect(errorOf(nom!), 'fixed as the user types').to.equal('');
    select(m).focus();
    await act(async () => sendKeys({ press: 'ArrowDown' }));
    await aTimeout(0);
    expect(m.state().region).to.equal('03');
    await act(async () => m.form.requestSubmit());
    expect(m.sent).to.deep.equal([{ nom: 'Tremblay', courriel: '', region: '03' }]);
    expect(m.form.querySelectorAll('[data-qc-part="error"]:not([hidden])')).to.have.length(0);
  });

  it('an error fixed by setting the state (no user event) is gone after the next submit attempt', async () => {
    const m = await mount();
    await act(async () => m.form.requestSubmit());
    await aTimeout(0);
    await m.setDemande({ nom: 'Tremblay', courriel: '', region: '06' });
    await act(async () => m.form.requestSubmit());
    await aTimeout(0);
    expect(m.sent).to.have.length(1);
    expect(m.form.querySelectorAll('[data-qc-part="error"]:not([hidden])')).to.have.length(0);
    expect(m.form.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
  });

  it('re-rendering the list of options keeps the selection, the label and the error wiring', async () => {
    const m = await mount();
    await m.setDemande({ ...demandeVide, region: '12' });
    const before = select(m);
    const field = m.form.querySelector('qc-select')!;
    await m.setRegions([
      { code: '01', nom: 'Bas-Saint-Laurent' },
      { code: '12', nom: 'Chaudière-Appalaches' },
      { code: '03', nom: 'Capitale-Nationale' },
    ]);
    await aTimeout(0);
    expect(select(m)).to.equal(before);
    expect(select(m).value).to.equal('12');
    expect([...select(m).options].map((o) => o.value)).to.deep.equal(['', '01', '12', '03']);
    expect(select(m).labels).to.have.length(1);
    expect(field.querySelectorAll('[data-qc-part="label"]')).to.have.length(1);

    // An error shown before the re-render stays linked after it.
    await m.setDemande({ ...demandeVide, region: '' });
    await act(async () => m.form.requestSubmit());
    await aTimeout(0);
    const error = field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])')!;
    await m.setRegions(regions);
    await aTimeout(0);
    expect(select(m).getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(select(m).getAttribute('aria-invalid')).to.equal('true');
  });

  it('one native change per selection reaches React and the page (no duplicates)', async () => {
    const m = await mount();
    let changes = 0;
    m.form.addEventListener('change', () => (changes += 1));
    select(m).focus();
    await act(async () => sendKeys({ press: 'ArrowDown' }));
    await aTimeout(0);
    expect(changes).to.equal(1);
    expect(m.changes.map((d) => d.region)).to.deep.equal(['03']);
  });
});
