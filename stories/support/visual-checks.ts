// Geometric and computed-style checks of a rendered story, across shadow roots, for the success
// criteria axe cannot judge from markup: reflow at 320 px (1.4.10), text at 200 % (1.4.4), target
// size (2.5.8), forced colours (1.4.1, 1.4.11, 2.4.7) and reduced motion (2.2.2, 2.3.3). Each check
// returns the failures as sentences naming the element (tag and part) and the measured value; the
// caller adds the story, language and theme.
import { deepElements } from './settle.js';

/** Per-story exceptions, as a story's `parameters.qcChecks`, each with its reason. */
export interface CheckExceptions {
  /**
   * Containers meant to scroll horizontally at 320 px (a wide table region, for example): CSS
   * selector → reason. Each must be a scroll container that fits the viewport; its content is exempt.
   */
  readonly reflowScroll?: Readonly<Record<string, string>>;
}

const TARGET_ROLES = ['button', 'link', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option', 'treeitem'];
const TARGET_SELECTOR = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
  ...TARGET_ROLES.map((role) => `[role="${role}"]`),
].join(', ');

/**
 * Controls that must show a boundary in forced colours (links are text, not boxes; a listbox's
 * options are rows inside the listbox's boundary).
 */
const BOXED_SELECTOR =
  'button, input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"]';

/** `qc-button › button[part="base"]`: the element, its part, and the host it lives in. */
export function describeElement(element: Element): string {
  const part = element.getAttribute('part');
  const id = element.id ? `#${element.id}` : '';
  const own = `${element.localName}${id}${part ? `[part="${part}"]` : ''}`;
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30).trim();
  return `${host}${own}${text ? ` « ${text} »` : ''}`;
}

