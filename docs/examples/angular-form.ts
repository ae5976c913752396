import { Component, CUSTOM_ELEMENTS_SCHEMA, EventEmitter, Output, signal } from '@angular/core';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule } from '@angular/forms';
import '@qc-ds/components/qc-textfield.js';
import '@qc-ds/components/qc-select.js';
import '@qc-ds/components/qc-button.js';

export interface Region {
  code: string;
  nom: string;
}

export interface Demande {
  nom: string;
  region: string;
}

/**
 * Reactive form: `formControlName` binds the native controls inside the qc-ds fields.
 * `ngNativeValidate` keeps the browser's validation, which Angular turns off by default
 * (`novalidate`): qc-ds shows its errors, the error summary lists them, and `ngSubmit` only fires
 * once the form is valid. Constraints are written on the controls (`required`, `type="email"`,
 * `pattern`, `minlength`…): the browser checks them, qc-ds words the message, and Angular's
 * validator directives read the same attributes, so `form.valid` agrees.
 */
@Component({
  selector: 'app-demande',
  imports: [ReactiveFormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form [formGroup]="form" (ngSubmit)="envoyer()" ngNativeValidate>
      <qc-textfield label="Nom">
        <input formControlName="nom" name="nom" autocomplete="family-name" required />
      </qc-textfield>

      <qc-select label="Région">
        <select formControlName="region" name="region" required>
          <option value="">Choisissez une région</option>
          @for (region of regions(); track region.code) {
            <option [value]="region.code">{{ region.nom }}</option>
          }
        </select>
      </qc-select>

      <qc-button type="submit">Envoyer</qc-button>
    </form>
  `,
})
export class DemandeComponent {
  @Output() readonly envoyee = new EventEmitter<Demande>();

  readonly regions = signal<Region[]>([
    { code: '03', nom: 'Capitale-Nationale' },
    { code: '06', nom: 'Montréal' },
  ]);

  readonly form = new FormGroup({
    nom: new FormControl('', { nonNullable: true }),
    region: new FormControl('', { nonNullable: true }),
  });

  envoyer(): void {
    this.envoyee.emit(this.form.getRawValue());
  }
}

/** Template-driven form: `[(ngModel)]` on the native controls, here bound to signals. */
@Component({
  selector: 'app-abonnement',
  imports: [FormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form (ngSubmit)="abonner()" ngNativeValidate>
      <qc-textfield label="Courriel" description="Nous vous écrirons à cette adresse.">
        <input type="email" name="courriel" autocomplete="email" [(ngModel)]="courriel" required email />
      </qc-textfield>

      <qc-select label="Fréquence des avis">
        <select name="frequence" [(ngModel)]="frequence">
          <option value="jour">Chaque jour</option>
          <option value="semaine">Chaque semaine</option>
        </select>
      </qc-select>

      <qc-button type="submit">M’abonner</qc-button>
    </form>
  `,
})
export class AbonnementComponent {
  @Output() readonly abonnement = new EventEmitter<{ courriel: string; frequence: string }>();

  readonly courriel = signal('');
  readonly frequence = signal('semaine');

  abonner(): void {
    this.abonnement.emit({ courriel: this.courriel(), frequence: this.frequence() });
  }
}
