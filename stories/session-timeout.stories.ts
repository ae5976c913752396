import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/components/src/session-timeout/qc-session-timeout.js';
import { manifestControls } from './support/manifest-controls.js';

/** Story args, named like the element's attributes. */
interface SessionTimeoutArgs {
  timeout: number;
  warning: number;
  'end-url': string;
  heading: string;
  'continue-label': string;
  'end-label': string;
}

/** Renders the element from the args; an empty arg leaves the attribute out, as an author would. */
function sessionTimeout(args: SessionTimeoutArgs): TemplateResult {
  return html`<qc-session-timeout
    timeout=${args.timeout}
    warning=${args.warning}
    end-url=${ifDefined(args['end-url'] || undefined)}
    heading=${ifDefined(args.heading || undefined)}
    continue-label=${ifDefined(args['continue-label'] || undefined)}
    end-label=${ifDefined(args['end-label'] || undefined)}
  ></qc-session-timeout>`;
}

/** A page of a signed-in service: a form whose answers must survive the warning (WCAG 3.3.7). */
function page(args: SessionTimeoutArgs, english = false): TemplateResult {
  const body = english
    ? html`<h2>Change of address</h2>
        <p>
          <label>New address <input name="address" autocomplete="street-address" /></label>
        </p>
        <p role="status" data-session-log></p>`
    : html`<h2>Changement d’adresse</h2>
        <p>
          <label>Nouvelle adresse <input name="adresse" autocomplete="street-address" /></label>
        </p>
        <p role="status" data-session-log></p>`;
  return html`<div lang=${ifDefined(english ? 'en' : undefined)}>${body}${sessionTimeout(args)}</div>`;
}

/**
 * Shows what the element says to the page (the events a page answers), and keeps Storybook from
 * leaving for `end-url`. With `open`, waits for the warning so the checks see it open.
 */
function listen(open: boolean) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const log = canvasElement.querySelector('[data-session-log]')!;
    const english = !!canvasElement.querySelector('[lang="en"]');
    canvasElement.addEventListener('qc-session-extend', () => {
      log.textContent = english ? 'Session extended (qc-session-extend).' : 'Session prolongée (qc-session-extend).';
    });
    canvasElement.addEventListener('qc-session-end', (event) => {
      event.preventDefault();
      log.textContent = `qc-session-end : ${event.detail.reason}`;
    });
    const element = canvasElement.querySelector('qc-session-timeout');
    if (!open || !element || element.open) return;
    await new Promise<void>((resolve) => {
      element.addEventListener('qc-session-warn', () => resolve(), { once: true });
      setTimeout(resolve, 5000);
    });
  };
}

/** Controls, defaults and events from the manifest. */
const controls = manifestControls('qc-session-timeout');

const meta = {
  title: 'Composants/Expiration de session (qc-session-timeout)',
  component: 'qc-session-timeout',
  tags: ['autodocs'],
  parameters: {
    ...controls.parameters,
    docs: {
      description: {
        component: [
          'Avertit la personne connectée que sa session va expirer, dans une fenêtre d’alerte (`role="alertdialog"`)',
          'qui ne fait perdre aucune réponse : le compte commence à la connexion de l’élément; `warning` secondes avant',
          'la fin de `timeout`, la fenêtre s’ouvre avec le focus sur « Continuer la session ». Continuer (ou Échap)',
          'émet `qc-session-extend` (la page avise son serveur) et recommence le compte, sans recharger la page;',
          '« Mettre fin à la session » et la fin du temps émettent `qc-session-end`, puis la page va à `end-url`.',
          'Le décompte visible est masqué aux lecteurs d’écran, qui entendent le temps restant à chaque minute,',
          'puis à 30 et à 10 secondes. Les exemples ouvrent l’avertissement une seconde après l’affichage.',
          '\n\n',
          'Warns a signed-in person that their session is about to expire, in an alert dialog that loses no answer:',
          'the count starts when the element connects; `warning` seconds before the end of `timeout`, the dialog opens',
          'with the focus on "Continue session". Continuing (or Escape) fires `qc-session-extend` (the page tells its',
          'server) and counts again, without reloading; "End session now" and the end of the time fire',
          '`qc-session-end`, then the page goes to `end-url`. The visible countdown is hidden from screen readers, who',
          'hear the time left each minute, then at 30 and 10 seconds. The examples open the warning one second in.',
        ].join(' '),
      },
    },
  },
  args: {
    ...controls.args,
    timeout: 121,
    warning: 120,
    'end-url': '',
    heading: '',
    'continue-label': '',
    'end-label': '',
  },
  argTypes: controls.argTypes,
  render: (args) => page(args),
  play: listen(true),
} satisfies Meta<SessionTimeoutArgs>;

export default meta;
type Story = StoryObj<SessionTimeoutArgs>;

/** L’avertissement ouvert, deux minutes avant la fin. */
export const Avertissement: Story = {};

/** Pendant le décompte : rien ne s’affiche; la page et ses champs restent utilisables. */
export const PendantLeDecompte: Story = {
  name: 'Pendant le décompte',
  args: { timeout: 1200, warning: 120 },
  play: listen(false),
};

/** Un avertissement plus court : 30 secondes (au moins 20 secondes pour répondre, WCAG 2.2.1). */
export const AvertissementCourt: Story = {
  name: 'Avertissement court (30 s)',
  args: { timeout: 31, warning: 30 },
};

/** Titre et boutons au vocabulaire d’un ministère; le message nomme le bouton tel qu’il est écrit. */
export const LibellesPersonnalises: Story = {
  name: 'Libellés personnalisés',
  args: {
    heading: 'Votre session se termine bientôt',
    'continue-label': 'Rester connecté',
    'end-label': 'Me déconnecter',
  },
};

/** English — the warning, open. */
export const EnglishWarning: Story = {
  name: 'English — Warning',
  render: (args) => page(args, true),
};

/** English — while counting (nothing shown). */
export const EnglishCounting: Story = {
  name: 'English — Counting',
  args: { timeout: 1200, warning: 120 },
  render: (args) => page(args, true),
  play: listen(false),
};

/** English — custom labels. */
export const EnglishCustomLabels: Story = {
  name: 'English — Custom labels',
  args: { heading: 'Your session is ending soon', 'continue-label': 'Stay signed in', 'end-label': 'Sign out' },
  render: (args) => page(args, true),
};