/** The parent in the flattened tree: the slot a node is assigned to, or the host of its shadow root. */
export function composedParent(node: Node): Element | null {
  if (node instanceof Element || node instanceof Text) {
    if (node.assignedSlot) return node.assignedSlot;
  }
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function composedAncestors(node: Node, stop: Element): Element[] {
  const found: Element[] = [];
  for (let parent = composedParent(node); parent && parent !== stop.parentElement; parent = composedParent(parent)) {
    found.push(parent);
    if (parent === stop) break;
  }
  return found;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

const px = (value: string) => Number.parseFloat(value) || 0;
const round = (value: number) => Math.round(value * 10) / 10;

function isRendered(element: Element): boolean {
  // Inside a closed <details>, `hidden="until-found"` or `content-visibility: hidden`: not rendered.
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}

/** Visually hidden on purpose (`.qc-visually-hidden`, sr-only): a box of 2 px or less that clips. */
function isClipBox(element: Element): boolean {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const tiny = rect.width <= 2 || rect.height <= 2;
  const clips = style.overflow !== 'visible' || style.clip !== 'auto' || style.clipPath !== 'none';
  return tiny && clips;
}

function isVisuallyHidden(node: Node, root: Element): boolean {
  return composedAncestors(node, root).some(
    (element) => isClipBox(element) || getComputedStyle(element).visibility === 'hidden',
  );
}

/** Text nodes under `root` (shadow trees included) that are rendered, with their layout boxes. */
function visibleTexts(root: Element): Array<{ text: Text; rects: DOMRect[] }> {
  const found: Array<{ text: Text; rects: DOMRect[] }> = [];
  const containers: Array<Element | ShadowRoot> = [root, ...deepElements(root)];
  for (const element of deepElements(root)) if (element.shadowRoot) containers.push(element.shadowRoot);
  for (const container of containers) {
    for (const child of Array.from(container.childNodes)) {
      if (!(child instanceof Text) || !child.data.trim()) continue;
      const parent = composedParent(child);
      if (!parent || parent instanceof HTMLStyleElement || parent instanceof HTMLScriptElement) continue;
      // Light-DOM text of a host without a matching slot is not rendered.
      const host = child.parentNode;
      if (host instanceof Element && host.shadowRoot && !child.assignedSlot) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
      if (rects.length > 0 && !isVisuallyHidden(child, root)) found.push({ text: child, rects });
    }
  }
  return found;
}

function inside(element: Element, containers: readonly Element[]): boolean {
  return containers.some((container) => container !== element && composedContains(container, element));
}

/** The containers a story declares as meant to scroll, and the failures of the declaration itself. */
function scrollContainers(root: Element, exceptions: CheckExceptions): { containers: Element[]; failures: string[] } {
  const containers: Element[] = [];
  const failures: string[] = [];
  for (const [selector, reason] of Object.entries(exceptions.reflowScroll ?? {})) {
    const matches = [root, ...deepElements(root)].filter((element) => element.matches(selector));
    if (matches.length === 0) failures.push(`reflowScroll « ${selector} » (${reason}) matches no element`);
    for (const element of matches) {
      const overflowX = getComputedStyle(element).overflowX;
      if (overflowX !== 'auto' && overflowX !== 'scroll') {
        failures.push(
          `${describeElement(element)} is declared as scrolling (${reason}) but has overflow-x: ${overflowX}`,
        );
      }
      containers.push(element);
    }
  }
  return { containers, failures };
}

/**
 * WCAG 1.4.10 at the current viewport (320 CSS px): the page does not scroll horizontally and no
 * rendered text or control reaches past the viewport's left or right edge, except inside the
 * containers the story declares as meant to scroll.
 */
export function reflowFailures(root: Element, exceptions: CheckExceptions = {}): string[] {
  const { containers, failures } = scrollContainers(root, exceptions);
  const viewport = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > viewport + 1) {
    failures.push(`the page scrolls horizontally: ${scrollWidth} px of content in a ${viewport} px viewport`);
  }
  const reported = new Set<Element>();
  const report = (element: Element, left: number, right: number) => {
    if (reported.has(element) || inside(element, containers)) return;
    reported.add(element);
    failures.push(
      `${describeElement(element)} spans ${round(left)}–${round(right)} px, past the ${viewport} px viewport`,
    );
  };
  for (const { text, rects } of visibleTexts(root)) {
    for (const rect of rects) {
      if (rect.left < -1 || rect.right > viewport + 1) report(composedParent(text)!, rect.left, rect.right);
    }
  }
  for (const element of deepElements(root).filter((candidate) => candidate.matches(TARGET_SELECTOR))) {
    if (!isRendered(element) || isVisuallyHidden(element, root) || isClipBox(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.left < -1 || rect.right > viewport + 1) report(element, rect.left, rect.right);
  }
  return failures;
}

/** Text clipped by an ancestor with `overflow: hidden | clip` (WCAG 1.4.4 at 200 % text). */
export function clippedTextFailures(root: Element): string[] {
  const failures: string[] = [];
  for (const visible of visibleTexts(root)) {
    const { text } = visible;
    let rects = visible.rects;
    for (const clipper of composedAncestors(text, root)) {
      const style = getComputedStyle(clipper);
      const box = clipper.getBoundingClientRect();
      const left = box.left + clipper.clientLeft;
      const top = box.top + clipper.clientTop;
      const right = left + clipper.clientWidth;
      const bottom = top + clipper.clientHeight;
      const scrolls = (value: string) => value === 'auto' || value === 'scroll';
      if (scrolls(style.overflowX) || scrolls(style.overflowY)) {
        // Text past a scroll container is reached by scrolling it: only its visible part can be clipped further out.
        rects = rects
          .map((rect) => {
            const l = Math.max(rect.left, left);
            const t = Math.max(rect.top, top);
            return new DOMRect(l, t, Math.min(rect.right, right) - l, Math.min(rect.bottom, bottom) - t);
          })
          .filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length === 0) break;
        continue;
      }
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!clipsX && !clipsY) continue;
      const cut = rects.find(
        (rect) =>
          (clipsX && (rect.left < left - 1 || rect.right > right + 1)) ||
          (clipsY && (rect.top < top - 1 || rect.bottom > bottom + 1)),
      );
      if (cut) {
        const snippet = text.data.replace(/\s+/g, ' ').trim().slice(0, 30);
        failures.push(
          `« ${snippet} » is clipped by ${describeElement(clipper)} (overflow ${style.overflowX}/${style.overflowY}): ` +
            `text box ${round(cut.left)},${round(cut.top)}–${round(cut.right)},${round(cut.bottom)}, ` +
            `visible box ${round(left)},${round(top)}–${round(right)},${round(bottom)}`,
        );
        break;
      }
    }
  }
  return failures;
}

