import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/file-upload/qc-file-upload.js';
import '../packages/components/src/button/qc-button.js';
import { clearSubmission } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface FileUploadArgs {
  label: string;
  description: string;
  name: string;
  accept: string;
  'max-size': string;
  'max-files': number | undefined;
  multiple: boolean;
  required: boolean;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
}

/** Renders a file upload from the args (terse API); empty args leave the attribute out, as an author would. */
function fileUpload(args: Partial<FileUploadArgs>): TemplateResult {
  return html`<qc-file-upload
    label=${ifDefined(args.label || undefined)}
    description=${ifDefined(args.description || undefined)}
    name=${ifDefined(args.name || undefined)}
    accept=${ifDefined(args.accept || undefined)}
    max-size=${ifDefined(args['max-size'] || undefined)}
    max-files=${ifDefined(args['max-files'] || undefined)}
    ?multiple=${args.multiple}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
  ></qc-file-upload>`;
}

/** Shows what the form would send (file names and sizes), instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form).entries()].map(
    ([key, value]) => `${key}=${typeof value === 'string' ? value : `${value.name} (${value.size})`}`,
  );
  const output = form.querySelector('output');
  if (output) output.value = `${form.dataset['sent'] ?? ''} ${entries.join(', ')}`;
}

/** A form around `fields` with a submit and a reset button, showing what it sends. */
function form(fields: TemplateResult, lang: 'fr' | 'en' = 'fr'): TemplateResult {
  const fr = lang === 'fr';
  return html`<form
    data-sent=${fr ? 'Données envoyées :' : 'Data sent:'}
    @submit=${showSubmission}
    @reset=${clearSubmission}
  >
    ${fields}
    <div class="qc-button-group">
      <qc-button type="submit">${fr ? 'Envoyer' : 'Send'}</qc-button>
      <qc-button type="reset" variant="secondary">${fr ? 'Effacer' : 'Clear'}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

const MB = 1000 * 1000;

/** A file of `size` bytes (the browser cannot pre-fill a file input: the stories drop files instead). */
function sample(name: string, size: number, type: string): File {
  return new File([new Uint8Array(size)], name, { type, lastModified: Date.UTC(2025, 2, 3) });
}

/** Drops `files` on every file upload of the story, as a user dragging them from the desktop. */
function dropFiles(files: () => File[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    await customElements.whenDefined('qc-file-upload');
    for (const field of canvasElement.querySelectorAll('qc-file-upload')) {
      await field.updateComplete;
      const zone = field.querySelector('[data-qc-part="dropzone"]');
      const transfer = new DataTransfer();
      for (const file of files()) transfer.items.add(file);
      zone?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  };
}

/** Tries to submit the story's form, as a user pressing « Envoyer »: the errors appear. */
async function submitOnLoad({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await customElements.whenDefined('qc-file-upload');
  await Promise.all([...canvasElement.querySelectorAll('qc-file-upload')].map((field) => field.updateComplete));
  canvasElement.querySelector('form')?.requestSubmit();
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-file-upload');

const meta = {
  title: 'Formulaires/Téléversement de fichiers (qc-file-upload)',
  component: 'qc-file-upload',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Le téléversement de fichiers améliore un `<input type="file">` natif : une zone de dépôt (glisser-déposer),',
          'la liste des fichiers choisis avec leur taille et un bouton « Retirer » pour chacun. Écrivez le champ dans',
          'l’élément, ou laissez l’élément le créer à partir de `name`, `accept`, `multiple` et `required`. Sans',
          'JavaScript, le champ natif fonctionne tel quel. Les fichiers restent dans `input.files` : le formulaire',
          'envoie exactement les fichiers listés. Avec `multiple`, chaque choix s’ajoute à la liste (un fichier déjà',
          'présent n’est pas répété); sans `multiple`, un nouveau choix remplace le fichier. Au clavier et avec un',
          'lecteur d’écran, on utilise le champ natif lui-même, affiché comme le bouton « Choisir des fichiers »;',
          'après un retrait, le focus passe au bouton « Retirer » suivant, ou revient au champ. Les ajouts et retraits',
          'sont annoncés poliment. Le type (`accept` : `.pdf`, `application/pdf`, `image/*`), la taille (`max-size` :',
          '`5MB`, `500kB`, `5 Mo` ou un nombre d’octets; unités décimales, `MiB` binaire) et le nombre (`max-files`)',
          'sont vérifiés, aussi après un dépôt qui contourne le filtre du sélecteur. Décrivez ces limites dans',
          '`description`, et vérifiez-les aussi sur le serveur : la vérification du navigateur n’est qu’une aide.',
          'Un navigateur ne peut pas préremplir un champ de fichier : une liste de fichiers déjà reçus doit être',
          'affichée par la page elle-même; les histoires ci-dessous déposent des fichiers d’exemple.',
          '\n\n',
          'The file upload enhances a native `<input type="file">`: a drop zone (drag and drop), the list of chosen',
          'files with their size and a « Remove » button for each. Write the input inside the element, or let the',
          'element create it from `name`, `accept`, `multiple` and `required`. Without JavaScript the native input',
          'works as is. The files stay in `input.files`: the form sends exactly the listed files. With `multiple`,',
          'each choice adds to the list (a file already there is not repeated); without it, a new choice replaces',
          'the file. Keyboard and screen-reader users use the native input itself, shown as the « Choose files »',
          'button; after a removal, focus moves to the next « Remove » button, or back to the input. Additions and',
          'removals are announced politely. The type (`accept`: `.pdf`, `application/pdf`, `image/*`), the size',
          '(`max-size`: `5MB`, `500kB`, `5 Mo` or a number of bytes; decimal units, `MiB` binary) and the count',
          '(`max-files`) are checked, also after a drop, which bypasses the picker’s filter. Describe these limits in',
          '`description`, and check them on the server too: the browser’s check is only a help. A browser cannot',
          'pre-fill a file input: a list of files already received must be shown by the page itself; the stories',
          'below drop sample files.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Pièce justificative',
    description: 'Format PDF ou JPG, 5 Mo au plus.',
    name: 'piece',
    accept: '.pdf,.jpg,.jpeg',
    'max-size': '5MB',
    'max-files': undefined,
    multiple: false,
    required: false,
    disabled: false,
    invalid: false,
    'invalid-text': '',
  },
  argTypes: controls.argTypes,
  render: (args) => form(fileUpload(args)),
} satisfies Meta<FileUploadArgs>;

export default meta;
type Story = StoryObj<FileUploadArgs>;

const frLimits: Partial<FileUploadArgs> = {
  label: 'Pièces justificatives',
  description: 'Jusqu’à 3 fichiers PDF ou JPG, de 5 Mo chacun au plus.',
  name: 'pieces',
  accept: '.pdf,.jpg,.jpeg',
  'max-size': '5MB',
  'max-files': 3,
  multiple: true,
};

const enLimits: Partial<FileUploadArgs> = {
  ...frLimits,
  label: 'Supporting documents',
  description: 'Up to 3 PDF or JPG files, 5 MB each at most.',
  name: 'documents',
};

// --- French ---------------------------------------------------------------------------------

/** Un seul fichier : un nouveau choix remplace le précédent. */
export const Defaut: Story = { name: 'Un seul fichier' };

/** Plusieurs fichiers, avec limites : PDF ou JPG, 5 Mo chacun, 3 fichiers au plus. Chaque choix s’ajoute à la liste. */
export const PlusieursAvecLimites: Story = {
  name: 'Plusieurs fichiers avec limites',
  args: frLimits,
};

/**
 * Fichiers choisis : l’histoire dépose deux fichiers d’exemple (un navigateur ne peut pas préremplir un champ
 * de fichier). Chaque fichier a sa taille et un bouton « Retirer ».
 */
export const FichiersChoisis: Story = {
  name: 'Fichiers choisis',
  args: frLimits,
  play: dropFiles(() => [
    sample('releve-de-paie-mars.pdf', 1.2 * MB, 'application/pdf'),
    sample('permis-de-conduire.jpg', 480_000, 'image/jpeg'),
  ]),
};

/**
 * Fichiers refusés : l’histoire dépose une image PNG et un PDF trop volumineux. Le message nomme le premier
 * fichier en cause; chaque fichier refusé est marqué dans la liste. Retirez-les : l’erreur disparaît.
 */
export const FichiersRefuses: Story = {
  name: 'Fichiers refusés (type, taille)',
  args: frLimits,
  play: dropFiles(() => [
    sample('photo-du-recu.png', 950_000, 'image/png'),
    sample('declaration-complete.pdf', 7.4 * MB, 'application/pdf'),
  ]),
};

/** Trop de fichiers : quatre fichiers pour une limite de trois. */
export const TropDeFichiers: Story = {
  name: 'Trop de fichiers',
  args: frLimits,
  play: dropFiles(() => ['avis-1.pdf', 'avis-2.pdf', 'avis-3.pdf', 'avis-4.pdf'].map((n) => sample(n, 90_000, ''))),
};

/** Erreur à la soumission : le champ est obligatoire; l’envoi est bloqué et le focus va au champ. */
export const ErreurALaSoumission: Story = {
  name: 'Erreur à la soumission',
  args: { required: true },
  play: submitOnLoad,
};

/** Erreur du serveur : `invalid` et `invalid-text` dans le HTML reçu, affichée dès le chargement. */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  args: {
    invalid: true,
    'invalid-text': 'Le fichier reçu est illisible. Numérisez le document de nouveau, puis joignez-le.',
  },
};

