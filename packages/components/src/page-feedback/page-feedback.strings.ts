// The counter's texts read like the text fields' (internal/validation.strings.ts) under the same keys,
// so `registerTranslation` changes both. Written here rather than imported: sharing that module with
// the form fields would split it out of their CDN chunk, one more file on every form page.
const plural = (n: number, one: string, many: string) => (Math.abs(n) >= 2 ? many : one);
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Built-in strings of `<qc-page-feedback>`, French first and English complete. Québec.ca's page
 * feedback widget (`qc_comments`) gives the question, the follow-up question, the privacy notes, the
 * errors and the thank-you; the reasons are adapted from Canada.ca's page feedback tool (proposal).
 * Override one globally with `registerTranslation('fr', { pageFeedbackThanks: '…' })`, or the name
 * and the question per element with `label` and `question`. The counter's texts are the shared ones
 * of the text fields.
 */
export const pageFeedbackStrings = {
  fr: {
    pageFeedbackLabel: 'Évaluation de page',
    pageFeedbackQuestion: 'L’information sur cette page vous a-t-elle été utile?',
    pageFeedbackYes: 'Oui',
    pageFeedbackNo: 'Non',
    pageFeedbackReasons: 'Pourquoi l’information n’a pas été utile?',
    pageFeedbackReasonNotFound: 'Je ne trouve pas l’information que je cherche',
    pageFeedbackReasonUnclear: 'L’information est difficile à comprendre',
    pageFeedbackReasonError: 'L’information contient une erreur ou quelque chose ne fonctionne pas',
    pageFeedbackReasonOther: 'Autre raison',
    pageFeedbackComment: 'Commentaire (facultatif)',
    pageFeedbackCommentRequired: 'Précisez la nature du problème',
    pageFeedbackPrivacy:
      'N’inscrivez pas de renseignements personnels (ex. : numéro d’assurance sociale (NAS), courriel, téléphone, adresse, etc.).',
    pageFeedbackNoReply: 'Vous ne recevrez aucune réponse.',
    pageFeedbackSubmit: 'Envoyer',
    pageFeedbackErrorReason: 'Vous devez sélectionner une option',
    pageFeedbackErrorComment: 'Veuillez préciser la nature du problème',
    pageFeedbackErrorTooLong: (max: string) => `Le commentaire doit compter au plus ${max} caractères.`,
    pageFeedbackThanks:
      'Votre message a été envoyé. Merci de nous aider à améliorer notre site. Vos commentaires sont importants pour nous.',
    charactersRemaining: (n: string, count: number) =>
      `${n} ${plural(count, 'caractère restant', 'caractères restants')}`,
    charactersOver: (n: string, count: number) => `${n} ${plural(count, 'caractère', 'caractères')} en trop`,
  },
  en: {
    pageFeedbackLabel: 'Page feedback',
    pageFeedbackQuestion: 'Was the information on this page helpful?',
    pageFeedbackYes: 'Yes',
    pageFeedbackNo: 'No',
    pageFeedbackReasons: 'Why was the information not helpful?',
    pageFeedbackReasonNotFound: 'I can’t find the information I’m looking for',
    pageFeedbackReasonUnclear: 'The information is hard to understand',
    pageFeedbackReasonError: 'The information is wrong or something is not working',
    pageFeedbackReasonOther: 'Other reason',
    pageFeedbackComment: 'Comment (optional)',
    pageFeedbackCommentRequired: 'Describe the problem',
    pageFeedbackPrivacy:
      'Do not include personal information (e.g. social insurance number (SIN), email, telephone, address, etc.).',
    pageFeedbackNoReply: 'You will not receive a reply.',
    pageFeedbackSubmit: 'Submit',
    pageFeedbackErrorReason: 'You must select an option',
    pageFeedbackErrorComment: 'Please describe the problem',
    pageFeedbackErrorTooLong: (max: string) => `The comment must be ${max} characters or fewer.`,
    pageFeedbackThanks:
      'Your message has been sent. Thank you for helping us improve our site. Your feedback is important to us.',
    charactersRemaining: (n: string, count: number) =>
      `${n} ${enPlural(count, 'character remaining', 'characters remaining')}`,
    charactersOver: (n: string, count: number) => `${n} ${enPlural(count, 'character', 'characters')} over the limit`,
  },
};
