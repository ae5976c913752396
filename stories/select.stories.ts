import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/select/qc-select.js';
import '../packages/components/src/button/qc-button.js';
import type { QcSelect } from '../packages/components/src/select/select.js';
import { form, submitOnLoad } from './support/story-form.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SelectArgs {
  label: string;
  description: string;
  name: string;
  placeholder: string;
  width: '' | 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  required: boolean;
  disabled: boolean;
  invalid: boolean;
  'invalid-text': string;
  'enable-search': boolean;
  multiple: boolean;
  'search-placeholder': string;
  'no-options-message': string;
}

/** The 17 administrative regions of Québec, with their official numbers. */
const regions: ReadonlyArray<readonly [string, string]> = [
  ['01', 'Bas-Saint-Laurent'],
  ['02', 'Saguenay–Lac-Saint-Jean'],
  ['03', 'Capitale-Nationale'],
  ['04', 'Mauricie'],
  ['05', 'Estrie'],
  ['06', 'Montréal'],
  ['07', 'Outaouais'],
  ['08', 'Abitibi-Témiscamingue'],
  ['09', 'Côte-Nord'],
  ['10', 'Nord-du-Québec'],
  ['11', 'Gaspésie–Îles-de-la-Madeleine'],
  ['12', 'Chaudière-Appalaches'],
  ['13', 'Laval'],
  ['14', 'Lanaudière'],
  ['15', 'Laurentides'],
  ['16', 'Montérégie'],
  ['17', 'Centre-du-Québec'],
];

function regionOptions(selected: readonly string[] = []): TemplateResult[] {
  return regions.map(
    ([value, label]) => html`<option value=${value} ?selected=${selected.includes(value)}>${label}</option>`,
  );
}

/** Renders a qc-select around a native select from the args; empty args leave the attribute out. */
function select(
  args: Partial<SelectArgs>,
  options: TemplateResult | TemplateResult[] = regionOptions(),
): TemplateResult {
  return html`<qc-select
    label=${ifDefined(args.label || undefined)}
    description=${ifDefined(args.description || undefined)}
    placeholder=${ifDefined(args.placeholder || undefined)}
    width=${ifDefined(args.width || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?invalid=${args.invalid}
    invalid-text=${ifDefined(args['invalid-text'] || undefined)}
    ?enable-search=${args['enable-search']}
    ?multiple=${args.multiple}
    search-placeholder=${ifDefined(args['search-placeholder'] || undefined)}
    no-options-message=${ifDefined(args['no-options-message'] || undefined)}
    ><select name=${args.name ?? 'region'}>
      ${options}
    </select></qc-select
  >`;
}

/** Opens the first enhanced list of the story (its popup is then audited too). */
async function openOnLoad({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const field = canvasElement.querySelector<QcSelect>('qc-select');
  if (!field) return;
  await field.updateComplete;
  field.expanded = true;
  await field.updateComplete;
}

/** Types `query` in the first search box of the story, as a user would. */
function searchOnLoad(query: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const field = canvasElement.querySelector<QcSelect>('qc-select');
    if (!field) return;
    await field.updateComplete;
    const box = field.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!box) return;
    box.focus();
    box.value = query;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  };
}

function english(body: TemplateResult): TemplateResult {
  return html`<div lang="en">${body}</div>`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-select');

const meta = {
  title: 'Formulaires/Liste déroulante (qc-select)',
  component: 'qc-select',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'La liste déroulante fait choisir une ou plusieurs options. Écrivez un `<select>` natif dans l’élément :',
          'il reste la source de vérité (données du formulaire, réinitialisation, remplissage automatique,',
          'liaisons des cadriciels). Sans `enable-search` ni `multiple`, c’est le `<select>` du navigateur, stylé :',
          'sa fenêtre, son clavier et les sélecteurs des mobiles sont conservés. Avec `enable-search` (une zone de',
          'recherche qui filtre les options, sans égard aux accents ni à la casse) ou `multiple` (plusieurs choix),',
          'une liste accessible (modèles combobox et listbox de l’APG WAI-ARIA) remplace visuellement le `<select>`,',
          'qui reste dans le formulaire. Chaque choix de la personne envoie un seul `input` et un seul `change`',
          'depuis le `<select>`. Une option `value=""` en tête est l’invite (« Faire une sélection »); `required`',
          'la refuse. Utilisez une liste déroulante pour 7 options ou plus; en deçà, préférez des boutons radio',
          '(`qc-choice-group`), visibles d’un coup d’œil.',
          '\n\n',
          'A dropdown list has the user pick one or several options. Write a native `<select>` inside the element:',
          'it stays the source of truth (form data, reset, autofill, framework bindings). Without `enable-search`',
          'or `multiple`, it is the browser’s own `<select>`, styled: its popup, keyboard and mobile pickers are',
          'kept. With `enable-search` (a search box that filters the options, ignoring accents and case) or',
          '`multiple` (several choices), an accessible list (WAI-ARIA APG combobox and listbox patterns) stands in',
          'for the `<select>`, which stays in the form. Each choice the user makes sends one `input` and one',
          '`change` from the `<select>`. An empty-value first option is the prompt ("Select an option");',
          '`required` rejects it. Use a dropdown for 7 options or more; below that, prefer radio buttons',
          '(`qc-choice-group`), visible at a glance.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    label: 'Région administrative',
    description: '',
    name: 'region',
    placeholder: '',
    width: '',
    required: false,
    disabled: false,
    invalid: false,
    'invalid-text': '',
    'enable-search': false,
    multiple: false,
    'search-placeholder': '',
    'no-options-message': '',
  },
  argTypes: controls.argTypes,
  render: (args) => select(args),
} satisfies Meta<SelectArgs>;

