import { html, type TemplateResult } from 'lit';

// Helpers shared by the form-field stories: a form that shows what it would send instead of
// leaving the page, and a `play` that tries to submit it on load so a story shows its errors.

/** Shows what the form would send, instead of leaving the page. */
export function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const entries = [...new FormData(form).entries()].map(([key, value]) => `${key}=${String(value)}`);
  const output = form.querySelector('output');
  if (output) output.value = `${form.dataset['sent'] ?? ''} ${entries.join(', ')}`;
}

export function clearSubmission(event: Event): void {
  const output = (event.target as HTMLFormElement).querySelector('output');
  if (output) output.value = '';
}

/** A form around `fields` with a submit and a reset button, showing what it sends. */
export function form(fields: TemplateResult, lang: 'fr' | 'en' = 'fr'): TemplateResult {
  const fr = lang === 'fr';
  return html`<form
    data-sent=${fr ? 'Données envoyées :' : 'Data sent:'}
    @submit=${showSubmission}
    @reset=${clearSubmission}
  >
    ${fields}
    <div class="qc-button-group">
      <qc-button type="submit">${fr ? 'Envoyer' : 'Send'}</qc-button>
      <qc-button type="reset" variant="secondary">${fr ? 'Effacer' : 'Clear'}</qc-button>
    </div>
    <p><output></output></p>
  </form>`;
}

/** Tries to submit the story's form, as a user pressing « Envoyer »: the errors appear. */
export function submitOnLoad({ canvasElement }: { canvasElement: HTMLElement }): void {
  canvasElement.querySelector('form')?.requestSubmit();
}
