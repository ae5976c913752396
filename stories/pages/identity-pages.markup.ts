// The two identity-and-navigation page templates of issue 8, written ONCE as plain HTML strings:
// the stories render them, the flow tests drive them, the no-JavaScript test loads them in a
// sandboxed frame without scripts, and the layout-shift test loads them with the scripts late.
// Plain HTML (not a Lit template) because that is what a ministry's CMS writes, and what a page
// without JavaScript shows. Every text is static and written here: nothing from outside goes in.

export type Lang = 'fr' | 'en';

/**
 * Where the signature file shipped by @qc-ds/components is served from: its `dist/assets/`
 * folder (written by packages/components/scripts/signature.mjs from qc-trousse-sdg's artwork).
 * Resolved from this module, so Storybook (Vite) and the test server both find it.
 */
export const signatureSrc = new URL('../../packages/components/dist/assets/QUEBEC_blanc.svg', import.meta.url).href;

/** The id of the site alert's persisted dismissal, shared by both templates (one alert per site). */
export const alertKey = 'avis-travaux-2026';

/** The parts the two templates share: skip link, PIV header with search, site alert, footer. */
const chrome = {
  fr: {
    skip: 'Passer au contenu',
    signatureAlt: 'Gouvernement du Québec – accueil de Québec.ca',
    home: 'https://www.quebec.ca/',
    service: 'Habitation et logement',
    serviceUrl: 'https://www.quebec.ca/habitation-territoire',
    linksLabel: 'Liens de l’en-tête',
    otherLang: { text: 'English', lang: 'en', href: 'https://www.quebec.ca/en/housing-and-territory' },
    contact: { text: 'Nous joindre', href: 'https://www.quebec.ca/nous-joindre' },
    searchAction: 'https://www.quebec.ca/recherche',
    alert:
      'En raison de travaux d’entretien, les services en ligne ne seront pas accessibles le samedi 14 mars 2026, ' +
      'de 6 h à 12 h.',
    footerLabel: 'Liens du pied de page',
    footer: [
      ['https://www.quebec.ca/nous-joindre', 'Nous joindre'],
      ['https://www.quebec.ca/acces-information', 'Accès à l’information'],
      ['https://www.quebec.ca/politique-confidentialite', 'Politique de confidentialité'],
      ['https://www.quebec.ca/accessibilite', 'Accessibilité'],
      ['https://www.quebec.ca/conditions-utilisation', 'Conditions d’utilisation'],
    ],
  },
  en: {
    skip: 'Skip to content',
    signatureAlt: 'Gouvernement du Québec – Québec.ca home',
    home: 'https://www.quebec.ca/en',
    service: 'Housing and territory',
    serviceUrl: 'https://www.quebec.ca/en/housing-and-territory',
    linksLabel: 'Header links',
    otherLang: { text: 'Français', lang: 'fr', href: 'https://www.quebec.ca/habitation-territoire' },
    contact: { text: 'Contact us', href: 'https://www.quebec.ca/en/contact-us' },
    searchAction: 'https://www.quebec.ca/en/search',
    alert:
      'Because of maintenance work, online services will not be available on Saturday, March 14, 2026, ' +
      'from 6 a.m. to noon.',
    footerLabel: 'Footer links',
    footer: [
      ['https://www.quebec.ca/en/contact-us', 'Contact us'],
      ['https://www.quebec.ca/en/access-to-information', 'Access to information'],
      ['https://www.quebec.ca/en/privacy-policy', 'Privacy policy'],
      ['https://www.quebec.ca/en/accessibility', 'Accessibility'],
      ['https://www.quebec.ca/en/terms-of-use', 'Terms of use'],
    ],
  },
} as const;

/** Options a test or a story may change; the defaults are the template as a ministry writes it. */
export interface TemplateOptions {
  /** The signature `<img src>` (the no-JavaScript test serves the same file from its own path). */
  signature?: string;
  /** The search query shown in the search results template. */
  query?: string;
}

