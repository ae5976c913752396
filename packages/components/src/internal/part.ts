/**
 * The attribute that marks light-DOM nodes a component created or adopted (`label`, `hint`,
 * `error`, `control`, `counter`…). One name, so author content is never mistaken for a part and
 * server-rendered parts are adopted instead of duplicated. Styles and tests may use the literal
 * `[data-qc-part]` selector; code reads this constant. Derived flags (`${PART}-required`) record
 * what a component added to an author's control, so it can remove only that.
 */
export const PART = 'data-qc-part';
