// The « Suivi de dossier » / "Case tracking" page template of issue 9, written ONCE as a plain HTML
// string (as a ministry's CMS or server writes it): the stories render it, the keyboard flow test
// drives it. Header and footer are the site's own (identity-pages.markup.ts): the same on every page
// (WCAG 3.2.6). Every text is static and written here; what a person types goes into the page only
// as text (`textContent`), never as HTML.
import { pivFooter, pivHeader, type Lang, type TemplateOptions } from './identity-pages.markup.js';

export type { Lang };

/** One row of the request's summary: key, value, and the id of the dialog that changes it (if any). */
interface Row {
  readonly key: string;
  readonly value: string;
  /** The field's id (`adresse`): dialog `dlg-{id}`, form `f-{id}`, value `[data-value={id}]`. */
  readonly edit?: { id: string; title: string; label: string; type: string; autocomplete: string };
}

/** One document of the Documents tab, with what the filters match on. */
interface Doc {
  readonly name: string;
  readonly date: string;
  readonly year: string;
  readonly from: 'you' | 'office';
  readonly format: 'pdf' | 'jpg';
}

const documents: readonly Doc[] = [
  { name: 'formulaire-demande.pdf', date: '2026-10-15', year: '2026', from: 'you', format: 'pdf' },
  { name: 'avis-cotisation-2025.pdf', date: '2026-10-15', year: '2026', from: 'you', format: 'pdf' },
  { name: 'bail-2026-2027.jpg', date: '2026-10-16', year: '2026', from: 'you', format: 'jpg' },
  { name: 'accuse-reception.pdf', date: '2026-10-17', year: '2026', from: 'office', format: 'pdf' },
  { name: 'avis-cotisation-2024.pdf', date: '2025-11-02', year: '2025', from: 'you', format: 'pdf' },
];

/** The filters applied at first (removable tags); each one keeps the documents it matches. */
const filters = [
  { id: 'year', test: (doc: Doc) => doc.year === '2026' },
  { id: 'from', test: (doc: Doc) => doc.from === 'you' },
  { id: 'format', test: (doc: Doc) => doc.format === 'pdf' },
] as const;

type FilterId = (typeof filters)[number]['id'];