function header(lang: Lang, options: TemplateOptions, search: boolean): string {
  const t = chrome[lang];
  const src = options.signature ?? signatureSrc;
  // The header's light-DOM slots (go-to-content, signature, title, links, search-zone) replace what
  // the attributes would draw in its shadow root: the page reads right before the scripts run.
  return `
<qc-piv-header go-to-content-anchor="#main"${search ? ' enable-search' : ''}>
  <a slot="go-to-content" href="#main">${t.skip}</a>
  <a slot="signature" href="${t.home}"><img src="${src}" alt="${t.signatureAlt}" width="200" height="40" /></a>
  <a slot="title" href="${t.serviceUrl}">${t.service}</a>
  <nav slot="links" aria-label="${t.linksLabel}">
    <ul>
      <li><a href="${t.otherLang.href}" lang="${t.otherLang.lang}" hreflang="${t.otherLang.lang}">${t.otherLang.text}</a></li>
      <li><a href="${t.contact.href}">${t.contact.text}</a></li>
    </ul>
  </nav>
  ${
    search
      ? `<form slot="search-zone" action="${t.searchAction}" method="get">
    <qc-search-bar input-name="q" piv-background></qc-search-bar>
  </form>`
      : ''
  }
</qc-piv-header>`;
}

function siteAlert(lang: Lang): string {
  return `
<qc-alert type="general" maskable="true" persist-hidden persistence-key="${alertKey}">
  <p>${chrome[lang].alert}</p>
</qc-alert>`;
}

function footer(lang: Lang): string {
  const t = chrome[lang];
  const links = t.footer.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('\n      ');
  return `
<qc-piv-footer>
  <nav aria-label="${t.footerLabel}">
    <ul>
      ${links}
    </ul>
  </nav>
</qc-piv-footer>`;
}

const content = {
  fr: {
    breadcrumb: [
      ['https://www.quebec.ca/', 'Accueil'],
      ['https://www.quebec.ca/habitation-territoire', 'Habitation et territoire'],
      ['https://www.quebec.ca/habitation-territoire/aide-financiere', 'Aide financière'],
    ],
    sideLabel: 'Dans cette section',
    side: `
    <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/supplement-loyer">Programme de supplément au loyer</a></li>
    <li>
      <a href="https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement">Allocation-logement</a>
      <ul>
        <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/admissibilite" aria-current="page">Admissibilité</a></li>
        <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/montant">Montant de l’aide</a></li>
        <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/demande">Faire une demande</a></li>
      </ul>
    </li>
    <li>
      <a href="https://www.quebec.ca/habitation-territoire/aide-financiere/renovation">Rénovation</a>
      <ul>
        <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/renovation/renoregion">RénoRégion</a></li>
        <li><a href="https://www.quebec.ca/habitation-territoire/aide-financiere/renovation/adaptation">Adaptation de domicile</a></li>
      </ul>
    </li>`,
    title: 'Admissibilité à l’allocation-logement',
    current: 'https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/admissibilite',
    intro:
      'L’allocation-logement est une aide financière versée chaque mois aux ménages à faible revenu qui ' +
      'consacrent une part importante de leur budget au loyer. Elle est administrée par Revenu Québec.',
    whoTitle: 'Qui peut la recevoir',
    who: [
      'vous avez 50 ans ou plus, ou vous avez au moins un enfant à charge;',
      'vous consacrez plus de 30 % de votre revenu au logement;',
      'vous habitez au Québec et vous êtes locataire, chambreur, propriétaire ou copropriétaire.',
    ],
    incomeBefore: 'Le montant dépend de votre ',
    tooltipLabel: 'revenu familial',
    tooltip:
      'Le revenu familial est le revenu total de l’année précédente, le vôtre et celui de votre conjoint, ' +
      'tel qu’il figure à la ligne 199 de votre déclaration de revenus.',
    incomeAfter: ', du nombre de personnes dans le ménage et du loyer payé.',
    noticeTitle: 'Vous recevez déjà le supplément au loyer?',
    notice:
      'Les ménages qui habitent un logement à loyer modique ou qui reçoivent le supplément au loyer ne ' +
      'sont pas admissibles à l’allocation-logement.',
    warningTitle: 'Faites votre déclaration de revenus',
    warning:
      'Vous devez produire votre déclaration de revenus du Québec chaque année pour continuer à recevoir ' +
      'l’allocation-logement.',
    moreTitle: 'Pour en savoir plus',
    external: [
      [
        'https://www.revenuquebec.ca/fr/citoyens/credits-dimpot/allocation-logement/',
        'L’allocation-logement sur le site de Revenu Québec',
      ],
      [
        'https://www.habitation.gouv.qc.ca/programme/programme/allocation-logement',
        'Le programme à la Société d’habitation du Québec',
      ],
    ],
  },
  en: {
    breadcrumb: [
      ['https://www.quebec.ca/en', 'Home'],
      ['https://www.quebec.ca/en/housing-and-territory', 'Housing and territory'],
      ['https://www.quebec.ca/en/housing-and-territory/financial-assistance', 'Financial assistance'],
    ],
    sideLabel: 'In this section',
    side: `
    <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/rent-supplement">Rent Supplement Program</a></li>
    <li>
      <a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance">Shelter allowance</a>
      <ul>
        <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/eligibility" aria-current="page">Eligibility</a></li>
        <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/amount">Amount of assistance</a></li>
        <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/apply">Applying</a></li>
      </ul>
    </li>
    <li>
      <a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/renovation">Renovation</a>
      <ul>
        <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/renovation/renoregion">RénoRégion</a></li>
        <li><a href="https://www.quebec.ca/en/housing-and-territory/financial-assistance/renovation/home-adaptation">Home adaptation</a></li>
      </ul>
    </li>`,
    title: 'Eligibility for the shelter allowance',
    current: 'https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/eligibility',
    intro:
      'The shelter allowance is financial assistance paid every month to low-income households that spend a ' +
      'large share of their budget on rent. It is administered by Revenu Québec.',
    whoTitle: 'Who can receive it',
    who: [
      'you are 50 or older, or you have at least one dependent child;',
      'you spend more than 30% of your income on housing;',
      'you live in Québec and you are a tenant, a roomer, an owner or a co-owner.',
    ],
    incomeBefore: 'The amount depends on your ',
    tooltipLabel: 'family income',
    tooltip:
      'Family income is the total income of the previous year, yours and your spouse’s, as shown on line ' +
      '199 of your income tax return.',
    incomeAfter: ', the number of people in the household and the rent you pay.',
    noticeTitle: 'Already receiving the rent supplement?',
    notice:
      'Households that live in low-rental housing or receive the rent supplement are not eligible for the ' +
      'shelter allowance.',
    warningTitle: 'File your income tax return',
    warning: 'You must file your Québec income tax return every year to keep receiving the shelter allowance.',
    moreTitle: 'Learn more',
    external: [
      [
        'https://www.revenuquebec.ca/en/citizens/tax-credits/shelter-allowance/',
        'The shelter allowance on Revenu Québec’s website',
      ],
      ['https://www.habitation.gouv.qc.ca/english', 'The Société d’habitation du Québec'],
    ],
  },
} as const;

