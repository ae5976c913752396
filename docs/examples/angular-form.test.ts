// Mounts the Angular examples of the Forms guide (angular-form.ts) in a zoneless Angular
// application, compiled just in time in the browser, and checks that `formControlName` and
// `[(ngModel)]` bind the native controls inside qc-ds fields both ways, that Angular's validators
// and qc-ds's error display agree, and that re-rendered options keep their wiring.
import '@angular/compiler';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createComponent,
  provideZonelessChangeDetection,
  type ApplicationRef,
  type ComponentRef,
  type Type,
} from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { AbonnementComponent, DemandeComponent, type Demande } from './angular-form.js';

let app: ApplicationRef;
const mounted: ComponentRef<unknown>[] = [];

before(async () => {
  app = await createApplication({ providers: [provideZonelessChangeDetection()] });
});

after(() => app.destroy());

afterEach(() => {
  for (const ref of mounted.splice(0)) ref.destroy();
});

/** Renders `component` into the page and waits until Angular is stable. */
async function mount<T>(component: Type<T>): Promise<{ ref: ComponentRef<T>; form: HTMLFormElement }> {
  const hostElement = await fixture<HTMLElement>(html`<div></div>`);
  const ref = createComponent(component, { environmentInjector: app.injector, hostElement });
  app.attachView(ref.hostView);
  mounted.push(ref);
  await stable();
  return { ref, form: hostElement.querySelector('form')! };
}

/** Lets Angular render and ngModel write its values (ngModel writes a microtask later). */
async function stable(): Promise<void> {
  await app.whenStable();
  await aTimeout(0);
  await app.whenStable();
}

const errorOf = (field: Element) =>
  field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])')?.lastElementChild?.textContent ?? '';

async function typeInto(control: HTMLInputElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
  await stable();
}

