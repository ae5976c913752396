/**
 * The nodes `<qc-file-upload>` adds after the input: the drop zone and the list of chosen files.
 * Light DOM, text only (file names are never parsed as HTML).
 */

import { PART } from '../internal/part.js';

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The drop zone. A look-alike of the input and a pointer-only hint: assistive technology reads the input itself. */
export function createZone(): HTMLElement {
  const zone = document.createElement('div');
  zone.className = 'qc-file-upload-zone';
  zone.setAttribute(PART, 'dropzone');
  zone.setAttribute('aria-hidden', 'true');
  return zone;
}

/**
 * Fills the zone: with `button`, the look-alike button the input lies over, then the hint;
 * otherwise the hint alone (an input nested by its author keeps its own look).
 */
export function fillZone(zone: HTMLElement, button: string | null, hint: string): void {
  const texts = button === null ? [hint] : [button, hint];
  const current = [...zone.children];
  if (current.length === texts.length && current.every((child, i) => child.textContent === texts[i])) return;
  zone.replaceChildren(
    ...texts.map((text, i) =>
      span(button !== null && i === 0 ? 'qc-file-upload-button' : 'qc-file-upload-instructions', text),
    ),
  );
}

export function createList(): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'qc-file-upload-list';
  list.setAttribute(PART, 'list');
  list.hidden = true;
  return list;
}

/** One chosen file: name, size, what is wrong with it (if anything) and « Retirer <name> ». */
export function createItem(name: string, size: string, problem: string, remove: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'qc-file-upload-item';
  const about = span('qc-file-upload-file', '');
  about.append(span('qc-file-upload-name', name), span('qc-file-upload-size', size));
  if (problem) about.append(span('qc-file-upload-problem', problem));
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'qc-file-upload-remove';
  // The visible word, then the file name for assistive technology: « Retirer fichier.pdf ».
  button.append(remove, span('qc-visually-hidden', ` ${name}`));
  item.append(about, button);
  return item;
}
