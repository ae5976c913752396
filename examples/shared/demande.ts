// What the three example apps (React, Vue, Angular) show: one service form, « Demande de permis de
// pêche sportive », in French and in English. The apps differ only in how their framework renders
// it and handles the submit; examples/test/form-app.ts drives all three with the same steps, so the
// field names and texts live here once.

export type Lang = 'fr' | 'en';

/** Province or territory codes with their names, in each language's alphabetical order. */
export const provinces: Record<Lang, ReadonlyArray<readonly [code: string, name: string]>> = {
  fr: [
    ['AB', 'Alberta'],
    ['BC', 'Colombie-Britannique'],
    ['PE', 'Île-du-Prince-Édouard'],
    ['MB', 'Manitoba'],
    ['NB', 'Nouveau-Brunswick'],
    ['NS', 'Nouvelle-Écosse'],
    ['NU', 'Nunavut'],
    ['ON', 'Ontario'],
    ['QC', 'Québec'],
    ['SK', 'Saskatchewan'],
    ['NL', 'Terre-Neuve-et-Labrador'],
    ['NT', 'Territoires du Nord-Ouest'],
    ['YT', 'Yukon'],
  ],
  en: [
    ['AB', 'Alberta'],
    ['BC', 'British Columbia'],
    ['MB', 'Manitoba'],
    ['NB', 'New Brunswick'],
    ['NL', 'Newfoundland and Labrador'],
    ['NT', 'Northwest Territories'],
    ['NS', 'Nova Scotia'],
    ['NU', 'Nunavut'],
    ['ON', 'Ontario'],
    ['PE', 'Prince Edward Island'],
    ['QC', 'Quebec'],
    ['SK', 'Saskatchewan'],
    ['YT', 'Yukon'],
  ],
};

export const texts = {
  fr: {
    switchLanguage: 'English',
    switchLanguageLang: 'en',
    title: 'Demande de permis de pêche sportive',
    intro: 'Remplissez ce formulaire pour obtenir votre permis de pêche sportive.',
    requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    given: 'Prénom',
    family: 'Nom de famille',
    email: 'Courriel',
    emailHint: 'Nous vous enverrons le permis à cette adresse.',
    birth: 'Date de naissance',
    address: 'Adresse du domicile',
    city: 'Ville ou municipalité',
    province: 'Province ou territoire',
    provincePlaceholder: 'Sélectionnez une province',
    type: 'Type de permis',
    types: [
      ['annuel', 'Permis annuel'],
      ['sept-jours', 'Permis de 7 jours consécutifs'],
      ['un-jour', 'Permis d’une journée'],
    ],
    options: 'Options',
    optionsHint: 'Facultatif. Cochez toutes les options qui s’appliquent.',
    optionList: [
      ['saumon', 'Pêche au saumon atlantique'],
      ['blanche', 'Pêche blanche (sur la glace)'],
    ],
    document: 'Pièce d’identité avec photo',
    documentHint: 'Facultatif. Format PDF ou JPG, 5 Mo au maximum.',
    notices: 'Avis à recevoir',
    noticeList: [
      ['avis-courriel', 'Rappel de renouvellement par courriel'],
      ['avis-texto', 'Rappel par texto'],
    ],
    consent: 'J’atteste que les renseignements fournis sont exacts et complets',
    send: 'Envoyer la demande',
    sentTitle: 'Votre demande a été envoyée',
    sentIntro: 'Voici ce que nous avons reçu :',
  },
  en: {
    switchLanguage: 'Français',
    switchLanguageLang: 'fr',
    title: 'Sport fishing permit application',
    intro: 'Fill out this form to get your sport fishing permit.',
    requiredNote: 'Fields marked with an asterisk (*) are required.',
    given: 'First name',
    family: 'Last name',
    email: 'Email',
    emailHint: 'We will send the permit to this address.',
    birth: 'Date of birth',
    address: 'Home address',
    city: 'City or municipality',
    province: 'Province or territory',
    provincePlaceholder: 'Select a province',
    type: 'Type of permit',
    types: [
      ['annuel', 'Annual permit'],
      ['sept-jours', '7 consecutive days permit'],
      ['un-jour', 'One-day permit'],
    ],
    options: 'Options',
    optionsHint: 'Optional. Check every option that applies.',
    optionList: [
      ['saumon', 'Atlantic salmon fishing'],
      ['blanche', 'Ice fishing'],
    ],
    document: 'Photo identification',
    documentHint: 'Optional. PDF or JPG, 5 MB at most.',
    notices: 'Notices to receive',
    noticeList: [
      ['avis-courriel', 'Renewal reminder by email'],
      ['avis-texto', 'Reminder by text message'],
    ],
    consent: 'I certify that the information provided is accurate and complete',
    send: 'Send the application',
    sentTitle: 'Your application has been sent',
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

/** Today as `YYYY-MM-DD` (local time): the latest date of birth the form accepts. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