/** « Page de contenu » / "Content page": the whole page, from the skip link to the footer. */
export function contentPage(lang: Lang, options: TemplateOptions = {}): string {
  const t = content[lang];
  const crumbs = t.breadcrumb.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('\n      ');
  return `${header(lang, options, true)}
${siteAlert(lang)}
<div class="qc-container">
  <qc-breadcrumb>
    <ol>
      ${crumbs}
      <li><a href="${t.current}" aria-current="page">${t.title}</a></li>
    </ol>
  </qc-breadcrumb>
  <div class="qc-row">
    <div class="qc-col-md-4">
      <qc-side-nav label="${t.sideLabel}">
        <ul>${t.side}
        </ul>
      </qc-side-nav>
    </div>
    <main id="main" class="qc-col-md-8">
      <h1>${t.title}</h1>
      <p>${t.intro}</p>
      <h2>${t.whoTitle}</h2>
      <ul>
        ${t.who.map((item) => `<li>${item}</li>`).join('\n        ')}
      </ul>
      <p>${t.incomeBefore}<qc-tooltip label="${t.tooltipLabel}"><span slot="description">${t.tooltip}</span></qc-tooltip>${t.incomeAfter}</p>
      <qc-notice type="information" title="${t.noticeTitle}"><p>${t.notice}</p></qc-notice>
      <qc-notice type="warning" title="${t.warningTitle}"><p>${t.warning}</p></qc-notice>
      <h2>${t.moreTitle}</h2>
      <ul>
        ${t.external
          .map(([href, text]) => `<li><qc-external-link><a href="${href}">${text}</a></qc-external-link></li>`)
          .join('\n        ')}
      </ul>
    </main>
  </div>
</div>
<qc-to-top></qc-to-top>
${footer(lang)}`;
}