describe('Forms guide: Angular examples (angular-form.ts)', () => {
  describe('reactive form (formControlName)', () => {
    it('binds the input and the select both ways', async () => {
      const { ref, form } = await mount(DemandeComponent);
      const input = form.querySelector<HTMLInputElement>('input[name="nom"]')!;
      const select = form.querySelector<HTMLSelectElement>('select')!;
      await typeInto(input, 'Tremblay');
      expect(ref.instance.form.controls.nom.value).to.equal('Tremblay');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await stable();
      expect(ref.instance.form.controls.region.value).to.equal('03');

      ref.instance.form.setValue({ nom: 'Gagnon', region: '06' });
      await stable();
      expect(input.value).to.equal('Gagnon');
      expect(select.value).to.equal('06');
      expect(Object.fromEntries(new FormData(form))).to.deep.equal({ nom: 'Gagnon', region: '06' });
    });

    it('keeps the browser validation on (ngNativeValidate), so qc-ds shows the errors', async () => {
      const { form } = await mount(DemandeComponent);
      expect(form.noValidate, 'Angular adds novalidate unless ngNativeValidate is present').to.equal(false);
      expect(form.querySelector('input')!.labels![0]!.textContent, 'required shows in the label').to.equal('Nom *');
    });

    it('Angular validators and qc-ds errors agree; ngSubmit fires only once valid', async () => {
      const { ref, form } = await mount(DemandeComponent);
      const sent: Demande[] = [];
      ref.instance.envoyee.subscribe((demande) => sent.push(demande));
      const [nom, region] = [...form.querySelectorAll('qc-textfield, qc-select')] as [HTMLElement, HTMLElement];
      const input = form.querySelector<HTMLInputElement>('input[name="nom"]')!;

      // Invalid for Angular from the start, but no error shown on load.
      expect(ref.instance.form.invalid).to.equal(true);
      expect(input.classList.contains('ng-invalid')).to.equal(true);
      expect(errorOf(nom)).to.equal('');

      form.requestSubmit();
      await stable();
      expect(sent, 'ngSubmit blocked by the browser').to.deep.equal([]);
      expect(errorOf(nom)).to.equal('Le champ Nom est obligatoire.');
      expect(errorOf(region)).to.not.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await expect(form).to.be.accessible();

      await typeInto(input, 'Tremblay');
      expect(errorOf(nom)).to.equal('');
      expect(ref.instance.form.controls.nom.valid).to.equal(true);
      ref.instance.form.controls.region.setValue('06');
      await stable();
      form.requestSubmit();
      await stable();
      expect(sent).to.deep.equal([{ nom: 'Tremblay', region: '06' }]);
      expect(errorOf(region)).to.equal('');
    });

    it('a form reset restores the model and clears the errors', async () => {
      const { ref, form } = await mount(DemandeComponent);
      await typeInto(form.querySelector('input')!, 'Tremblay');
      form.requestSubmit();
      await stable();
      expect(errorOf(form.querySelector('qc-select')!)).to.not.equal('');
      form.reset();
      await aTimeout(10);
      await stable();
      expect(ref.instance.form.getRawValue()).to.deep.equal({ nom: '', region: '' });
      expect(form.querySelector('input')!.value).to.equal('');
      expect(form.querySelectorAll('[data-qc-part="error"]:not([hidden])')).to.have.length(0);
    });

    it('re-rendering the options (@for) keeps the selection, the label and the error wiring', async () => {
      const { ref, form } = await mount(DemandeComponent);
      const select = form.querySelector('select')!;
      const field = form.querySelector('qc-select')!;
      form.requestSubmit();
      await stable();
      const error = field.querySelector<HTMLElement>('[data-qc-part="error"]:not([hidden])')!;
      ref.instance.form.controls.region.setValue('06');
      ref.instance.regions.set([
        { code: '01', nom: 'Bas-Saint-Laurent' },
        { code: '06', nom: 'Montréal' },
        { code: '03', nom: 'Capitale-Nationale' },
      ]);
      await stable();
      expect([...select.options].map((o) => o.value)).to.deep.equal(['', '01', '06', '03']);
      expect(select.value).to.equal('06');
      expect(select.labels).to.have.length(1);
      expect(field.querySelectorAll('[data-qc-part="label"]')).to.have.length(1);
      expect(errorOf(field), 'fixed programmatically: the error goes').to.equal('');
      ref.instance.form.controls.region.setValue('');
      form.requestSubmit();
      await stable();
      expect(select.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    });
  });

  describe('template-driven form ([(ngModel)])', () => {
    it('binds the input and the select to signals both ways', async () => {
      const { ref, form } = await mount(AbonnementComponent);
      const input = form.querySelector<HTMLInputElement>('input[name="courriel"]')!;
      const select = form.querySelector<HTMLSelectElement>('select')!;
      expect(select.value, 'model → view at start').to.equal('semaine');
      await typeInto(input, 'lea@exemple.com');
      expect(ref.instance.courriel()).to.equal('lea@exemple.com');
      select.focus();
      await sendKeys({ press: 'ArrowUp' });
      await stable();
      expect(ref.instance.frequence()).to.equal('jour');
      ref.instance.courriel.set('marc@exemple.com');
      ref.instance.frequence.set('semaine');
      await stable();
      expect(input.value).to.equal('marc@exemple.com');
      expect(select.value).to.equal('semaine');
    });

    it('shows the browser’s email check as a qc-ds error, and submits once valid', async () => {
      const { ref, form } = await mount(AbonnementComponent);
      const sent: unknown[] = [];
      ref.instance.abonnement.subscribe((value) => sent.push(value));
      const input = form.querySelector<HTMLInputElement>('input[name="courriel"]')!;
      const field = form.querySelector('qc-textfield')!;
      await typeInto(input, 'lea@');
      input.blur();
      await stable();
      expect(errorOf(field)).to.equal('Entrez une adresse courriel valide, par exemple nom@exemple.com.');
      expect(input.classList.contains('ng-invalid')).to.equal(true);
      form.requestSubmit();
      await stable();
      expect(sent).to.deep.equal([]);
      await typeInto(input, 'exemple.com');
      expect(errorOf(field)).to.equal('');
      form.requestSubmit();
      await stable();
      expect(sent).to.deep.equal([{ courriel: 'lea@exemple.com', frequence: 'semaine' }]);
    });
  });
});