/** Disabled, or inert (an `inert` ancestor, or the page behind an open modal dialog). */
function isDisabled(element: Element, modals: readonly Element[]): boolean {
  if (element.matches(':disabled')) return true;
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (current.matches('[aria-disabled="true"], [inert]')) return true;
  }
  return modals.length > 0 && !modals.some((dialog) => composedContains(dialog, element));
}

/** The open modal dialogs under `root`, shadow trees included. */
function openModals(root: Element): Element[] {
  return deepElements(root).filter((element) => element.localName === 'dialog' && element.matches(':modal'));
}

/**
 * The pointer targets of a story: native and ARIA widgets, rendered and enabled. A native control
 * that is visually hidden behind its label (custom check boxes) is targeted through its labels.
 */
export function pointerTargets(root: Element): Array<{ element: Element; rect: DOMRect }> {
  const targets: Array<{ element: Element; rect: DOMRect }> = [];
  const elements = deepElements(root).filter((element) => element.matches(TARGET_SELECTOR));
  const modals = openModals(root);
  for (const element of elements) {
    if (isDisabled(element, modals) || !isRendered(element)) continue;
    // A host that delegates to a widget inside its shadow root is measured through that widget.
    if (element.shadowRoot && elements.some((other) => other !== element && composedContains(element, other))) continue;
    let rect = element.getBoundingClientRect();
    const labels = element instanceof HTMLInputElement ? Array.from(element.labels ?? []) : [];
    const hidden = isVisuallyHidden(element, root) || isClipBox(element) || getComputedStyle(element).opacity === '0';
    if (hidden) {
      const labelRects = labels.filter(isRendered).map((label) => label.getBoundingClientRect());
      if (labelRects.length === 0) continue; // not a pointer target at all
      rect = labelRects.reduce((best, next) => (next.width * next.height > best.width * best.height ? next : best));
    }
    targets.push({ element, rect });
  }
  return targets;
}

/** A link in a sentence: inline, with text of its own block around it (WCAG 2.5.8 « Inline »). */
function isInlineInText(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  const parent = composedParent(element);
  if (!parent) return false;
  return Array.from(parent.childNodes).some((node) => node !== element && node instanceof Text && node.data.trim());
}

function intersectsCircle(rect: DOMRect, cx: number, cy: number, radius: number): boolean {
  const x = Math.max(rect.left, Math.min(cx, rect.right));
  const y = Math.max(rect.top, Math.min(cy, rect.bottom));
  return (x - cx) ** 2 + (y - cy) ** 2 < radius ** 2;
}

/**
 * WCAG 2.5.8: every pointer target is at least 24 × 24 CSS px, or its 24 px circle (centred on its
 * box) meets no other target nor another undersized target's circle (the spacing exception). Links
 * in a sentence are excepted, as the criterion says.
 */
export function targetSizeFailures(root: Element, minimum = 24): string[] {
  const targets = pointerTargets(root).filter(({ element }) => !isInlineInText(element));
  const small = (rect: DOMRect) => rect.width < minimum - 0.05 || rect.height < minimum - 0.05;
  const failures: string[] = [];
  for (const target of targets) {
    if (!small(target.rect)) continue;
    const cx = target.rect.left + target.rect.width / 2;
    const cy = target.rect.top + target.rect.height / 2;
    const neighbour = targets.find((other) => {
      if (other === target) return false;
      if (composedContains(other.element, target.element) || composedContains(target.element, other.element)) {
        return false;
      }
      if (intersectsCircle(other.rect, cx, cy, minimum / 2)) return true;
      if (!small(other.rect)) return false;
      const ox = other.rect.left + other.rect.width / 2;
      const oy = other.rect.top + other.rect.height / 2;
      return Math.hypot(ox - cx, oy - cy) < minimum;
    });
    if (neighbour) {
      failures.push(
        `${describeElement(target.element)} is ${round(target.rect.width)} × ${round(target.rect.height)} px, ` +
          `within ${minimum / 2} px of ${describeElement(neighbour.element)}`,
      );
    }
  }
  return failures;
}

