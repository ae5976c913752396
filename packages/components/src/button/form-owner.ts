/**
 * The form owner and the `<fieldset disabled>` state of an element that is NOT form-associated.
 *
 * `qc-button` deliberately does not use `static formAssociated` (ElementInternals): in Chromium, the
 * upgrade of a form-associated custom element inside a form fixes the key under which that whole
 * form's saved state is looked up after Back (`FormController::RestoreControlStateOnUpgrade` →
 * `FormKeyGenerator::FormKey`, cached per form, built from the names of the form's first two named
 * controls at that moment). When the upgrade happens before qc-ds fields have created or named their
 * controls, the key differs from the one saved when the citizen left the page, and Chromium restores
 * nothing in the form. Without a form-associated element, Chromium computes the key once parsing and
 * the page's module scripts are done, from the same controls it saved. So the button computes what
 * ElementInternals would have told it, the way a native button does.
 */

/** The form `host` belongs to, as `button.form`: the `form` attribute's form, else the closest ancestor form. */
export function formOwner(host: Element, formId: string | null): HTMLFormElement | null {
  const form = formId ? (host.getRootNode() as Document).getElementById?.(formId) : host.closest('form');
  return form instanceof HTMLFormElement ? form : null;
}

/**
 * True when a `<fieldset disabled>` ancestor disables `host`, as HTML's rule for form controls:
 * disabled unless the element is inside that fieldset's first `<legend>` child.
 */
export function disabledByFieldset(host: Element): boolean {
  return host.matches('fieldset[disabled] > :not(legend:first-of-type) *, fieldset[disabled] > *');
}

const observed = new WeakSet<Node>();

/**
 * Calls `fieldsetChanged()` on the elements named like `host` inside a fieldset whose `disabled`
 * attribute changes, in `host`'s tree (one observer per document or shadow root).
 */
export function watchFieldsets(host: Element): void {
  const root = host.getRootNode();
  if (observed.has(root)) return;
  observed.add(root);
  new MutationObserver((records) => {
    for (const { target } of records)
      if (target instanceof HTMLFieldSetElement)
        for (const element of target.querySelectorAll(host.localName))
          (element as Element & { fieldsetChanged?(): void }).fieldsetChanged?.();
  }).observe(root, { attributes: true, attributeFilter: ['disabled'], subtree: true });
}
