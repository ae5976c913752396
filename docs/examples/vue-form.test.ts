// Mounts the Vue example of the Forms guide (vue-form.vue, compiled as Vite's Vue plugin would)
// and checks `v-model` both ways on a text field, a select and a checkbox inside qc-ds fields, the
// browser's validation shown by qc-ds before `@submit`, and re-rendered options keeping their wiring.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createApp, h, nextTick, ref, type App } from 'vue';
import VueForm from './vue-form.vue';

interface Region {
  code: string;
  nom: string;
}
interface Demande {
  nom: string;
  region: string;
  avis: boolean;
}

const regionsDeDepart: Region[] = [
  { code: '03', nom: 'Capitale-Nationale' },
  { code: '06', nom: 'Montréal' },
];

const apps: App[] = [];

// Vue reports template problems (an unknown element not declared as a custom element…) with
// console.warn: the example must not cause any.
const originalWarn = console.warn;
let vueWarnings: string[] = [];
beforeEach(() => {
  vueWarnings = [];
  console.warn = (...args: unknown[]) => {
    vueWarnings.push(args.map(String).join(' '));
    originalWarn(...args);
  };
});

afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
  console.warn = originalWarn;
  expect(vueWarnings, 'Vue and qc-ds warnings').to.deep.equal([]);
});

async function mount() {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const regions = ref<Region[]>(regionsDeDepart);
  const sent: Demande[] = [];
  const exposed = ref<{ demande: Demande } | null>(null);
  const app = createApp({
    render: () =>
      h(VueForm, {
        regions: regions.value,
        onEnvoyer: (demande: Demande) => sent.push(demande),
        ref: exposed,
      }),
  });
  app.mount(container);
  apps.push(app);
  await settle();
  const form = container.querySelector('form')!;
  return {
    form,
    sent,
    regions,
    demande: () => exposed.value!.demande,
    input: form.querySelector<HTMLInputElement>('input[name="nom"]')!,
    select: form.querySelector<HTMLSelectElement>('select')!,
    checkbox: form.querySelector<HTMLInputElement>('input[type="checkbox"]')!,
  };
}

async function settle(): Promise<void> {
  await nextTick();
  await aTimeout(0);
}

const errorOf = (field: Element) =>
  field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])')?.lastElementChild?.textContent ?? '';

describe('Forms guide: Vue example (vue-form.vue)', () => {
  it('v-model on a text field, a select and a checkbox: view → state', async () => {
    const m = await mount();
    m.input.focus();
    await sendKeys({ type: 'Tremblay' });
    m.select.focus();
    await sendKeys({ press: 'ArrowDown' });
    m.checkbox.focus();
    await sendKeys({ press: 'Space' });
    await settle();
    expect({ ...m.demande() }).to.deep.equal({ nom: 'Tremblay', region: '03', avis: true });
  });

  it('v-model: state → view and form data', async () => {
    const m = await mount();
    Object.assign(m.demande(), { nom: 'Gagnon', region: '06', avis: true });
    await settle();
    expect(m.input.value).to.equal('Gagnon');
    expect(m.select.value).to.equal('06');
    expect(m.checkbox.checked).to.equal(true);
    expect(Object.fromEntries(new FormData(m.form))).to.deep.equal({ nom: 'Gagnon', region: '06', avis: 'on' });
    m.demande().avis = false;
    await settle();
    expect(m.checkbox.checked).to.equal(false);
  });

  it('qc-ds labels the controls Vue renders, one label each', async () => {
    const m = await mount();
    expect(m.input.labels![0]!.textContent).to.equal('Nom *');
    expect(m.select.labels![0]!.textContent).to.contain('Région');
    expect(m.checkbox.labels![0]!.textContent).to.contain('Recevoir les avis par courriel');
    for (const field of m.form.querySelectorAll('qc-textfield, qc-select, qc-checkbox'))
      expect(field.querySelectorAll('label'), field.localName).to.have.length(1);
  });

  it('blocks @submit while invalid, shows the errors, then emits the state once valid', async () => {
    const m = await mount();
    m.form.requestSubmit();
    await settle();
    expect(m.sent).to.deep.equal([]);
    expect(errorOf(m.form.querySelector('qc-textfield')!)).to.equal('Le champ Nom est obligatoire.');
    expect(errorOf(m.form.querySelector('qc-select')!)).to.not.equal('');
    expect(document.activeElement).to.equal(m.input);
    await expect(m.form).to.be.accessible();

    await sendKeys({ type: 'Tremblay' });
    m.demande().region = '06';
    await settle();
    m.form.requestSubmit();
    await settle();
    expect(m.sent).to.deep.equal([{ nom: 'Tremblay', region: '06', avis: false }]);
    expect(m.form.querySelectorAll('[data-qc-part="error"]:not([hidden])')).to.have.length(0);
  });

  it('re-rendering the options (v-for) keeps the selection and the wiring; one change per choice', async () => {
    const m = await mount();
    let changes = 0;
    m.form.addEventListener('change', () => (changes += 1));
    m.select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(changes).to.equal(2);
    expect(m.demande().region).to.equal('06');
    const select = m.select;
    m.regions.value = [{ code: '01', nom: 'Bas-Saint-Laurent' }, ...regionsDeDepart.slice().reverse()];
    await settle();
    expect(m.form.querySelector('select')).to.equal(select);
    expect([...select.options].map((o) => o.value)).to.deep.equal(['', '01', '06', '03']);
    expect(select.value).to.equal('06');
    expect(select.labels).to.have.length(1);
    expect(m.demande().region).to.equal('06');
  });
});