/** The part of `rect` left visible by the element's clipping and scrolling ancestors. */
function visiblePart(element: Element, rect: DOMRect, root: Element): DOMRect {
  let { left, top, right, bottom } = rect;
  for (const ancestor of composedAncestors(element, root)) {
    if (getComputedStyle(ancestor).overflow === 'visible') continue;
    const box = ancestor.getBoundingClientRect();
    left = Math.max(left, box.left + ancestor.clientLeft);
    top = Math.max(top, box.top + ancestor.clientTop);
    right = Math.min(right, box.left + ancestor.clientLeft + ancestor.clientWidth);
    bottom = Math.min(bottom, box.top + ancestor.clientTop + ancestor.clientHeight);
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

function lineBoxes(element: Element, rect: DOMRect): DOMRect[] {
  if (getComputedStyle(element).display !== 'inline') return [rect];
  return Array.from(element.getClientRects()).filter((box) => box.width > 0 && box.height > 0);
}

function largestOverlap(first: readonly DOMRect[], second: readonly DOMRect[]): [number, number] {
  let best: [number, number] = [0, 0];
  for (const a of first) {
    for (const b of second) {
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width > 0 && height > 0 && width * height > best[0] * best[1]) best = [width, height];
    }
  }
  return best;
}

/** The box where a text field draws its text: a button may sit in its padding (a clear button). */
function textBox(element: Element, rect: DOMRect): DOMRect {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return rect;
  const style = getComputedStyle(element);
  const left = rect.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const right = rect.right - px(style.borderRightWidth) - px(style.paddingRight);
  const top = rect.top + px(style.borderTopWidth) + px(style.paddingTop);
  const bottom = rect.bottom - px(style.borderBottomWidth) - px(style.paddingBottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/**
 * Two controls whose boxes overlap (neither inside the other, nor one the label of the other); a
 * button in a text field's padding, where the text never goes, does not count.
 */
export function overlapFailures(root: Element): string[] {
  // What is scrolled out of a container (under a dialog's footer, say) is not drawn there.
  const targets = pointerTargets(root).map(({ element, rect }) => ({
    element,
    rect: visiblePart(element, rect, root),
  }));
  const failures: string[] = [];
  const related = (a: Element, b: Element) =>
    composedContains(a, b) ||
    composedContains(b, a) ||
    (a instanceof HTMLInputElement && Array.from(a.labels ?? []).some((label) => composedContains(label, b))) ||
    (b instanceof HTMLInputElement && Array.from(b.labels ?? []).some((label) => composedContains(label, a)));
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = { element: targets[i]!.element, rect: textBox(targets[i]!.element, targets[i]!.rect) };
      const b = { element: targets[j]!.element, rect: textBox(targets[j]!.element, targets[j]!.rect) };
      if (related(a.element, b.element)) continue;
      // A link that wraps has one box per line: its bounding box would cover the text between them.
      const [width, height] = largestOverlap(lineBoxes(a.element, a.rect), lineBoxes(b.element, b.rect));
      if (width > 2 && height > 2) {
        failures.push(
          `${describeElement(a.element)} and ${describeElement(b.element)} overlap by ${round(width)} × ${round(height)} px`,
        );
      }
    }
  }
  return failures;
}

interface Edge {
  readonly width: number;
  readonly style: string;
  readonly color: string;
}

function visibleEdges(style: CSSStyleDeclaration): Edge[] {
  const edges: Edge[] = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    width: px(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
    style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
    color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
  }));
  edges.push({ width: px(style.outlineWidth), style: style.outlineStyle, color: style.outlineColor });
  return edges.filter((edge) => edge.width >= 1 && edge.style !== 'none' && edge.style !== 'hidden');
}

/** A native control drawn invisible, standing behind a label or sibling that draws it (custom check boxes). */
function standsBehind(control: Element, root: Element): boolean {
  return isClipBox(control) || isVisuallyHidden(control, root) || getComputedStyle(control).opacity === '0';
}

type Box = { element: Element; pseudo: string | null };

/**
 * The boxes that draw a control: itself, its pseudo-elements and shadow parts; for a control that
 * stands behind others (or with `around`, for a focus ring a wrapper may draw), also its labels,
 * siblings and parent, and their children.
 */
function drawingBoxes(control: Element, root: Element, around = standsBehind(control, root)): Box[] {
  const elements = new Set<Element>([control]);
  if (control.shadowRoot) for (const child of Array.from(control.shadowRoot.children)) elements.add(child);
  if (around) {
    const parent = composedParent(control);
    if (control.previousElementSibling) elements.add(control.previousElementSibling);
    if (control.nextElementSibling) elements.add(control.nextElementSibling);
    if (control instanceof HTMLInputElement) for (const label of Array.from(control.labels ?? [])) elements.add(label);
    if (parent && parent !== root && composedContains(root, parent)) elements.add(parent);
  }
  for (const element of [...elements]) for (const child of Array.from(element.children)) elements.add(child);
  return [...elements].flatMap((element) => [
    { element, pseudo: null },
    { element, pseudo: '::before' },
    { element, pseudo: '::after' },
  ]);
}

