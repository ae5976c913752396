import { Component, ElementRef, computed, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { provinces, texts, today, type Lang, type Received } from '../../../shared/demande';
import { QcButtonDirective } from './qc-ds/qc-button.directive';
import { QcCheckboxDirective } from './qc-ds/qc-checkbox.directive';
import { QcChoiceGroupDirective } from './qc-ds/qc-choice-group.directive';
import { QcDateFieldDirective } from './qc-ds/qc-date-field.directive';
import { QcErrorSummaryDirective } from './qc-ds/qc-error-summary.directive';
import { QcFieldsetDirective } from './qc-ds/qc-fieldset.directive';
import { QcFileUploadDirective } from './qc-ds/qc-file-upload.directive';
import { QcNoticeDirective } from './qc-ds/qc-notice.directive';
import { QcSelectDirective } from './qc-ds/qc-select.directive';
import { QcTextfieldDirective } from './qc-ds/qc-textfield.directive';
import { QcToggleSwitchDirective } from './qc-ds/qc-toggle-switch.directive';
import { QcToggleSwitchGroupDirective } from './qc-ds/qc-toggle-switch-group.directive';

const text = (...validators: ValidatorFn[]) => new FormControl('', { nonNullable: true, validators });
const flag = () => new FormControl(false, { nonNullable: true });

/**
 * The application form, with Angular Reactive Forms. `formControlName` goes on the native controls
 * inside the qc-ds elements (they are the author's, in the light DOM), so Angular's own value
 * accessors bind them: no ControlValueAccessor for qc-ds. The date is the one exception: three
 * inputs make one value, which `<qc-date-field>` holds (`value`, an `input` event from the host),
 * so Angular's DefaultValueAccessor binds the element itself (`ngDefaultControl`).
 *
 * `ngNativeValidate` keeps the browser's validation (Angular adds `novalidate` otherwise): qc-ds
 * shows the errors and the summary, and `ngSubmit` fires only once every field is valid. The model
 * declares the same rules (`Validators`), so `form.valid` agrees with what the citizen sees.
 */
@Component({
  selector: 'app-demande-form',
  imports: [
    ReactiveFormsModule,
    QcButtonDirective,
    QcCheckboxDirective,
    QcChoiceGroupDirective,
    QcDateFieldDirective,
    QcErrorSummaryDirective,
    QcFieldsetDirective,
    QcFileUploadDirective,
    QcNoticeDirective,
    QcSelectDirective,
    QcTextfieldDirective,
    QcToggleSwitchDirective,
    QcToggleSwitchGroupDirective,
  ],
  templateUrl: './demande-form.html',
})
export class DemandeForm {
  readonly lang = input<Lang>('fr');
  protected readonly t = computed(() => texts[this.lang()]);
  protected readonly provinces = computed(() => provinces[this.lang()]);
  protected readonly maxBirthDate = today();
  protected readonly maxSize = '5 Mo';

  /** What Angular received at the last submit, as the confirmation lists it. */
  protected readonly received = signal<Received | null>(null);

  readonly form = new FormGroup({
    prenom: text(Validators.required),
    nom: text(Validators.required),
    courriel: text(Validators.required, Validators.email),
    naissance: text(Validators.required),
    ville: text(Validators.required),
    province: text(Validators.required),
    'type-permis': text(Validators.required),
    options: new FormGroup({ saumon: flag(), blanche: flag() }),
    'avis-courriel': flag(),
    'avis-texto': flag(),
    attestation: new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue }),
  });

  private readonly piece = viewChild.required<ElementRef<HTMLInputElement>>('piece');
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly confirmation = viewChild.required<ElementRef<HTMLElement>>('confirmation');

  /** Called by Angular once the browser found every field valid. */
  protected envoyer(): void {
    this.received.set(this.toReceived());
    // The form starts over (Angular resets its model on the native reset); the confirmation is read first.
    this.formElement().nativeElement.reset();
    requestAnimationFrame(() => this.confirmation().nativeElement.focus());
  }

  /**
   * Angular's model as the form would post it (the same lines as the React and Vue apps): a switch
   * or a checkbox only when checked, several options joined by « , », the file by its name (Angular
   * has no value accessor for files: the input's `files` is read here).
   */
  private toReceived(): Received {
    const value = this.form.getRawValue();
    const options = Object.entries(value.options)
      .filter(([, checked]) => checked)
      .map(([name]) => name);
    const files = [...(this.piece().nativeElement.files ?? [])].map((file) => file.name);
    const lines: Array<readonly [string, string] | false> = [
      ['prenom', value.prenom],
      ['nom', value.nom],
      ['courriel', value.courriel],
      ['naissance', value.naissance],
      ['ville', value.ville],
      ['province', value.province],
      ['type-permis', value['type-permis']],
      options.length > 0 && ['options', options.join(', ')],
      ['piece-identite', files.join(', ')],
      value['avis-courriel'] && ['avis-courriel', 'oui'],
      value['avis-texto'] && ['avis-texto', 'oui'],
      value.attestation && ['attestation', 'oui'],
    ];
    return lines.filter((line) => line !== false);
  }
}
