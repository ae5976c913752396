// What the three example apps (React, Vue, Angular) show: one service form, « Demande de permis de
// pêche sportive », in French and in English. The apps differ only in how their framework renders
// it and handles the submit; examples/test/form-app.ts drives all three with the same steps, so the
// field names and texts live here once. The form's words are those of the « Demande en ligne » story
// (stories/pages/demande-en-ligne.markup.ts, which the Node server example reads too); this file
// adds what only the apps show.
import { provinces, text as storyText, today, type Lang } from '../../stories/pages/demande-en-ligne.markup.js';

export { provinces, today, type Lang };

/** A `[value, label, …]` row of the story's lists as a `[value, label]` pair. */
const pair = ([value, label]: readonly string[]): readonly [value: string, label: string] => [value ?? '', label ?? ''];

/** The story form's words the apps use. */
function formWords(lang: Lang) {
  const t = storyText[lang];
  return {
    title: t.title,
    requiredNote: t.requiredNote,
    given: t.given,
    family: t.family,
    email: t.email,
    emailHint: t.emailHint,
    birth: t.birth,
    address: t.address,
    city: t.city,
    province: t.province,
    provincePlaceholder: t.provincePlaceholder,
    type: t.type,
    types: t.types.map(pair),
    options: t.options,
    optionsHint: t.optionsHint,
    // The story's renewal reminder option is one of the apps' notices (below).
    optionList: t.optionList.filter(([value]) => value !== 'courriel').map(pair),
    document: t.documentLabel,
    consent: t.consent,
    send: t.send,
    sentTitle: t.sentTitle,
  };
}

export const texts = {
  fr: {
    ...formWords('fr'),
    switchLanguage: 'English',
    switchLanguageLang: 'en',
    intro: 'Remplissez ce formulaire pour obtenir votre permis de pêche sportive.',
    documentHint: 'Facultatif. Format PDF ou JPG, 5 Mo au maximum.',
    notices: 'Avis à recevoir',
    noticeList: [
      ['avis-courriel', 'Rappel de renouvellement par courriel'],
      ['avis-texto', 'Rappel par texto'],
    ],
    sentIntro: 'Voici ce que nous avons reçu :',
  },
  en: {
    ...formWords('en'),
    switchLanguage: 'Français',
    switchLanguageLang: 'fr',
    intro: 'Fill out this form to get your sport fishing permit.',
    documentHint: 'Optional. PDF or JPG, 5 MB at most.',
    notices: 'Notices to receive',
    noticeList: [
      ['avis-courriel', 'Renewal reminder by email'],
      ['avis-texto', 'Reminder by text message'],
    ],
    sentIntro: 'This is what we received:',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Texts = (typeof texts)[Lang];

/**
 * The values a submitted application carries, as the confirmation lists them: one line per form
 * field, several values joined by « , », a file by its name.
 */
export type Received = Array<readonly [name: string, value: string]>;

/** The form's data as the confirmation lists it (names in document order, repeated names joined). */
export function receivedFrom(data: FormData): Received {
  const names = [...new Set(data.keys())];
  return names.map((name) => [
    name,
    data
      .getAll(name)
      .map((value) => (typeof value === 'string' ? value : value.name))
      .join(', '),
  ]);
}