/** One search result: title (a link), address shown under it, summary. */
export type SearchResult = readonly [href: string, title: string, summary: string];

const search = {
  fr: {
    query: 'allocation logement',
    title: 'Résultats de recherche',
    count: (n: number, q: string) => `${n} résultats pour « ${q} »`,
    range: (from: number, to: number, page: number, total: number) =>
      `Page ${page} sur ${total} : résultats ${from} à ${to}`,
    results: [
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement',
        'Allocation-logement',
        'Aide financière mensuelle pour les ménages à faible revenu qui consacrent une part importante de leur budget au loyer.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/admissibilite',
        'Admissibilité à l’allocation-logement',
        'Conditions à remplir selon l’âge, les enfants à charge et la part du revenu consacrée au logement.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/montant',
        'Montant de l’allocation-logement',
        'Le montant versé selon le revenu familial, la taille du ménage et le loyer.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/allocation-logement/demande',
        'Faire une demande d’allocation-logement',
        'Remplir le formulaire auprès de Revenu Québec et les documents à fournir.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/supplement-loyer',
        'Programme de supplément au loyer',
        'Payer un loyer correspondant à 25 % de son revenu dans un logement du marché privé.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/logement-social',
        'Logement à loyer modique',
        'Demander un logement à loyer modique auprès d’un office d’habitation.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/location-residentielle/bail',
        'Le bail de logement',
        'Ce que le bail doit contenir, son renouvellement et sa modification.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/location-residentielle/hausse-loyer',
        'Hausse de loyer',
        'Comment le propriétaire avise une hausse de loyer et comment y répondre.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/renovation/adaptation',
        'Adaptation de domicile',
        'Aide pour adapter le logement d’une personne handicapée.',
      ],
      [
        'https://www.quebec.ca/habitation-territoire/aide-financiere/renovation/renoregion',
        'RénoRégion',
        'Aide aux propriétaires à revenu modeste pour corriger les défectuosités majeures de leur résidence.',
      ],
      [
        'https://www.quebec.ca/famille-et-soutien-aux-personnes/aide-sociale',
        'Aide sociale',
        'Aide financière de dernier recours pour les personnes qui ont des ressources insuffisantes.',
      ],
      [
        'https://www.quebec.ca/impots/credits-impot/solidarite',
        'Crédit d’impôt pour solidarité',
        'Crédit remboursable pour les ménages à faible ou à moyen revenu, versé par Revenu Québec.',
      ],
    ] as readonly SearchResult[],
  },
  en: {
    query: 'shelter allowance',
    title: 'Search results',
    count: (n: number, q: string) => `${n} results for “${q}”`,
    range: (from: number, to: number, page: number, total: number) =>
      `Page ${page} of ${total}: results ${from} to ${to}`,
    results: [
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance',
        'Shelter allowance',
        'Monthly financial assistance for low-income households that spend a large share of their budget on rent.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/eligibility',
        'Eligibility for the shelter allowance',
        'Conditions to meet according to age, dependent children and the share of income spent on housing.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/amount',
        'Amount of the shelter allowance',
        'The amount paid according to family income, household size and rent.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/shelter-allowance/apply',
        'Applying for the shelter allowance',
        'Filling in the form with Revenu Québec and the documents to provide.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/rent-supplement',
        'Rent Supplement Program',
        'Paying a rent equal to 25% of your income in a private-market dwelling.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/low-rental-housing',
        'Low-rental housing',
        'Applying for low-rental housing with a housing bureau.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/renting/lease',
        'The residential lease',
        'What a lease must contain, its renewal and its modification.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/renting/rent-increase',
        'Rent increase',
        'How the landlord gives notice of a rent increase and how to answer it.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/renovation/home-adaptation',
        'Home adaptation',
        'Assistance to adapt the home of a person with a disability.',
      ],
      [
        'https://www.quebec.ca/en/housing-and-territory/financial-assistance/renovation/renoregion',
        'RénoRégion',
        'Assistance for low-income owners to fix major defects in their home.',
      ],
      [
        'https://www.quebec.ca/en/family-and-support-for-individuals/social-assistance',
        'Social assistance',
        'Last-resort financial assistance for people whose resources are insufficient.',
      ],
      [
        'https://www.quebec.ca/en/taxes/tax-credits/solidarity',
        'Solidarity tax credit',
        'A refundable credit for low- and middle-income households, paid by Revenu Québec.',
      ],
    ] as readonly SearchResult[],
  },
} as const;