function styleOf(box: Box): CSSStyleDeclaration {
  return getComputedStyle(box.element, box.pseudo);
}

function drawn(box: Box): boolean {
  const style = styleOf(box);
  if (box.pseudo && (style.content === 'none' || style.content === 'normal')) return false;
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/**
 * In forced colours, every boxed control still shows its boundary: a border or outline of at least
 * 1 px (forced colours paint it in a system colour), drawn by the control or by the box that
 * stands for it (its label's check box, its shadow part), or the browser's own drawing of a
 * native control (`appearance` not `none`). WCAG 1.4.11.
 */
export function boundaryFailures(root: Element): string[] {
  const failures: string[] = [];
  for (const { element } of pointerTargets(root)) {
    if (!element.matches(BOXED_SELECTOR)) continue;
    const own = getComputedStyle(element);
    if (own.appearance !== 'none' && own.opacity !== '0' && !isClipBox(element)) continue;
    const boxes = drawingBoxes(element, root).filter(drawn);
    if (!boxes.some((box) => visibleEdges(styleOf(box)).length > 0)) {
      failures.push(`${describeElement(element)} shows no border or outline in forced colours`);
    }
  }
  return failures;
}

function edgeSignature(boxes: Box[]): string[] {
  return boxes.map((box) => {
    const style = styleOf(box);
    if (!drawn(box)) return '';
    return visibleEdges(style)
      .map((edge) => `${edge.width}/${edge.style}/${edge.color}`)
      .join(' ');
  });
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Elements that take focus by keyboard, rendered and enabled. */
export function focusables(root: Element): HTMLElement[] {
  const modals = openModals(root);
  return deepElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      !isDisabled(element, modals) &&
      !element.shadowRoot?.delegatesFocus &&
      isRendered(element),
  );
}

/**
 * WCAG 2.4.7 in forced colours: focusing `element` changes or adds a border or outline of at least
 * 1 px on it or a box that draws it (box shadows are dropped in forced colours and do not count).
 * Returns the failure, or '' when the indicator shows.
 */
export function focusIndicatorFailure(element: HTMLElement, root: Element): string {
  const boxes = drawingBoxes(element, root, true);
  // A story may leave focus somewhere (a submitted form focuses its first error): start unfocused.
  deepActiveElement()?.blur();
  const before = edgeSignature(boxes);
  element.focus({ preventScroll: true });
  if (!element.matches(':focus-within')) return `${describeElement(element)} does not take focus`;
  const focusVisible = element.matches(':focus-visible, :has(:focus-visible)');
  const after = edgeSignature(boxes);
  element.blur();
  const changed = boxes.some((_, index) => after[index] !== before[index] && after[index] !== '');
  if (changed) return '';
  const visible = focusVisible ? '' : '; :focus-visible did not match';
  return `${describeElement(element)} shows no focus indicator in forced colours (border and outline unchanged${visible})`;
}

const STATES: ReadonlyArray<{ name: string; on: string; off: string }> = [
  { name: 'checked', on: ':checked, [aria-checked="true"]', off: ':not(:checked):not([aria-checked="true"])' },
  { name: 'selected', on: '[aria-selected="true"]', off: '[aria-selected="false"]' },
  { name: 'current', on: '[aria-current]:not([aria-current="false"])', off: ':not([aria-current])' },
  { name: 'expanded', on: '[aria-expanded="true"]', off: '[aria-expanded="false"]' },
  { name: 'pressed', on: '[aria-pressed="true"]', off: '[aria-pressed="false"]' },
  { name: 'disabled', on: ':disabled, [aria-disabled="true"]', off: ':enabled:not([aria-disabled="true"])' },
];

const STATE_PROPERTIES = [
  'color',
  'background-color',
  'font-weight',
  'font-style',
  'text-decoration-line',
  'opacity',
  'transform',
  'content',
  'display',
  'visibility',
  'mask-image',
  'background-image',
];

/** How a control and the boxes that draw it look, as far as forced colours let colour through. */
function stateSignature(control: Element, root: Element, canvas: string): string {
  const boxes = drawingBoxes(control, root).filter((box) => box.element !== composedParent(control));
  return boxes
    .map((box) => {
      if (!drawn(box)) return '-';
      const style = styleOf(box);
      const values = STATE_PROPERTIES.map((property) => {
        const value = style.getPropertyValue(property);
        // A background the colour of the canvas, or transparent, shows nothing.
        if (property === 'background-color' && (value === canvas || /, 0\)$/.test(value) || value === 'transparent')) {
          return 'none';
        }
        return value;
      });
      return `${values.join('|')}|${visibleEdges(style)
        .map((edge) => `${edge.width}/${edge.style}/${edge.color}`)
        .join(' ')}`;
    })
    .join(';');
}

