import type { ChangeEvent, FormEvent } from 'react';
import '@qc-ds/components/qc-textfield.js';
import '@qc-ds/components/qc-select.js';
import '@qc-ds/components/qc-button.js';

export interface Demande {
  nom: string;
  courriel: string;
  region: string;
}

export interface Region {
  code: string;
  nom: string;
}

export const demandeVide: Demande = { nom: '', courriel: '', region: '' };

interface DemandeFormProps {
  demande: Demande;
  regions: Region[];
  onChange(demande: Demande): void;
  onEnvoyer(demande: Demande): void;
}

/**
 * A controlled React form: the state lives in the parent, each native control is bound with
 * `value` and `onChange`, as on plain HTML. qc-ds adds the labels, hints and error messages around
 * the controls, and the browser validates them before `onSubmit` is called.
 */
export function DemandeForm({ demande, regions, onChange, onEnvoyer }: DemandeFormProps) {
  const champ =
    (cle: keyof Demande) =>
    (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>): void =>
      onChange({ ...demande, [cle]: event.target.value });

  function envoyer(event: FormEvent<HTMLFormElement>): void {
    // Only called once every field is valid: qc-ds shows the errors otherwise.
    event.preventDefault();
    onEnvoyer(demande);
  }

  return (
    <form onSubmit={envoyer}>
      <qc-textfield label="Nom" required>
        <input name="nom" autoComplete="family-name" value={demande.nom} onChange={champ('nom')} />
      </qc-textfield>

      <qc-textfield label="Courriel" description="Nous vous écrirons à cette adresse.">
        <input
          name="courriel"
          type="email"
          autoComplete="email"
          value={demande.courriel}
          onChange={champ('courriel')}
        />
      </qc-textfield>

      <qc-select label="Région" required>
        <select name="region" value={demande.region} onChange={champ('region')}>
          <option value="">Choisissez une région</option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.nom}
            </option>
          ))}
        </select>
      </qc-select>

      <qc-button type="submit">Envoyer</qc-button>
    </form>
  );
}
