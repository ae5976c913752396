// The pages the example server renders, as plain HTML strings. The content page and the PIV
// header/footer are the repository's own page templates (stories/pages/identity-pages.markup.ts),
// the form's words are the « Demande en ligne » story's (stories/pages/demande-en-ligne.markup.ts):
// nothing is copied. server.mjs compiles this file with esbuild when it starts.
//
// The form is written the way a server writes it for a page that must work before (and without)
// JavaScript: each light-DOM field wraps its own native control and `<label for>` (adopted by the
// element when it upgrades), the form posts to the server, and the submit button is a native
// `<button>` with the `.qc-button` class of @qc-ds/styles. A `label="…"` attribute alone would only
// show once the script has run.
import { contentPage, escapeHtml, pivFooter, pivHeader, type Lang } from '../../stories/pages/identity-pages.markup.js';
import { provinces, text } from '../../stories/pages/demande-en-ligne.markup.js';

export { contentPage, type Lang };

/** The fields the server checks; the names are the story's. */
export const requiredFields = ['prenom', 'nom', 'courriel', 'province', 'attestation'] as const;
export type FieldName = (typeof requiredFields)[number];

/** What the server sends back: the values the person typed and the errors found (empty at first). */
export interface FormState {
  values: Partial<Record<FieldName, string>>;
  errors: Partial<Record<FieldName, string>>;
}

const words = {
  fr: {
    required: (label: string) => `Le champ ${label} est obligatoire.`,
    email: 'Entrez une adresse courriel valide, par exemple nom@exemple.com.',
    consent: 'Cochez l’attestation pour envoyer la demande.',
    errorsTitle: 'Corrigez les erreurs suivantes',
    sentText: 'Vous recevrez votre permis par courriel d’ici 2 jours ouvrables.',
    back: 'Retour à la page de contenu',
  },
  en: {
    required: (label: string) => `The ${label} field is required.`,
    email: 'Enter a valid email address, for example name@example.com.',
    consent: 'Check the attestation to send the application.',
    errorsTitle: 'Fix the following errors',
    sentText: 'You will receive your permit by email within 2 business days.',
    back: 'Back to the content page',
  },
} as const;

/** The label of each checked field, in the page's language. */
function labels(lang: Lang): Record<FieldName, string> {
  const t = text[lang];
  return { prenom: t.given, nom: t.family, courriel: t.email, province: t.province, attestation: t.consent };
}

/** Server-side validation of the posted fields: the same rules the browser applies before JavaScript. */
export function validate(lang: Lang, body: URLSearchParams): FormState {
  const values: FormState['values'] = {};
  const errors: FormState['errors'] = {};
  const label = labels(lang);
  for (const name of requiredFields) {
    const value = (body.get(name) ?? '').trim();
    values[name] = value;
    if (!value) errors[name] = name === 'attestation' ? words[lang].consent : words[lang].required(label[name]);
  }
  if (values.courriel && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.courriel)) errors.courriel = words[lang].email;
  if (values.province && !provinces[lang].some(([code]) => code === values.province)) {
    errors.province = words[lang].required(label.province);
  }
  return { values, errors };
}

/**
 * `invalid invalid-text="…"`: the element shows the server's message under its control when it
 * upgrades; before that (and without JavaScript) the list at the top of the form says it.
 */
function invalid(state: FormState, name: FieldName): string {
  const error = state.errors[name];
  return error ? ` invalid invalid-text="${escapeHtml(error)}"` : '';
}

/** `aria-invalid` on the native control: the state is right before (and without) JavaScript. */
function ariaInvalid(state: FormState, name: FieldName): string {
  return state.errors[name] ? ' aria-invalid="true"' : '';
}

function textfield(lang: Lang, state: FormState, name: 'prenom' | 'nom' | 'courriel', extra: string): string {
  const label = labels(lang)[name];
  const value = state.values[name] ?? '';
  return `
  <qc-textfield required${invalid(state, name)}>
    <label for="f-${name}">${label}</label>
    <input id="f-${name}" name="${name}" required value="${escapeHtml(value)}"${ariaInvalid(state, name)} ${extra} />
  </qc-textfield>`;
}

/** The application form (a short version of the story's: identity, province, attestation). */
export function formPage(lang: Lang, action: string, state: FormState = { values: {}, errors: {} }): string {
  const t = text[lang];
  const w = words[lang];
  const errors = requiredFields.filter((name) => state.errors[name]);
  const summary = errors.length
    ? `
  <qc-notice type="error" title="${w.errorsTitle}">
    <ul>
      ${errors.map((name) => `<li><a href="#f-${name}">${escapeHtml(state.errors[name] ?? '')}</a></li>`).join('\n      ')}
    </ul>
  </qc-notice>`
    : '';
  const province = state.values.province ?? '';
  const options = provinces[lang]
    .map(([code, name]) => `<option value="${code}"${code === province ? ' selected' : ''}>${name}</option>`)
    .join('\n        ');
  return `${pivHeader(lang, { signature: '/assets/components/assets/QUEBEC_blanc.svg' }, false)}
<main id="main" class="qc-container">
  <h1>${t.title}</h1>
  <p>${t.intro}</p>${summary}
  <form action="${action}" method="post" novalidate>
  <p>${t.requiredNote}</p>
  <h2>${t.identity}</h2>${textfield(lang, state, 'prenom', 'autocomplete="given-name"')}${textfield(lang, state, 'nom', 'autocomplete="family-name"')}${textfield(lang, state, 'courriel', 'type="email" autocomplete="email" spellcheck="false"')}
  <qc-select width="md" required${invalid(state, 'province')}>
    <label for="f-province">${t.province}</label>
    <select id="f-province" name="province" autocomplete="address-level1" required${ariaInvalid(state, 'province')}>
        <option value="">${t.provincePlaceholder}</option>
        ${options}
    </select>
  </qc-select>
  <qc-checkbox required${invalid(state, 'attestation')}>
    <label><input type="checkbox" id="f-attestation" name="attestation" value="oui" required${state.values.attestation ? ' checked' : ''}${ariaInvalid(state, 'attestation')} /> <span>${t.consent}</span></label>
  </qc-checkbox>
  <div class="qc-button-group">
    <button type="submit" class="qc-button">${t.send}</button>
  </div>
  </form>
</main>
${pivFooter(lang)}`;
}

/** After a valid submission (the server redirected here: reloading does not post again). */
export function confirmationPage(lang: Lang, home: string): string {
  const t = text[lang];
  return `${pivHeader(lang, { signature: '/assets/components/assets/QUEBEC_blanc.svg' }, false)}
<main id="main" class="qc-container">
  <h1>${t.sentTitle}</h1>
  <qc-notice type="success" title="${t.sentTitle}"><p>${words[lang].sentText}</p></qc-notice>
  <p><a href="${home}">${words[lang].back}</a></p>
</main>
${pivFooter(lang)}`;
}
