/**
 * The open layers of the page (popups, menus, toggletips, dialogs), top-most last. Escape and a
 * pointer press outside close the top-most layer only, so an open list inside a dialog closes
 * before the dialog does. Web Awesome's overlay stack does the same for Escape.
 */

/** A layer that Escape or a press outside closes. */
export interface Layer {
  /** Elements that count as inside (a press on them does not close the layer). */
  inside(): readonly Element[];
  /** Closes the layer. It must call `closeLayer(this)` (directly or through its close path). */
  dismiss(reason: 'escape' | 'outside'): void;
}

const stack: Layer[] = [];

const top = (): Layer | undefined => stack[stack.length - 1];

/**
 * Capture phase, before any handler of the page: while a layer is open, its Escape is for it alone
 * (an enclosing dialog, native or not, stays open). Text being composed (IME) keeps its Escape.
 */
function onKeyDown(event: KeyboardEvent): void {
  const layer = top();
  if (!layer || event.key !== 'Escape' || event.isComposing) return;
  event.preventDefault();
  event.stopPropagation();
  layer.dismiss('escape');
}

/** Capture phase: a press on the page closes the layer even where a script stops the event. */
function onPointerDown(event: PointerEvent): void {
  const layer = top();
  if (!layer) return;
  const path = event.composedPath();
  if (!layer.inside().some((element) => path.includes(element))) layer.dismiss('outside');
}

/** Puts `layer` on top (again, when it already was open). Call when it opens. */
export function openLayer(layer: Layer): void {
  closeLayer(layer);
  if (stack.length === 0) {
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
  }
  stack.push(layer);
}

/** Takes `layer` off the stack. Call when it closes or its element is disconnected. */
export function closeLayer(layer: Layer): void {
  const index = stack.indexOf(layer);
  if (index < 0) return;
  stack.splice(index, 1);
  if (stack.length === 0) {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('pointerdown', onPointerDown, true);
  }
}

/** True when `layer` is the top-most open layer. */
export function isTopLayer(layer: Layer): boolean {
  return top() === layer;
}