const text = {
  fr: {
    breadcrumb: [
      ['https://www.quebec.ca/', 'Accueil'],
      ['https://www.quebec.ca/habitation-territoire', 'Habitation et territoire'],
      ['https://www.quebec.ca/habitation-territoire/mon-dossier', 'Mes demandes'],
    ],
    current: 'https://www.quebec.ca/habitation-territoire/mon-dossier/2026-004512',
    crumb: 'Demande 2026-004512',
    title: 'Suivi de votre demande d’allocation-logement',
    number: 'Numéro de dossier : 2026-004512',
    statusLabel: 'État du dossier',
    status: [
      ['info', 'En traitement'],
      ['warning', 'Document à fournir'],
    ],
    stepsLabel: 'Étapes de votre demande',
    steps: ['Demande reçue', 'Analyse du dossier', 'Décision', 'Premier versement'],
    tabsLabel: 'Votre dossier',
    tabs: { summary: 'Résumé', documents: 'Documents', messages: 'Messages' },
    summaryIntro: 'Vérifiez vos coordonnées : nous les utilisons pour vous joindre et pour vous écrire.',
    rows: [
      { key: 'Nom', value: 'Léa Tremblay' },
      {
        key: 'Adresse',
        value: '1037, rue de la Chevrotière, Québec (Québec)  G1R 4S9',
        edit: {
          id: 'adresse',
          title: 'Modifier l’adresse',
          label: 'Adresse',
          type: 'text',
          autocomplete: 'street-address',
        },
      },
      {
        key: 'Courriel',
        value: 'lea.tremblay@exemple.com',
        edit: {
          id: 'courriel',
          title: 'Modifier le courriel',
          label: 'Courriel',
          type: 'email',
          autocomplete: 'email',
        },
      },
      {
        key: 'Téléphone',
        value: '418 555-0142',
        edit: { id: 'telephone', title: 'Modifier le téléphone', label: 'Téléphone', type: 'tel', autocomplete: 'tel' },
      },
      { key: 'Date de la demande', value: '15 octobre 2026' },
    ] as readonly Row[],
    change: 'Modifier',
    save: 'Enregistrer',
    cancel: 'Annuler',
    filtersTitle: 'Filtres appliqués',
    noFilter: 'Aucun filtre : tous vos documents sont affichés.',
    filter: { year: 'Année : 2026', from: 'Transmis par vous', format: 'Format : PDF' } as Record<FilterId, string>,
    shown: (n: number, total: number) => (n === total ? `${total} documents` : `${n} documents sur ${total}`),
    received: 'reçu le',
    documentsTitle: 'Documents de votre dossier',
    messages: [
      [
        '2026-10-17',
        'Société d’habitation du Québec',
        'Nous avons reçu votre demande. Son analyse prend environ 6 semaines.',
      ],
      [
        '2026-11-20',
        'Société d’habitation du Québec',
        'Il manque votre bail signé. Transmettez-le avant le 15 décembre 2026.',
      ],
    ],
    messageForm: 'Écrire un message',
    messageLabel: 'Votre message',
    messageHint: 'N’inscrivez pas votre numéro d’assurance sociale.',
    send: 'Envoyer',
    sent: 'Votre message a été envoyé.',
    you: 'Vous',
    today: 'Aujourd’hui',
    faqTitle: 'Questions fréquentes',
    faq: [
      [
        'Combien de temps prend l’analyse de ma demande?',
        'L’analyse prend environ 6 semaines à partir du moment où votre dossier est complet.',
      ],
      [
        'Que faire si un document est manquant?',
        'Transmettez-le dans l’onglet Documents ou par la poste avant la date indiquée dans votre message.',
      ],
      [
        'Comment serai-je informé de la décision?',
        'Vous recevrez un message dans votre dossier et une lettre à l’adresse inscrite dans votre demande.',
      ],
    ],
    endUrl: 'https://www.quebec.ca/habitation-territoire/mon-dossier/deconnexion',
  },
  en: {
    breadcrumb: [
      ['https://www.quebec.ca/en', 'Home'],
      ['https://www.quebec.ca/en/housing-and-territory', 'Housing and territory'],
      ['https://www.quebec.ca/en/housing-and-territory/my-file', 'My applications'],
    ],
    current: 'https://www.quebec.ca/en/housing-and-territory/my-file/2026-004512',
    crumb: 'Application 2026-004512',
    title: 'Tracking your shelter allowance application',
    number: 'File number: 2026-004512',
    statusLabel: 'File status',
    status: [
      ['info', 'In progress'],
      ['warning', 'Document required'],
    ],
    stepsLabel: 'Steps of your application',
    steps: ['Application received', 'File review', 'Decision', 'First payment'],
    tabsLabel: 'Your file',
    tabs: { summary: 'Summary', documents: 'Documents', messages: 'Messages' },
    summaryIntro: 'Check your contact information: we use it to reach you and to write to you.',
    rows: [
      { key: 'Name', value: 'Léa Tremblay' },
      {
        key: 'Address',
        value: '1037 rue de la Chevrotière, Québec QC  G1R 4S9',
        edit: {
          id: 'adresse',
          title: 'Change the address',
          label: 'Address',
          type: 'text',
          autocomplete: 'street-address',
        },
      },
      {
        key: 'Email',
        value: 'lea.tremblay@exemple.com',
        edit: { id: 'courriel', title: 'Change the email', label: 'Email', type: 'email', autocomplete: 'email' },
      },
      {
        key: 'Phone',
        value: '418-555-0142',
        edit: { id: 'telephone', title: 'Change the phone number', label: 'Phone', type: 'tel', autocomplete: 'tel' },
      },
      { key: 'Application date', value: 'October 15, 2026' },
    ] as readonly Row[],
    change: 'Change',
    save: 'Save',
    cancel: 'Cancel',
    filtersTitle: 'Filters applied',
    noFilter: 'No filter: all your documents are shown.',
    filter: { year: 'Year: 2026', from: 'Sent by you', format: 'Format: PDF' } as Record<FilterId, string>,
    shown: (n: number, total: number) => (n === total ? `${total} documents` : `${n} of ${total} documents`),
    received: 'received on',
    documentsTitle: 'Documents in your file',
    messages: [
      ['2026-10-17', 'Société d’habitation du Québec', 'We received your application. Its review takes about 6 weeks.'],
      [
        '2026-11-20',
        'Société d’habitation du Québec',
        'Your signed lease is missing. Send it before December 15, 2026.',
      ],
    ],
    messageForm: 'Write a message',
    messageLabel: 'Your message',
    messageHint: 'Do not enter your social insurance number.',
    send: 'Send',
    sent: 'Your message has been sent.',
    you: 'You',
    today: 'Today',
    faqTitle: 'Frequently asked questions',
    faq: [
      [
        'How long does the review of my application take?',
        'The review takes about 6 weeks from the time your file is complete.',
      ],
      [
        'What if a document is missing?',
        'Send it in the Documents tab or by mail before the date given in your message.',
      ],
      [
        'How will I be told about the decision?',
        'You will receive a message in your file and a letter at the address given in your application.',
      ],
    ],
    endUrl: 'https://www.quebec.ca/en/housing-and-territory/my-file/sign-out',
  },
} as const;

