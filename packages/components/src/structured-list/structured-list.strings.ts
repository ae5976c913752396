/** The key as it reads after an action's visible text: « Modifier » + « adresse ». A leading acronym (« NAS ») keeps its case. */
const lowerFirst = (key: string) => (/^\p{Lu}\p{Ll}/u.test(key) ? key[0]!.toLowerCase() + key.slice(1) : key);

/**
 * Built-in strings of `<qc-structured-list>`, French first and English complete. Override one globally
 * with `registerTranslation('fr', { structuredListActionContext: (key) => … })`.
 */
export const structuredListStrings = {
  fr: {
    /**
     * The visually hidden text added to each action of a row, after its visible text, from the row's
     * key (GOV.UK's summary-list pattern): « Modifier » + « adresse » reads « Modifier adresse ».
     */
    structuredListActionContext: (key: string) => lowerFirst(key),
  },
  en: {
    structuredListActionContext: (key: string) => lowerFirst(key),
  },
};