/** Désactivé : ni zone de dépôt, ni choix, ni envoi. */
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

/**
 * Champ et étiquette écrits par l’auteur : sans JavaScript, c’est un champ de fichier natif qui fonctionne;
 * une fois l’élément défini, il est amélioré sans être dupliqué.
 */
export const ChampDeLAuteur: Story = {
  name: 'Champ écrit par l’auteur',
  render: () =>
    form(
      html`<qc-file-upload description="Format PDF, 10 Mo au plus." max-size="10MB">
        <label for="histoire-fr-cv">Curriculum vitæ</label>
        <input type="file" id="histoire-fr-cv" name="cv" accept=".pdf,application/pdf" required />
      </qc-file-upload>`,
    ),
};

// --- English ---------------------------------------------------------------------------------

/** One file, in English: a new choice replaces the previous one. */
export const EnglishDefault: Story = {
  name: 'English — One file',
  render: () =>
    english(
      form(
        fileUpload({
          label: 'Supporting document',
          description: 'PDF or JPG, 5 MB at most.',
          name: 'document',
          accept: '.pdf,.jpg,.jpeg',
          'max-size': '5MB',
        }),
        'en',
      ),
    ),
};

/** Several files with limits, in English: PDF or JPG, 5 MB each, 3 files at most. */
export const EnglishMultipleWithLimits: Story = {
  name: 'English — Multiple files with limits',
  render: () => english(form(fileUpload(enLimits), 'en')),
};