/** Options of the case-tracking template; the defaults are the page as a ministry writes it. */
export interface CaseTrackingOptions extends TemplateOptions {
  /** qc-session-timeout `timeout` in seconds (20 minutes by default). */
  timeout?: number;
  /** qc-session-timeout `warning` in seconds (2 minutes by default). */
  warning?: number;
}

/** The documents the filters still applied keep. */
function visibleDocuments(active: ReadonlySet<FilterId>): Doc[] {
  return documents.filter((doc) => filters.every((filter) => !active.has(filter.id) || filter.test(doc)));
}

function documentItems(lang: Lang, active: ReadonlySet<FilterId>): string {
  const t = text[lang];
  return visibleDocuments(active)
    .map((doc) => `<li>${doc.name} — ${t.received} <time datetime="${doc.date}">${doc.date}</time></li>`)
    .join('\n          ');
}

function summaryRow(lang: Lang, row: Row): string {
  const action = row.edit
    ? `
            <dd><button type="button" class="qc-button qc-tertiary qc-compact" command="show-modal" commandfor="dlg-${row.edit.id}">${text[lang].change}</button></dd>`
    : '';
  const value = row.edit ? `<dd data-value="${row.edit.id}">${row.value}</dd>` : `<dd>${row.value}</dd>`;
  return `
          <div>
            <dt>${row.key}</dt>
            ${value}${action}
          </div>`;
}

function editDialog(lang: Lang, row: Row): string {
  const t = text[lang];
  const edit = row.edit!;
  // `form method="dialog"`: the submitter's value (save) becomes the dialog's returnValue.
  return `
<qc-dialog id="dlg-${edit.id}" data-edit="${edit.id}">
  <h2 slot="heading">${edit.title}</h2>
  <form method="dialog" id="f-${edit.id}">
    <qc-textfield label="${edit.label}" size="xl">
      <input name="${edit.id}" type="${edit.type}" autocomplete="${edit.autocomplete}" value="${row.value}" />
    </qc-textfield>
  </form>
  <div slot="footer" class="qc-button-group">
    <qc-button type="submit" form="f-${edit.id}" value="save">${t.save}</qc-button>
    <qc-button type="button" variant="secondary" command="close" commandfor="dlg-${edit.id}" value="cancel">${t.cancel}</qc-button>
  </div>
</qc-dialog>`;
}