function kind(element: Element): string {
  return `${element.localName}|${element.getAttribute('role') ?? ''}|${element.getAttribute('type') ?? ''}`;
}

/**
 * WCAG 1.4.1 in forced colours: a control in a state (checked, selected, current, expanded,
 * pressed, disabled) looks different from a control of the same kind in the same story without it.
 * A native control drawn by the browser (`appearance` not `none`) shows its own state. States with
 * no peer in the story are returned as `unpaired` (not asserted).
 */
export function stateFailures(root: Element): { failures: string[]; compared: number } {
  const failures: string[] = [];
  let compared = 0;
  const probe = document.createElement('span');
  probe.style.backgroundColor = 'Canvas';
  root.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const candidates = deepElements(root).filter((element) => element.matches(TARGET_SELECTOR) && isRendered(element));
  for (const state of STATES) {
    const on = candidates.filter((element) => element.matches(state.on));
    for (const element of on) {
      if (getComputedStyle(element).appearance !== 'none' && !isClipBox(element)) continue;
      const peer = candidates.find(
        (other) => other !== element && kind(other) === kind(element) && other.matches(state.off),
      );
      if (!peer) continue;
      compared++;
      if (stateSignature(element, root, canvas) === stateSignature(peer, root, canvas)) {
        failures.push(
          `${describeElement(element)} (${state.name}) looks the same as ${describeElement(peer)} (not ${state.name}) in forced colours`,
        );
      }
    }
  }
  return { failures, compared };
}

function seconds(list: string): number[] {
  return list.split(',').map((value) => {
    const trimmed = value.trim();
    return trimmed.endsWith('ms') ? px(trimmed) / 1000 : px(trimmed);
  });
}

/**
 * WCAG 2.3.3 and 2.2.2 under `prefers-reduced-motion: reduce`: no element or pseudo-element under
 * `root` declares a transition or an animation longer than `limit` seconds, and no animation runs
 * in the document longer than that (after the caller has interacted with the story).
 */
export function motionFailures(root: Element, limit = 0.01): string[] {
  const failures: string[] = [];
  for (const element of [root, ...deepElements(root)]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
      const transitions = seconds(style.transitionDuration);
      const properties = style.transitionProperty.split(',').map((value) => value.trim());
      const longTransition = transitions.findIndex((duration, i) => duration > limit && properties[i] !== 'none');
      if (longTransition >= 0) {
        failures.push(
          `${describeElement(element)}${pseudo ?? ''}: transition ${properties[longTransition] ?? properties[0]} ${transitions[longTransition]} s`,
        );
      }
      if (style.animationName !== 'none') {
        const longAnimation = seconds(style.animationDuration).find((duration) => duration > limit);
        if (longAnimation !== undefined) {
          failures.push(
            `${describeElement(element)}${pseudo ?? ''}: animation ${style.animationName} ${longAnimation} s`,
          );
        }
      }
    }
  }
  for (const animation of document.getAnimations()) {
    const timing = animation.effect?.getComputedTiming();
    const duration = typeof timing?.duration === 'number' ? timing.duration / 1000 : 0;
    if (animation.playState === 'running' && duration > limit) {
      const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
      const name =
        animation instanceof CSSAnimation
          ? animation.animationName
          : animation instanceof CSSTransition
            ? animation.transitionProperty
            : 'script';
      failures.push(`${target ? describeElement(target) : 'an element'}: ${name} runs for ${duration} s`);
    }
  }
  return failures;
}