/** Chosen files, in English (dropped by the story: a browser cannot pre-fill a file input). */
export const EnglishChosenFiles: Story = {
  name: 'English — Chosen files',
  render: () => english(form(fileUpload(enLimits), 'en')),
  play: dropFiles(() => [
    sample('pay-slip-march.pdf', 1.2 * MB, 'application/pdf'),
    sample('drivers-licence.jpg', 480_000, 'image/jpeg'),
  ]),
};

/** Rejected files, in English: a PNG image and a PDF that is too large. */
export const EnglishRejectedFiles: Story = {
  name: 'English — Rejected files (type, size)',
  render: () => english(form(fileUpload(enLimits), 'en')),
  play: dropFiles(() => [
    sample('receipt-photo.png', 950_000, 'image/png'),
    sample('full-return.pdf', 7.4 * MB, 'application/pdf'),
  ]),
};

/** A submit attempt with a required field, in English. */
export const EnglishErrorOnSubmit: Story = {
  name: 'English — Error on submit',
  render: () =>
    english(form(fileUpload({ label: 'Proof of address', name: 'proof', accept: '.pdf', required: true }), 'en')),
  play: submitOnLoad,
};

/** A server error in English, shown at load. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      form(
        fileUpload({
          label: 'Proof of address',
          name: 'proof',
          accept: '.pdf',
          invalid: true,
          'invalid-text': 'The file we received cannot be read. Scan the document again, then attach it.',
        }),
        'en',
      ),
    ),
};

/** Disabled, in English. */
export const EnglishDisabled: Story = {
  name: 'English — Disabled',
  render: () =>
    english(form(fileUpload({ label: 'Proof of address', name: 'proof', accept: '.pdf', disabled: true }), 'en')),
};