/** « Suivi de dossier » / "Case tracking": the whole page, from the skip link to the session warning. */
export function caseTrackingPage(lang: Lang, options: CaseTrackingOptions = {}): string {
  const t = text[lang];
  const crumbs = t.breadcrumb.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join('\n      ');
  const all = new Set(filters.map((filter) => filter.id));
  const editable = t.rows.filter((row) => row.edit);
  return `${pivHeader(lang, options, false)}
<div class="qc-container">
  <qc-breadcrumb>
    <ol>
      ${crumbs}
      <li><a href="${t.current}" aria-current="page">${t.crumb}</a></li>
    </ol>
  </qc-breadcrumb>
  <main id="main">
    <h1>${t.title}</h1>
    <p>${t.number}</p>
    <ul class="qc-list-inline" aria-label="${t.statusLabel}">
      ${t.status.map(([variant, label]) => `<li><qc-tag variant="${variant}">${label}</qc-tag></li>`).join('\n      ')}
    </ul>
    <qc-stepper current="2" label="${t.stepsLabel}">
      <ol>
        ${t.steps.map((step) => `<li>${step}</li>`).join('\n        ')}
      </ol>
    </qc-stepper>
    <qc-tabs label="${t.tabsLabel}">
      <section id="resume">
        <h2>${t.tabs.summary}</h2>
        <p>${t.summaryIntro}</p>
        <qc-structured-list>
          <dl>${t.rows.map((row) => summaryRow(lang, row)).join('')}
          </dl>
        </qc-structured-list>
      </section>
      <section id="documents">
        <h2>${t.tabs.documents}</h2>
        <h3 id="filtres">${t.filtersTitle}</h3>
        <ul class="qc-list-inline" aria-labelledby="filtres" data-filters>
          ${filters
            .map((filter) => `<li><qc-tag removable data-filter="${filter.id}">${t.filter[filter.id]}</qc-tag></li>`)
            .join('\n          ')}
        </ul>
        <p data-no-filter hidden>${t.noFilter}</p>
        <h3>${t.documentsTitle}</h3>
        <p data-documents-count>${t.shown(visibleDocuments(all).length, documents.length)}</p>
        <ul data-documents>
          ${documentItems(lang, all)}
        </ul>
      </section>
      <section id="messages">
        <h2>${t.tabs.messages}</h2>
        <ol data-messages>
          ${t.messages
            .map(
              ([date, from, body]) =>
                `<li><p><strong>${from}</strong>, <time datetime="${date}">${date}</time></p><p>${body}</p></li>`,
            )
            .join('\n          ')}
        </ol>
        <h3>${t.messageForm}</h3>
        <form data-message-form>
          <qc-textfield label="${t.messageLabel}" description="${t.messageHint}" size="lg" max-length="1000">
            <textarea name="message" rows="4" required></textarea>
          </qc-textfield>
          <qc-button type="submit">${t.send}</qc-button>
        </form>
        <p role="status" data-message-status></p>
      </section>
    </qc-tabs>
    <h2>${t.faqTitle}</h2>
    <qc-accordion heading-level="3">
      ${t.faq
        .map(
          ([question, answer]) => `<qc-accordion-item>
        <h3 slot="heading">${question}</h3>
        <p>${answer}</p>
      </qc-accordion-item>`,
        )
        .join('\n      ')}
    </qc-accordion>
    <qc-page-feedback></qc-page-feedback>
    <qc-date-modified datetime="2026-11-30"></qc-date-modified>
  </main>
</div>
${editable.map((row) => editDialog(lang, row)).join('\n')}
<qc-session-timeout timeout="${options.timeout ?? 1200}" warning="${options.warning ?? 120}" end-url="${t.endUrl}"></qc-session-timeout>
${pivFooter(lang)}`;
}

