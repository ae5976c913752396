import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/alert/qc-alert.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface AlertArgs {
  type: 'general' | 'warning';
  maskable: boolean;
  'full-width': boolean;
  content: string;
  'persist-hidden': boolean;
  'persistence-key': string;
  persist: 'session' | 'local';
  version: string;
}

/** Renders an alert from the args; empty args leave the attribute out, as an author would. */
function alert(args: AlertArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-alert
    type=${args.type}
    maskable=${args.maskable ? 'true' : 'false'}
    full-width=${args['full-width'] ? 'true' : 'false'}
    content=${ifDefined(args.content || undefined)}
    ?persist-hidden=${args['persist-hidden']}
    persistence-key=${ifDefined(args['persistence-key'] || undefined)}
    persist=${ifDefined(args['persist-hidden'] ? args.persist : undefined)}
    version=${ifDefined(args.version || undefined)}
    >${body ?? ''}</qc-alert
  >`;
}

const english = (body: TemplateResult) => html`<div lang="en">${body}</div>`;

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-alert');

const meta = {
  title: 'Composants/Alerte (qc-alert)',
  component: 'qc-alert',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Un bandeau d’alerte pour tout le site : information importante (bleu) ou d’importance élevée (jaune).',
          'C’est une région nommée par son type, pas une zone active : il n’est pas lu tout seul au chargement de la',
          'page (seule une alerte insérée après le chargement est annoncée, une fois). Avec `maskable`, un bouton',
          '« Fermer l’alerte » le masque; avec `persist-hidden`, le masquage est retenu (session, ou `persist="local"`)',
          'sous une clé versionnée : un nouveau message réapparaît. Après la fermeture, le focus passe à l’intertitre',
          'ou à l’élément focalisable qui suit, sinon à `main`.',
          '\n\n',
          'A site-wide alert band: important (blue) or high-importance (yellow) information. It is a region named by',
          'its type, not a live region: it is not read out when the page loads (only an alert inserted after load is',
          'announced, once). With `maskable`, a "Close alert" button hides it; with `persist-hidden`, the dismissal is',
          'remembered (session, or `persist="local"`) under a versioned key, so a new message shows again. After it',
          'closes, the focus moves to the next heading or focusable element, else to `main`.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    type: 'general',
    maskable: false,
    'full-width': false,
    content: '',
    'persist-hidden': false,
    'persistence-key': '',
    persist: 'session',
    version: '',
  },
  argTypes: controls.argTypes,
  render: (args) =>
    alert(
      args,
      html`<p>
        Les services en ligne seront interrompus le dimanche 6 décembre, de 6 h à 10 h.
        <a href="#details">Voir les détails</a>
      </p>`,
    ),
} satisfies Meta<AlertArgs>;

export default meta;
type Story = StoryObj<AlertArgs>;

/** Alerte générale (bleue), l’exemple de la documentation de la trousse. */
export const Generale: Story = {
  name: 'Générale',
  render: (args) =>
    alert(args, html`<p>Alerte bleue d’importance modérée <a href="#lien">avec un lien textuel</a></p>`),
};

/** Alerte d’importance élevée (jaune). */
export const Avertissement: Story = { args: { type: 'warning' } };

/** Masquable et retenue pour la session : l’exemple de la documentation de la trousse, tel quel. */
export const Masquable: Story = {
  args: {
    type: 'warning',
    maskable: true,
    content: 'Alerte jaune d’importance élevée',
    'persist-hidden': true,
    'persistence-key': 'hash-1234',
  },
  render: (args) => alert(args),
};

/** Contenu sur toute la largeur de la page (`qc-container-fluid`). */
export const PleineLargeur: Story = { name: 'Pleine largeur', args: { 'full-width': true, maskable: true } };

/** Un long message avec des liens : il passe à la ligne sans déborder, même à 320 px. */
export const ContenuLong: Story = {
  name: 'Contenu long avec lien',
  args: { type: 'warning', maskable: true },
  render: (args) =>
    alert(
      args,
      html`<p>
        En raison des conditions météorologiques, tous les centres de services de la Capitale-Nationale et de la
        Chaudière-Appalaches sont fermés aujourd’hui. Les rendez-vous sont reportés automatiquement; vous recevrez un
        courriel de confirmation. Consultez
        <a href="#centres">la liste des centres de services ouverts</a> ou l’adresse
        https://www.quebec.ca/gouvernement/ministeres-et-organismes/services-quebec/centres-de-services.
      </p>`,
    ),
};

/** English — general alert. */
export const EnglishGeneral: Story = {
  name: 'English — General',
  render: (args) =>
    english(
      alert(
        args,
        html`<p>Online services will be down on Sunday, December 6, from 6 to 10 a.m. <a href="#d">Details</a></p>`,
      ),
    ),
};

/** English — high-importance alert with a close button. */
export const EnglishWarningMaskable: Story = {
  name: 'English — Warning, maskable',
  args: { type: 'warning', maskable: true },
  render: (args) => english(alert(args, html`<p>All service centres are closed today because of the weather.</p>`)),
};

/** English — full width, long content. */
export const EnglishFullWidthLong: Story = {
  name: 'English — Full width, long content',
  args: { 'full-width': true, maskable: true },
  render: (args) =>
    english(
      alert(
        args,
        html`<p>
          Because of the weather, every service centre in the Capitale-Nationale and Chaudière-Appalaches regions is
          closed today. Appointments are moved automatically and you will receive a confirmation email. See
          <a href="#open">the list of open service centres</a>.
        </p>`,
      ),
    ),
};