export default meta;
type Story = StoryObj<SelectArgs>;

// --- French ---------------------------------------------------------------------------------

/** La liste native, stylée : la première option est choisie d’office. */
export const Defaut: Story = { name: 'Défaut' };

/** `placeholder` ajoute une invite en tête (option vide, choisie au chargement et après « Effacer »). */
export const AvecInvite: Story = {
  name: 'Avec invite (placeholder)',
  args: { placeholder: 'Choisir une région', description: 'La région où se trouve votre résidence principale.' },
  render: (args) => form(select(args)),
};

/** Obligatoire : l’invite ne compte pas comme réponse; l’erreur s’affiche à la tentative d’envoi. */
export const ErreurALaSoumission: Story = {
  name: 'Obligatoire — erreur à la soumission',
  render: () =>
    form(html`
      ${select({ label: 'Région administrative', name: 'region', placeholder: 'Choisir une région', required: true })}
      ${select({ label: 'Régions desservies', name: 'regions', multiple: true, required: true })}
    `),
  play: submitOnLoad,
};

/** Une erreur rendue par le serveur (`invalid` + `invalid-text`) s’affiche au chargement. */
export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  args: {
    placeholder: 'Choisir une région',
    invalid: true,
    'invalid-text': 'Ce service n’est pas offert dans la région choisie.',
  },
};

/** Désactivée, en mode natif et en mode amélioré. */
export const Desactivee: Story = {
  name: 'Désactivée',
  render: () => html`
    ${select({ label: 'Région administrative', disabled: true }, regionOptions(['06']))}
    ${select({ label: 'Régions desservies', name: 'regions', multiple: true, disabled: true }, regionOptions(['06', '13']))}
  `,
};

/** Les largeurs `xs` à `xl` suivent celles des champs texte. */
export const Largeurs: Story = {
  render: () => html`
    ${select(
      { label: 'Très petite (xs) — province', name: 'xs', width: 'xs' },
      html`<option>QC</option>
        <option>ON</option>`,
    )}
    ${select(
      { label: 'Petite (sm) — titre', name: 'sm', width: 'sm' },
      html`<option>Madame</option>
        <option>Monsieur</option>
        <option>Mx</option>`,
    )}
    ${select({ label: 'Moyenne (md, par défaut)', name: 'md', width: 'md' })}
    ${select({ label: 'Grande (lg)', name: 'lg', width: 'lg', multiple: true }, regionOptions(['01', '02']))}
    ${select({ label: 'Très grande (xl)', name: 'xl', width: 'xl', 'enable-search': true })}
  `,
};

/** Les `<optgroup>` regroupent les options; un groupe désactivé désactive ses options. */
export const GroupesDOptions: Story = {
  name: 'Groupes d’options',
  render: () => {
    const groups = html`<option value="">Choisir un bureau</option>
      <optgroup label="Capitale-Nationale">
        <option value="qc-centre">Québec — centre-ville</option>
        <option value="qc-charlesbourg">Québec — Charlesbourg</option>
      </optgroup>
      <optgroup label="Montréal">
        <option value="mtl-centre">Montréal — centre-ville</option>
        <option value="mtl-anjou" disabled>Montréal — Anjou (fermé)</option>
      </optgroup>
      <optgroup label="Outaouais (bientôt)" disabled>
        <option value="gatineau">Gatineau</option>
      </optgroup>`;
    return html`${select({ label: 'Bureau (liste native)', name: 'bureau' }, groups)}
    ${select({ label: 'Bureau (avec recherche)', name: 'bureau2', 'enable-search': true }, groups)}`;
  },
};

/** `enable-search` : la personne tape pour filtrer les 17 régions (« que » trouve « Nord-du-Québec »). */
export const Recherche: Story = {
  name: 'Recherche',
  args: { 'enable-search': true, placeholder: 'Choisir une région', description: 'Tapez une partie du nom.' },
  render: (args) => form(select(args)),
};

/** La liste filtrée pendant la recherche, ouverte : le nombre de résultats est annoncé. */
export const RechercheOuverte: Story = {
  name: 'Recherche — liste filtrée',
  args: { 'enable-search': true },
  play: searchOnLoad('que'),
};

/** Aucun résultat : « Aucun élément », ou le texte de `no-options-message`. */
export const RechercheSansResultat: Story = {
  name: 'Recherche — aucun résultat',
  args: { 'enable-search': true, 'no-options-message': 'Aucune région ne correspond à votre recherche' },
  play: searchOnLoad('xyz'),
};

