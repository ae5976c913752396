// Waits until a rendered story is complete: custom elements upgraded, every Lit element's update
// finished (qc-icon's updateComplete also waits for its glyph), fonts loaded, layout done.

interface Updatable extends Element {
  readonly updateComplete: Promise<unknown>;
}

function isUpdatable(element: Element): element is Updatable {
  return 'updateComplete' in element;
}

/** Every element under `root`, including inside open shadow roots. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** qc-* tags still undefined after `timeout` ms: a story that forgot to import a registration. */
export async function undefinedQcTags(root: Element, timeout = 2000): Promise<string[]> {
  const tags = [
    ...new Set(
      deepElements(root)
        .map((element) => element.localName)
        .filter((tag) => tag.startsWith('qc-') && !customElements.get(tag)),
    ),
  ];
  if (tags.length === 0) return [];
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeout));
  await Promise.race([Promise.all(tags.map((tag) => customElements.whenDefined(tag))), deadline]);
  return tags.filter((tag) => !customElements.get(tag));
}

/** Animations that end (not the spinner's endless turn) running under `root`, shadow roots included. */
function finiteAnimations(root: Element): Animation[] {
  return [root, ...deepElements(root)]
    .flatMap((element) => element.getAnimations())
    .filter(
      (animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity,
    );
}

/**
 * Awaits `updateComplete` of every Lit element under `root` until a pass finds nothing new (an
 * update may render more elements), then fonts, two frames for layout, and the animations and
 * transitions that end (5 s at most), so that checks see the story at rest.
 */
export async function settle(root: Element, maxPasses = 10): Promise<void> {
  let seen = -1;
  for (let pass = 0; pass < maxPasses; pass++) {
    const elements = deepElements(root);
    await Promise.all(elements.filter(isUpdatable).map((element) => element.updateComplete));
    await nextFrame();
    if (elements.length === seen) break;
    seen = elements.length;
  }
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
  const deadline = performance.now() + 5000;
  for (let running = finiteAnimations(root); running.length > 0 && performance.now() < deadline;) {
    const left = deadline - performance.now();
    await Promise.race([
      Promise.allSettled(running.map((animation) => animation.finished)),
      new Promise((resolve) => setTimeout(resolve, left)),
    ]);
    running = finiteAnimations(root);
  }
}
