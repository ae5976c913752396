// The « Demande en ligne » / "Online application" form's words, written ONCE: the story's Lit template
// (demande-en-ligne.stories.ts) and the Node server example's server-written form
// (examples/ssr-server/) read them from here. Every text is static and written here.

export type Lang = 'fr' | 'en';

export const provinces: Record<Lang, Array<[string, string]>> = {
  fr: [
    ['QC', 'Québec'],
    ['AB', 'Alberta'],
    ['BC', 'Colombie-Britannique'],
    ['PE', 'Île-du-Prince-Édouard'],
    ['MB', 'Manitoba'],
    ['NB', 'Nouveau-Brunswick'],
    ['NS', 'Nouvelle-Écosse'],
    ['NU', 'Nunavut'],
    ['ON', 'Ontario'],
    ['SK', 'Saskatchewan'],
    ['NL', 'Terre-Neuve-et-Labrador'],
    ['NT', 'Territoires du Nord-Ouest'],
    ['YT', 'Yukon'],
  ],
  en: [
    ['QC', 'Quebec'],
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
    ['SK', 'Saskatchewan'],
    ['YT', 'Yukon'],
  ],
};

export const text = {
  fr: {
    title: 'Demande de permis de pêche sportive',
    intro:
      'Remplissez ce formulaire pour obtenir votre permis de pêche sportive. Prévoyez environ 10 minutes et ' +
      'ayez une pièce d’identité numérisée à portée de main.',
    requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
    identity: 'Votre identité',
    given: 'Prénom',
    family: 'Nom de famille',
    email: 'Courriel',
    emailHint: 'Nous vous enverrons le permis à cette adresse.',
    birth: 'Date de naissance',
    address: 'Adresse du domicile',
    number: 'Numéro civique',
    street: 'Rue',
    unit: 'Appartement (facultatif)',
    city: 'Ville ou municipalité',
    province: 'Province ou territoire',
    provincePlaceholder: 'Sélectionnez une province',
    postal: 'Code postal',
    postalHint: 'Exemple : G1R 4S9',
    permit: 'Votre permis',
    type: 'Type de permis',
    types: [
      ['annuel', 'Permis annuel', 'Valide du 1er avril au 31 mars.'],
      ['sept-jours', 'Permis de 7 jours consécutifs', 'Pour un séjour de pêche.'],
      ['un-jour', 'Permis d’une journée', 'Pour essayer la pêche.'],
    ],
    options: 'Options',
    optionsHint: 'Facultatif. Cochez toutes les options qui s’appliquent.',
    optionList: [
      ['saumon', 'Pêche au saumon atlantique'],
      ['blanche', 'Pêche blanche (sur la glace)'],
      ['courriel', 'Recevoir aussi un rappel de renouvellement par courriel'],
    ],
    document: 'Pièce d’identité',
    documentLabel: 'Pièce d’identité avec photo',
    documentHint: 'Permis de conduire ou passeport. Format PDF ou JPG, 5 Mo au maximum.',
    consent: 'J’atteste que les renseignements fournis sont exacts et complets',
    send: 'Envoyer la demande',
    clear: 'Effacer le formulaire',
    sentTitle: 'Votre demande a été envoyée',
    sentText: (id: string) =>
      `Numéro de confirmation : ${id}. Vous recevrez votre permis par courriel d’ici 2 jours ouvrables.`,
  },
  en: {
    title: 'Sport fishing permit application',
    intro:
      'Fill out this form to get your sport fishing permit. It takes about 10 minutes; have a scanned piece ' +
      'of identification at hand.',
    requiredNote: 'Fields marked with an asterisk (*) are required.',
    identity: 'Your identity',
    given: 'First name',
    family: 'Last name',
    email: 'Email',
    emailHint: 'We will send the permit to this address.',
    birth: 'Date of birth',
    address: 'Home address',
    number: 'Civic number',
    street: 'Street',
    unit: 'Apartment (optional)',
    city: 'City or municipality',
    province: 'Province or territory',
    provincePlaceholder: 'Select a province',
    postal: 'Postal code',
    postalHint: 'Example: G1R 4S9',
    permit: 'Your permit',
    type: 'Type of permit',
    types: [
      ['annuel', 'Annual permit', 'Valid from April 1 to March 31.'],
      ['sept-jours', '7 consecutive days permit', 'For a fishing trip.'],
      ['un-jour', 'One-day permit', 'To try fishing.'],
    ],
    options: 'Options',
    optionsHint: 'Optional. Check every option that applies.',
    optionList: [
      ['saumon', 'Atlantic salmon fishing'],
      ['blanche', 'Ice fishing'],
      ['courriel', 'Also receive a renewal reminder by email'],
    ],
    document: 'Identification',
    documentLabel: 'Photo identification',
    documentHint: 'Driver’s licence or passport. PDF or JPG, 5 MB at most.',
    consent: 'I certify that the information provided is accurate and complete',
    send: 'Send the application',
    clear: 'Clear the form',
    sentTitle: 'Your application has been sent',
    sentText: (id: string) =>
      `Confirmation number: ${id}. You will receive your permit by email within 2 business days.`,
  },
};

/** Today as `YYYY-MM-DD` (local time): nobody is born in the future. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
