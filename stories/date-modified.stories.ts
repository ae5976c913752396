import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/date-modified/qc-date-modified.js';
import { type DateModifiedType } from '../packages/components/src/date-modified/date-modified.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface DateModifiedArgs {
  datetime: string;
  type: DateModifiedType;
  label: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function dateModified(args: DateModifiedArgs, body: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<qc-date-modified
    datetime=${ifDefined(args.datetime || undefined)}
    type=${args.type}
    label=${ifDefined(args.label || undefined)}
    >${body}</qc-date-modified
  >`;
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-date-modified');

const meta = {
  title: 'Composants/Date de mise à jour (qc-date-modified)',
  component: 'qc-date-modified',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          '« Date de mise à jour : » et la date (`datetime` ISO 8601) écrite dans la langue de l’élément, dans une liste',
          'de définitions `<dl>` du DOM léger; ou « Version » et le texte de l’élément (`type="version"`). Un `<time>`',
          'écrit par l’auteur est adopté. À placer à la fin de `main`, après l’évaluation de page.',
          '\n\n',
          '"Date modified:" and the date (`datetime`, ISO 8601) written in the element’s language, in a light-DOM',
          '`<dl>`; or "Version" and the element’s text (`type="version"`). An author-written `<time>` is adopted.',
          'Place it at the end of `main`, after the page feedback.',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, datetime: '2026-11-30', type: 'date', label: '' },
  argTypes: controls.argTypes,
  render: (args) => dateModified(args),
} satisfies Meta<DateModifiedArgs>;

export default meta;
type Story = StoryObj<DateModifiedArgs>;

/** Une date seule (`2026-11-30`) : « 30 novembre 2026 ». */
export const ParDefaut: Story = { name: 'Par défaut' };

/** Une date et une heure ISO complètes : le jour dans le fuseau horaire de la personne. */
export const DateEtHeure: Story = { name: 'Date et heure ISO', args: { datetime: '2026-11-30T14:05:00-05:00' } };

/** Un `<time>` écrit par l’auteur (lisible sans JavaScript) est adopté, puis écrit dans la langue de l’élément. */
export const TimeDeLAuteur: Story = {
  name: '<time> écrit par l’auteur',
  args: { datetime: '' },
  render: (args) => dateModified(args, html`<time datetime="2026-11-30">30 novembre 2026</time>`),
};

/** `type="version"` : « Version » et le texte de l’élément. */
export const Version: Story = {
  name: 'Version',
  args: { type: 'version', datetime: '' },
  render: (args) => dateModified(args, html`2.4.1`),
};

/** Une valeur qui n’est pas une date s’affiche telle quelle (un avertissement dans la console). */
export const DateInvalide: Story = { name: 'Date invalide', args: { datetime: '30/11/2026' } };

/** English: "November 30, 2026". */
export const English: Story = {
  name: 'English — Date modified',
  render: (args) => html`<div lang="en">${dateModified(args)}</div>`,
};

/** English, a version. */
export const EnglishVersion: Story = {
  name: 'English — Version',
  args: { type: 'version', datetime: '' },
  render: (args) => html`<div lang="en">${dateModified(args, html`2.4.1`)}</div>`,
};
