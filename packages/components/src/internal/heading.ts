import { html, nothing, type TemplateResult } from 'lit';

/** Heading levels a component's `header` attribute accepts (the incumbent's values). */
export const headingLevels = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export type HeadingLevel = (typeof headingLevels)[number];

type HeadingTemplate = (text: unknown, part: string, id: string | undefined) => TemplateResult;

// One fixed template per level: the heading element comes from this map only, never from the
// attribute text (and, unlike lit/static-html, nothing is looked up or joined at each render).
const templates: Record<HeadingLevel, HeadingTemplate> = {
  h1: (text, part, id) => html`<h1 part=${part} class=${part} id=${id ?? nothing}>${text}</h1>`,
  h2: (text, part, id) => html`<h2 part=${part} class=${part} id=${id ?? nothing}>${text}</h2>`,
  h3: (text, part, id) => html`<h3 part=${part} class=${part} id=${id ?? nothing}>${text}</h3>`,
  h4: (text, part, id) => html`<h4 part=${part} class=${part} id=${id ?? nothing}>${text}</h4>`,
  h5: (text, part, id) => html`<h5 part=${part} class=${part} id=${id ?? nothing}>${text}</h5>`,
  h6: (text, part, id) => html`<h6 part=${part} class=${part} id=${id ?? nothing}>${text}</h6>`,
};

/**
 * A shadow-DOM heading of `level` (already validated, e.g. by `validEnum`) holding `text` as text.
 * `part` names both the CSS part and the class; `id` lets the heading name a group.
 */
export function renderHeading(level: HeadingLevel, text: unknown, part: string, id?: string): TemplateResult {
  return templates[level](text, part, id);
}