/**
 * `multiple` : plusieurs choix. Le texte nomme les options choisies et passe à la ligne au besoin,
 * jamais coupé; à partir de 3, le nombre les précède : « 3 options sélectionnées : … ».
 */
export const Multiple: Story = {
  name: 'Choix multiples',
  render: () =>
    form(html`
      ${select({ label: 'Régions desservies', name: 'regions', multiple: true }, regionOptions(['03', '06']))}
      ${select({ label: 'Régions visitées', name: 'visitees', multiple: true }, regionOptions(['01', '05', '13']))}
      ${select({ label: 'Régions de l’Est', name: 'est', multiple: true }, regionOptions(['02', '09', '11']))}
    `),
};

/** La liste multiple ouverte : des cases montrent les options choisies. */
export const MultipleOuverte: Story = {
  name: 'Choix multiples — liste ouverte',
  args: { multiple: true, name: 'regions', label: 'Régions desservies' },
  render: (args) => select(args, regionOptions(['03', '06'])),
  play: openOnLoad,
};

/**
 * Choix multiples avec recherche : la boîte sert à chercher (taper lance toujours une nouvelle
 * recherche); la sélection est dite sur sa propre ligne, sous la boîte.
 */
export const MultipleAvecRecherche: Story = {
  name: 'Choix multiples avec recherche',
  args: { multiple: true, 'enable-search': true, name: 'regions', label: 'Régions desservies' },
  render: (args) => form(select(args, regionOptions(['02', '10', '11']))),
};

/** Sans `<select>` : l’élément le crée à partir de `name`, et y déplace les options écrites (HTML statique). */
export const SansSelect: Story = {
  name: 'Sans <select> (API concise)',
  render: () =>
    form(
      html`<qc-select label="Langue de correspondance" name="langue" placeholder="Choisir une langue">
        <option value="fr">Français</option>
        <option value="en">Anglais</option>
      </qc-select>`,
    ),
};

/** Une `<label>` écrite par l’auteur est reprise, jamais doublée (ici, en mode amélioré). */
export const EtiquetteDeLAuteur: Story = {
  name: 'Étiquette écrite par l’auteur',
  render: () =>
    html`<qc-select multiple>
      <label for="langues-parlees">Langues parlées à la maison</label>
      <select id="langues-parlees" name="langues">
        <option value="fr">Français</option>
        <option value="en">Anglais</option>
        <option value="iu">Inuktitut</option>
        <option value="cr">Cri</option>
        <option value="es">Espagnol</option>
        <option value="ar">Arabe</option>
        <option value="autre">Autre</option>
      </select>
    </qc-select>`,
};

// --- English ---------------------------------------------------------------------------------

/** The native list, with a prompt and a hint. */
export const EnglishDefault: Story = {
  name: 'English — Prompt and hint',
  render: () =>
    english(
      form(
        select({
          label: 'Administrative region',
          placeholder: 'Choose a region',
          description: 'The region of your main residence.',
        }),
        'en',
      ),
    ),
};

/** Required fields, submitted empty: the messages are in English. */
export const EnglishRequired: Story = {
  name: 'English — Required, error on submit',
  render: () =>
    english(
      form(
        html`${select({ label: 'Administrative region', placeholder: 'Choose a region', required: true })}
        ${select({ label: 'Regions served', name: 'regions', multiple: true, required: true })}`,
        'en',
      ),
    ),
  play: submitOnLoad,
};

/** A server-rendered error. */
export const EnglishServerError: Story = {
  name: 'English — Server error',
  render: () =>
    english(
      select({
        label: 'Administrative region',
        placeholder: 'Choose a region',
        invalid: true,
        'invalid-text': 'This service is not offered in the region you chose.',
      }),
    ),
};

/** Search: "Search…" and "No item" are the built-in English texts. */
export const EnglishSearch: Story = {
  name: 'English — Search',
  render: () => english(select({ label: 'Administrative region', 'enable-search': true })),
  play: searchOnLoad('mont'),
};

/**
 * Multiple choices, closed: the labels wrap, never cut; from three on the count comes first
 * ("3 selected options: …"). With search, the selection has its own line under the search box.
 */
export const EnglishMultipleClosed: Story = {
  name: 'English — Multiple choices, closed',
  render: () =>
    english(
      form(
        html`${select({ label: 'Regions served', name: 'regions', multiple: true }, regionOptions(['02', '11']))}
        ${select({ label: 'Regions visited', name: 'visited', multiple: true }, regionOptions(['02', '09', '11']))}
        ${select(
          { label: 'Eastern regions', name: 'east', multiple: true, 'enable-search': true },
          regionOptions(['09', '11']),
        )}`,
        'en',
      ),
    ),
};

/** Multiple choices: the open list. */
export const EnglishMultiple: Story = {
  name: 'English — Multiple choices, open',
  render: () =>
    english(select({ label: 'Regions served', name: 'regions', multiple: true }, regionOptions(['01', '05', '13']))),
  play: openOnLoad,
};