/** Results shown per page of the search results template. */
export const resultsPerPage = 5;

/** The number of pages of results for `lang`. */
export const resultPages = (lang: Lang) => Math.ceil(search[lang].results.length / resultsPerPage);

/** The default query of the search results template. */
export const defaultQuery = (lang: Lang) => search[lang].query;

/** The results of one page, 1-based. */
export const resultsOf = (lang: Lang, page: number) =>
  search[lang].results.slice((page - 1) * resultsPerPage, page * resultsPerPage);

/** Escapes text for an HTML string (the query comes from the person searching). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function resultItems(lang: Lang, page: number): string {
  return resultsOf(lang, page)
    .map(
      ([href, title, summary]) => `
      <li>
        <h2><a href="${href}">${title}</a></h2>
        <p>${href}</p>
        <p>${summary}</p>
      </li>`,
    )
    .join('');
}

function rangeText(lang: Lang, page: number): string {
  const total = search[lang].results.length;
  const from = (page - 1) * resultsPerPage + 1;
  return search[lang].range(from, Math.min(total, page * resultsPerPage), page, resultPages(lang));
}

/** « Résultats de recherche » / "Search results": header, search bar with the query, results, pagination. */
export function searchResultsPage(lang: Lang, options: TemplateOptions = {}): string {
  const t = search[lang];
  const query = escapeHtml(options.query ?? t.query);
  return `${header(lang, options, false)}
<div class="qc-container">
  <main id="main">
    <h1>${t.title}</h1>
    <form action="${chrome[lang].searchAction}" method="get" data-search-results-form>
      <qc-search-bar input-name="q" input-value="${query}"></qc-search-bar>
    </form>
    <p data-result-count>${t.count(t.results.length, query)}</p>
    <p class="qc-sr-only" role="status" data-result-range>${rangeText(lang, 1)}</p>
    <ol class="qc-search-results" data-results>${resultItems(lang, 1)}
    </ol>
    <qc-pagination total-pages="${resultPages(lang)}" current-page="1"></qc-pagination>
  </main>
</div>
${footer(lang)}`;
}

interface PageChange extends Event {
  readonly detail: { readonly page: number };
}

const wired = new WeakSet<Element>();

/**
 * The search results template's script (what a ministry's page would run): `qc-page-change` from
 * the pagination swaps the results in place and says so in the polite status line (« Page 2 sur 3 :
 * résultats 6 à 10 »); the focus stays on the pagination control the person used (the pagination
 * keeps it there), so they can go on paging or Shift+Tab back into the new results. A new search
 * (submit) starts over at page 1 and announces the new count; the demonstration stays on the page (no request to Québec.ca).
 */
export function wireSearchResults(root: Element, lang: Lang): void {
  if (wired.has(root)) return;
  wired.add(root);
  const list = root.querySelector('[data-results]');
  const range = root.querySelector('[data-result-range]');
  // `list.innerHTML` takes the template's own static results (the query is never part of them).
  const show = (page: number, prefix = '') => {
    if (list) list.innerHTML = resultItems(lang, page);
    if (range) range.textContent = prefix + rangeText(lang, page);
  };
  root.addEventListener('qc-page-change', (event) => show((event as PageChange).detail.page));
  root.querySelector('[data-search-results-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = String(new FormData(event.target as HTMLFormElement).get('q') ?? '');
    const count = search[lang].count(search[lang].results.length, query);
    const shown = root.querySelector('[data-result-count]');
    if (shown) shown.textContent = count;
    root.querySelector('qc-pagination')?.setAttribute('current-page', '1');
    // The new count is announced with the page range (the status line always changes).
    show(1, `${count}. `);
  });
}

/**
 * The content template's script in the stories: the header's search would leave for Québec.ca's
 * search page; the demonstration stays in Storybook instead.
 */
export function wireContentPage(root: Element): void {
  if (wired.has(root)) return;
  wired.add(root);
  root.querySelector('qc-piv-header form')?.addEventListener('submit', (event) => event.preventDefault());
}

/** The header and footer, for the other page templates of the same site (case-tracking.markup.ts). */
export { header as pivHeader, footer as pivFooter };
