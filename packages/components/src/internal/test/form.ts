import { aTimeout } from '@open-wc/testing';

/** Lets components settle: Lit updates, microtasks, the coordinator's report, a task. */
export async function settle(): Promise<void> {
  await aTimeout(0);
  await aTimeout(0);
}

/** `new FormData(form).getAll(name)`, a file as its name (an empty file input sends one named ''). */
export function formValues(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map((value) => (typeof value === 'string' ? value : value.name));
}

/** Tries to submit `form` the way a user does (the browser runs constraint validation). */
export function attemptSubmit(form: HTMLFormElement): void {
  form.requestSubmit();
}
