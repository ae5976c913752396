import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../packages/components/src/index.js';
import { caseTrackingPage, wireCaseTracking, type Lang } from './case-tracking.markup.js';

// The template's own static HTML (case-tracking.markup.ts), shared with the keyboard flow test. The
// session lasts 20 minutes with a warning 2 minutes before the end, as on a real service; ending it
// stays in Storybook (`demo`).
const page = (lang: Lang) =>
  html`<div lang=${lang} ${ref((root) => root && wireCaseTracking(root, lang, { demo: true }))}>
    ${unsafeHTML(caseTrackingPage(lang))}
  </div>`;

const meta = {
  title: 'Pages/Suivi de dossier',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'La page où une personne suit sa demande : en-tête PIV, fil d’Ariane, titre, étiquettes d’état, étapes de',
          'la demande, onglets Résumé / Documents / Messages. Le résumé est une liste structurée dont chaque',
          '« Modifier » ouvre une fenêtre modale (champ, Enregistrer / Annuler; l’enregistrement met la liste à jour',
          'et le focus revient sur le bouton). Les documents sont filtrés par des étiquettes retirables. Suivent les',
          'questions fréquentes (accordéon), l’évaluation de la page, la date de mise à jour, le pied de page et',
          'l’avertissement d’expiration de la session (20 minutes, averti 2 minutes avant la fin).',
          '\n\n',
          'The page where a person tracks their application: PIV header, breadcrumb, heading, status tags, the',
          'application’s steps, tabs Summary / Documents / Messages. The summary is a structured list whose every',
          '"Change" opens a modal dialog (field, Save / Cancel; saving updates the list and the focus goes back to',
          'the button). Documents are filtered by removable tags. Then frequently asked questions (accordion), page',
          'feedback, date modified, the footer and the session timeout warning (20 minutes, warned 2 minutes before',
          'the end).',
        ].join(' '),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** La page en français. */
export const Francais: Story = {
  name: 'Français',
  render: () => page('fr'),
};

/** The page in English. */
export const English: Story = {
  render: () => page('en'),
};
