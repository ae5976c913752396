import { html, render, type TemplateResult } from 'lit';

// The page stories' demonstration of a valid submission: the form sits next to an empty
// `<div role="status" tabindex="-1" data-confirmation>`.

/**
 * The browser validated the form (the error summary stopped every invalid attempt): reset the form
 * so the demonstration can start over, show the confirmation, and move focus to it once drawn
 * (it scrolls into view; screen readers read it, as for GOV.UK's success banner, which is also a
 * status region). A real service would go to a confirmation page.
 */
export async function confirmSubmission(event: SubmitEvent, confirmation: () => TemplateResult): Promise<void> {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const region = form.parentElement?.querySelector<HTMLElement>('[data-confirmation]');
  if (!region) return;
  form.reset();
  render(confirmation(), region);
  await region.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('qc-notice')?.updateComplete;
  region.focus();
}

/** A new attempt: the previous confirmation no longer applies. */
export function clearConfirmation(event: Event): void {
  const form = event.currentTarget as HTMLFormElement;
  const region = form.parentElement?.querySelector<HTMLElement>('[data-confirmation]');
  if (region) render(html``, region);
}
