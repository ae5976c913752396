import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/page-feedback/qc-page-feedback.js';
import type { QcPageFeedback } from '../packages/components/src/page-feedback/page-feedback.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface PageFeedbackArgs {
  action: string;
  method: '' | 'post' | 'get';
  label: string;
  question: string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function feedback(args: PageFeedbackArgs, body?: TemplateResult): TemplateResult {
  return html`<qc-page-feedback
    action=${ifDefined(args.action || undefined)}
    method=${ifDefined(args.method || undefined)}
    label=${ifDefined(args.label || undefined)}
    question=${ifDefined(args.question || undefined)}
    @qc-feedback=${(event: CustomEvent) => console.info('qc-feedback', event.detail)}
    >${body}</qc-page-feedback
  >`;
}

/** The server's first question, for pages without JavaScript (adopted when the element upgrades). */
const serverForm = (lang: 'fr' | 'en') =>
  lang === 'fr'
    ? html`<form action="/retroaction" method="post">
        <fieldset>
          <legend>L’information sur cette page vous a-t-elle été utile?</legend>
          <div>
            <button type="submit" name="helpful" value="yes">Oui</button>
            <button type="submit" name="helpful" value="no">Non</button>
          </div>
        </fieldset>
      </form>`
    : html`<form action="/feedback" method="post">
        <fieldset>
          <legend>Was the information on this page helpful?</legend>
          <div>
            <button type="submit" name="helpful" value="yes">Yes</button>
            <button type="submit" name="helpful" value="no">No</button>
          </div>
        </fieldset>
      </form>`;

/** Presses a button of the element once it has rendered (the follow-up question, errors, thank-you). */
function press(...selectors: string[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const el = canvasElement.querySelector<QcPageFeedback>('qc-page-feedback');
    if (!el) return;
    for (const selector of selectors) {
      await el.updateComplete;
      el.querySelector<HTMLElement>(selector)?.click();
    }
    await el.updateComplete;
  };
}
const NO = 'button[name="helpful"][value="no"]';
const YES = 'button[name="helpful"][value="yes"]';
const SUBMIT = 'button[data-qc-part="submit"]';

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-page-feedback');

const meta = {
  title: 'Composants/Évaluation de page (qc-page-feedback)',
  component: 'qc-page-feedback',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          '« L’information sur cette page vous a-t-elle été utile? » : un vrai `<form>` de contrôles natifs dans le DOM',
          'léger. « Oui » envoie aussitôt; « Non » pose la question de suivi (raisons, commentaire de 500 caractères au',
          'plus, avis de confidentialité) et y déplace le focus. Avec `action`, le formulaire est soumis au serveur;',
          'sans `action`, l’élément n’envoie rien : il émet `qc-feedback` et affiche le remerciement dans une région',
          '`status`. Sans JavaScript, le serveur écrit la première question dans l’élément (voir « Sans JavaScript »).',
          '\n\n',
          '"Was the information on this page helpful?": a real `<form>` of native controls in the light DOM. "Yes"',
          'sends at once; "No" asks the follow-up question (reasons, a comment of at most 500 characters, privacy',
          'notes) and moves the focus there. With `action` the form submits to the server; without it the element',
          'sends nothing: it fires `qc-feedback` and shows the thank-you in a `status` region. Without JavaScript,',
          'the server writes the first question inside the element (see "Without JavaScript").',
        ].join(' '),
      },
    },
  },
  args: { ...controls.args, action: '', method: '', label: '', question: '' },
  argTypes: controls.argTypes,
  render: (args) => feedback(args),
} satisfies Meta<PageFeedbackArgs>;

export default meta;
type Story = StoryObj<PageFeedbackArgs>;

/** Sans `action` : l’élément émet `qc-feedback` (voir la console) et remercie. */
export const ParDefaut: Story = { name: 'Par défaut (événement qc-feedback)' };

/** Après « Non » : la question de suivi, le commentaire et son compteur. */
export const QuestionDeSuivi: Story = { name: 'Question de suivi (après « Non »)', play: press(NO) };

/** « Envoyer » sans raison : « Vous devez sélectionner une option », liée aux boutons radio. */
export const Erreur: Story = { name: 'Erreur : aucune raison', play: press(NO, SUBMIT) };

/** Le remerciement, dans la région `status`, après « Oui ». */
export const Remerciement: Story = { name: 'Remerciement', play: press(YES) };

/** Avec `action` : soumission native au serveur (`helpful`, `reason`, `comment`). */
export const SoumissionNative: Story = {
  name: 'Soumission native (action)',
  args: { action: '/retroaction', method: 'post' },
};

/**
 * Sans JavaScript : le balisage que le serveur écrit dans l’élément. Il fonctionne seul (le serveur pose la
 * question de suivi pour `helpful=no`) et il est adopté quand l’élément se met à niveau.
 */
export const SansJavaScript: Story = {
  name: 'Sans JavaScript (balisage serveur)',
  render: (args) => feedback(args, serverForm('fr')),
};

/** English. */
export const English: Story = {
  name: 'English — Default',
  render: (args) => html`<div lang="en">${feedback(args)}</div>`,
};

/** English, the follow-up question. */
export const EnglishFollowUp: Story = {
  name: 'English — Follow-up question',
  render: (args) => html`<div lang="en">${feedback(args)}</div>`,
  play: press(NO),
};

/** English, the thank-you. */
export const EnglishThanks: Story = {
  name: 'English — Thank-you',
  render: (args) => html`<div lang="en">${feedback(args)}</div>`,
  play: press(YES),
};

/** English, the server's markup for pages without JavaScript. */
export const EnglishWithoutJavaScript: Story = {
  name: 'English — Without JavaScript (server markup)',
  render: (args) => html`<div lang="en">${feedback(args, serverForm('en'))}</div>`,
};