const wired = new WeakSet<Element>();

interface RemoveEvent extends Event {
  readonly target: Element;
}

/**
 * The case-tracking template's script (what a ministry's page would run):
 * - a « Modifier » dialog closed by « Enregistrer » writes the field's value into the summary (as
 *   text) and makes it the field's new default; « Annuler » or Escape puts the field back;
 * - removing a filter tag shows the documents the other filters keep (the tag announces itself);
 * - a message sent is added to the list (as text), the field emptied and « Votre message a été
 *   envoyé. » said in a status line (an empty message is stopped by the field's `required`);
 * - `qc-session-extend` is where the page pings its server (nothing to do here: the warning restarts).
 * With `demo`, the session end stays on the page (a story must not leave Storybook).
 */
export function wireCaseTracking(root: Element, lang: Lang, { demo = false } = {}): void {
  if (wired.has(root)) return;
  wired.add(root);
  const t = text[lang];

  for (const dialog of root.querySelectorAll<HTMLElement & { returnValue: string }>('qc-dialog[data-edit]')) {
    const id = dialog.dataset['edit']!;
    // `returnValue` stays from the last closing (as on a native <dialog>): Escape after a save must not save.
    dialog.addEventListener('qc-show', () => (dialog.returnValue = ''));
    dialog.addEventListener('close', () => {
      const form = dialog.querySelector('form');
      const input = form?.querySelector<HTMLInputElement>('input');
      if (!form || !input) return;
      const value = input.value.trim();
      if (dialog.returnValue === 'save' && value !== '') {
        const shown = root.querySelector(`[data-value="${id}"]`);
        if (shown) shown.textContent = value;
        input.defaultValue = value;
      }
      form.reset();
    });
  }

  const active = new Set<FilterId>(filters.map((filter) => filter.id));
  root.addEventListener('qc-remove', (event) => {
    const filter = (event as RemoveEvent).target.closest?.('[data-filter]')?.getAttribute('data-filter');
    if (!filter) return;
    // After the dispatch: a listener added later may still cancel the removal.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      active.delete(filter as FilterId);
      const list = root.querySelector('[data-documents]');
      if (list) list.innerHTML = documentItems(lang, active);
      const count = root.querySelector('[data-documents-count]');
      if (count) count.textContent = t.shown(visibleDocuments(active).length, documents.length);
      // The heading « Filtres appliqués » has the focus now (qc-tag's rule): it says what is left.
      if (active.size === 0) {
        root.querySelector<HTMLElement>('[data-filters]')?.setAttribute('hidden', '');
        root.querySelector<HTMLElement>('[data-no-filter]')?.removeAttribute('hidden');
      }
    });
  });

  const messageForm = root.querySelector<HTMLFormElement>('[data-message-form]');
  messageForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = String(new FormData(messageForm).get('message') ?? '').trim();
    if (!body) return; // only spaces: `required` lets them through
    const item = document.createElement('li');
    const meta = document.createElement('p');
    const who = document.createElement('strong');
    who.textContent = t.you;
    meta.append(who, `, ${t.today}`);
    const message = document.createElement('p');
    message.textContent = body;
    item.append(meta, message);
    root.querySelector('[data-messages]')?.append(item);
    messageForm.reset();
    // Said in the status line (present since load, so it is announced); the focus stays on « Envoyer ».
    const status = root.querySelector('[data-message-status]');
    if (status) status.textContent = t.sent;
  });

  if (demo) root.addEventListener('qc-session-end', (event) => event.preventDefault());
}

/** The documents the template lists with every filter applied, then with none (for the tests). */
export const documentCounts = {
  filtered: visibleDocuments(new Set(filters.map((f) => f.id))).length,
  all: documents.length,
};

/** Visible texts of the template the tests look for. */
export const caseText = (lang: Lang) => text[lang];
