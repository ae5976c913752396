import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { deepActiveElement } from '../internal/controllers/focus-return.js';
import { axElement, axTree, findAll, hasAxTree, NEEDS_AX_TREE, type AxNode } from '../internal/test/ax.js';
import { engine, itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcSessionTimeout } from './qc-session-timeout.js';
import type { Clock } from './session-timer.js';
import { formatDuration, sessionTimeoutStrings } from './session-timeout.strings.js';

const { fr, en } = sessionTimeoutStrings;
const hostile = '<img src=x onerror="window.__qcSessionTimeoutXss = true">';

/**
 * A clock the test advances: `tick` runs the timers that fall due, each at its time; `jump` moves
 * time without running any (a background tab or a sleeping computer, whose timers did not fire).
 */
class TestClock implements Clock {
  time = Date.UTC(2026, 11, 3, 9);
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Advances `seconds`, running each timer that falls due at its own time. */
  tick(seconds: number): void {
    const end = this.time + seconds * 1000;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].run();
    }
    this.time = end;
  }

  jump(seconds: number): void {
    this.time += seconds * 1000;
  }

  get pending(): number {
    return this.timers.size;
  }
}

/** Records `location.assign` in tests: the page never leaves. */
class TestSessionTimeout extends QcSessionTimeout {
  visited: string[] = [];
  protected override navigate(url: URL): void {
    this.visited.push(url.href);
  }
}
TestSessionTimeout.define('test-session-timeout');

interface Mounted {
  root: HTMLElement;
  el: TestSessionTimeout;
  clock: TestClock;
  field: HTMLInputElement;
}

const mounted: QcSessionTimeout[] = [];

/** A page with a field and the element (1200 s, warning 120 s unless said otherwise), on a test clock. */
async function mount(
  attributes: { timeout?: string; warning?: string; 'end-url'?: string; lang?: string; heading?: string } = {},
  extra: Partial<Record<'continue-label' | 'end-label', string>> = {},
): Promise<Mounted> {
  const clock = new TestClock();
  const root = await fixture<HTMLElement>(
    html`<div lang=${attributes.lang ?? 'fr'}>
      <main>
        <label>Nom <input id="field" name="nom" /></label>
      </main>
    </div>`,
  );
  const el = document.createElement('test-session-timeout') as TestSessionTimeout;
  el.clock = clock;
  for (const [name, value] of Object.entries({ timeout: '1200', warning: '120', ...attributes, ...extra })) {
    if (name !== 'lang' && value !== undefined) el.setAttribute(name, value);
  }
  root.append(el);
  mounted.push(el);
  await el.updateComplete;
  await customElements.whenDefined('qc-dialog');
  await customElements.whenDefined('qc-button');
  return { root, el, clock, field: root.querySelector('input')! };
}

/** Advances the clock `seconds` and waits for the warning to open. */
async function openWarning(m: Mounted, seconds = 1080): Promise<void> {
  const opened = oneEvent(m.el, 'qc-session-warn');
  m.clock.tick(seconds);
  await opened;
  await m.el.updateComplete;
}

const part = (el: QcSessionTimeout, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const dialogOf = (el: QcSessionTimeout) => part(el, 'dialog') as HTMLElement & { open: boolean };
/** The native `<dialog>` in qc-dialog's shadow root: the node with role alertdialog. */
const innerDialog = (el: QcSessionTimeout) => dialogOf(el).shadowRoot!.querySelector('dialog')!;
/** Text with its spaces made plain: Intl puts a no-break space between a number and its unit (« 30 secondes »). */
const plain = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const visibleMessage = (el: QcSessionTimeout) => plain(part(el, 'message').textContent);
const statusText = (el: QcSessionTimeout) => plain(el.shadowRoot!.querySelector('[role="status"]')!.textContent);
/** The part name of the element focused inside the component (`continue-button`…), or the focused element's id. */
const focused = (el: QcSessionTimeout) =>
  el.shadowRoot!.activeElement?.getAttribute('part') ?? document.activeElement?.id ?? '';
/**
 * The page's accessibility tree once it shows the alertdialog, and that dialog's node. Firefox 153
 * updates its tree a moment after a modal dialog opens; and, in about one run in two here (checked
 * again after qc-dialog's host became `display: block`, which fixed another cause), its tree reads
 * as an empty document for good after the warning opened and changed (a step, a new language). The
 * cause is not found (a modal `<dialog>` two shadow roots deep; wherever the live region is); it
 * may reach screen reader users in Firefox. There the warning is opened again (`restart()`, then
 * the same wait; at most twice), which brings the tree back.
 */
async function treeWithDialog(m: Mounted): Promise<{ tree: AxNode; dialog: AxNode }> {
  for (let attempt = 0; ; attempt += 1) {
    const tree = await axTree();
    const [dialog] = findAll(tree, (n) => n.role === 'alertdialog');
    if (dialog || attempt === 30) {
      expect(dialog, 'an alertdialog in the accessibility tree').to.not.equal(undefined);
      return { tree, dialog: dialog! };
    }
    // Up to twice: one clean-clone run saw the tree stay empty after the first reopening.
    if ((attempt === 10 || attempt === 20) && engine === 'firefox' && tree.children === undefined) {
      const left = m.el.remaining;
      m.el.restart();
      await openWarning(m, 1200 - left);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
/**
 * The warning's role and name as assistive technologies get them: from the tree where the engine
 * gives one, else (WebKit) from the dialog element's computed role and label. Not `axElement` in
 * Firefox: its temporary id on the open modal `<dialog>` empties Firefox's tree (seen here).
 */
async function warningRoleAndName(m: Mounted): Promise<{ role: string; name: string }> {
  if (!hasAxTree) return axElement(innerDialog(m.el));
  const { dialog } = await treeWithDialog(m);
  return { role: dialog.role, name: dialog.name };
}
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('qc-session-timeout', () => {
  // Firefox 153 builds its accessibility tree when first asked; built while the modal warning is
  // already open (two shadow roots deep), it stays an empty document (seen in every run here). So
  // the tree is asked for once before the tests. A screen reader running before the warning opens
  // does not meet this; one started while it is open may (not investigated further).
  before(async () => {
    if (hasAxTree) await axTree();
  });

  // Each test closes the warnings it opened before its page is removed: Firefox, seen here, can
  // leave its accessibility tree empty for later tests after an open modal dialog is removed.
  afterEach(async () => {
    for (const el of mounted.splice(0)) if (el.isConnected && el.open) el.restart();
    await frame();
    await frame();
  });

  describe('accessibility', () => {
    it('the warning is an alertdialog named by its heading (all engines: computed role and name)', async () => {
      const m = await mount();
      await openWarning(m);
      const node = await warningRoleAndName(m);
      expect(node.role).to.equal('alertdialog');
      expect(node.name).to.equal(fr.sessionTimeoutHeading);
    });

    itExcept(
      NEEDS_AX_TREE,
      'the alertdialog is described by the message, with the time left [wcag:1.3.1]',
      async () => {
        const m = await mount();
        await openWarning(m);
        const { dialog } = await treeWithDialog(m);
        expect(dialog.name).to.equal(fr.sessionTimeoutHeading);
        expect(plain(dialog.description)).to.equal(
          plain(fr.sessionTimeoutMessage('2 minutes', fr.sessionTimeoutContinue)),
        );
        const buttons = findAll(dialog, (n) => n.role === 'button').map((n) => n.name);
        expect(buttons).to.deep.equal([fr.sessionTimeoutContinue, fr.sessionTimeoutEnd]);
        // At a spoken step: the message once, with the new time, and not the live region's text.
        m.clock.tick(60);
        await m.el.updateComplete;
        expect(statusText(m.el)).to.not.equal('');
        const later = (await treeWithDialog(m)).dialog;
        // 2 minutes again if Firefox's empty tree made treeWithDialog open the warning once more.
        const time = m.el.remaining > 60 ? '2 minutes' : '1 minute';
        expect(plain(later.description)).to.equal(plain(fr.sessionTimeoutMessage(time, fr.sessionTimeoutContinue)));
      },
    );

    itExcept(NEEDS_AX_TREE, 'the every-second countdown is hidden from screen readers [wcag:4.1.3]', async () => {
      const m = await mount();
      await openWarning(m);
      m.clock.tick(1);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('1 minute et 59 secondes');
      const tree = plain(JSON.stringify((await treeWithDialog(m)).tree));
      expect(tree).to.not.contain('59 secondes');
      expect(tree).to.contain(plain(fr.sessionTimeoutMessage('2 minutes', fr.sessionTimeoutContinue)));
    });

    itExcept(NEEDS_AX_TREE, 'the page behind the warning is out of reach of assistive technologies', async () => {
      const m = await mount();
      const before = findAll(await axTree(), (n) => n.role === 'textbox').map((n) => n.name);
      expect(before, 'the field is there before the warning').to.deep.equal(['Nom']);
      await openWarning(m);
      const { tree } = await treeWithDialog(m);
      expect(findAll(tree, (n) => n.role === 'textbox')).to.deep.equal([]);
    });

    it('passes axe while counting (nothing shown) and while the warning is open', async () => {
      const m = await mount();
      await expect(m.root).to.be.accessible();
      await openWarning(m);
      await expect(m.root).to.be.accessible();
      await expect(dialogOf(m.el)).to.be.accessible();
    });
  });

  describe('timer', () => {
    it('opens the warning `warning` seconds before the end, not before', async () => {
      const m = await mount();
      m.clock.tick(1079.999);
      await m.el.updateComplete;
      expect(m.el.open).to.equal(false);
      expect(dialogOf(m.el).open).to.equal(false);
      await openWarning(m, 0.001);
      expect(m.el.open).to.equal(true);
      expect(dialogOf(m.el).open).to.equal(true);
      expect(m.el.remaining).to.equal(120);
    });

    it('the visible countdown follows the clock every second', async () => {
      const m = await mount();
      await openWarning(m);
      expect(visibleMessage(m.el)).to.equal(plain(fr.sessionTimeoutMessage('2 minutes', fr.sessionTimeoutContinue)));
      m.clock.tick(1);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('dans 1 minute et 59 secondes.');
      m.clock.tick(58);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('dans 1 minute et 1 seconde.');
      m.clock.tick(1);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('dans 1 minute.');
    });

    it('announces the time left politely at each minute, then at 30 and 10 seconds, never every second [wcag:4.1.3]', async () => {
      const m = await mount({ timeout: '1200', warning: '180' });
      const status = m.el.shadowRoot!.querySelector('[role="status"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => {
        const value = plain(status.textContent);
        if (value) said.push(value);
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      await openWarning(m, 1020);
      expect(statusText(m.el), 'nothing extra when it opens: the alertdialog is read').to.equal('');
      for (let second = 0; second < 179; second += 1) {
        m.clock.tick(1);
        await m.el.updateComplete;
      }
      observer.disconnect();
      expect(said).to.deep.equal([
        fr.sessionTimeoutRemaining('2 minutes'),
        fr.sessionTimeoutRemaining('1 minute'),
        fr.sessionTimeoutRemaining('30 secondes'),
        fr.sessionTimeoutRemaining('10 secondes'),
      ]);
    });

    it('at zero: fires qc-session-end (timeout), closes, and announces the expiry when the page stays [wcag:2.2.1,4.1.3]', async () => {
      const m = await mount();
      const reasons: string[] = [];
      m.root.addEventListener('qc-session-end', (event) => reasons.push(event.detail.reason));
      await openWarning(m);
      m.clock.tick(119.999);
      expect(reasons).to.deep.equal([]);
      m.clock.tick(0.001);
      await m.el.updateComplete;
      expect(reasons).to.deep.equal(['timeout']);
      expect(m.el.open).to.equal(false);
      expect(dialogOf(m.el).open).to.equal(false);
      expect(m.el.remaining).to.equal(0);
      expect(m.clock.pending, 'no timer left running').to.equal(0);
      expect(m.el.visited).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 250));
      const region = document.querySelector('[data-qc-announcer="polite"]');
      expect(region?.textContent).to.equal(fr.sessionTimeoutExpired);
    });

    it('a background tab: remaining time comes from timestamps, and catches up when the tab shows again', async () => {
      const m = await mount();
      // Timers did not fire while the tab was hidden; 19 minutes 30 seconds went by.
      m.clock.jump(1170);
      const opened = oneEvent(m.el, 'qc-session-warn');
      document.dispatchEvent(new Event('visibilitychange'));
      const event = await opened;
      expect(event.detail.remaining).to.equal(30);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('dans 30 secondes.');
      // Hidden again past the end: the session ends on return, without a burst of announcements.
      const ended = oneEvent(m.el, 'qc-session-end');
      m.clock.jump(45);
      document.dispatchEvent(new Event('visibilitychange'));
      expect((await ended).detail.reason).to.equal('timeout');
    });

    it('a timer that fires late (throttled) still opens at the right remaining time', async () => {
      const m = await mount();
      m.clock.jump(1100);
      await openWarning(m, 0);
      expect(m.el.remaining).to.equal(100);
      m.clock.jump(50);
      m.clock.tick(1);
      await m.el.updateComplete;
      expect(visibleMessage(m.el)).to.contain('dans 49 secondes.');
      expect(statusText(m.el), 'one announcement for the steps passed meanwhile').to.equal(
        fr.sessionTimeoutRemaining('1 minute'),
      );
    });

    it('restart() counts again from now and closes the warning, without an event', async () => {
      const m = await mount();
      const events: string[] = [];
      for (const type of ['qc-session-extend', 'qc-session-end'])
        m.root.addEventListener(type, () => events.push(type));
      await openWarning(m);
      m.clock.tick(30);
      m.el.restart();
      await m.el.updateComplete;
      expect(m.el.open).to.equal(false);
      expect(dialogOf(m.el).open).to.equal(false);
      expect(m.el.remaining).to.equal(1200);
      expect(events).to.deep.equal([]);
      m.clock.tick(1079);
      expect(m.el.open).to.equal(false);
      await openWarning(m, 1);
    });

    it('a new timeout applies from the same start (not a restart) [wcag:2.2.1]', async () => {
      const m = await mount();
      m.clock.tick(500);
      m.el.setAttribute('timeout', '600');
      await m.el.updateComplete;
      expect(m.el.remaining).to.equal(100);
      expect(m.el.open).to.equal(true);
    });

    it('stops while removed; put back (a framework moving it), it counts on from the same start', async () => {
      const m = await mount();
      const events: string[] = [];
      m.el.addEventListener('qc-session-end', () => events.push('end'));
      m.clock.tick(100);
      m.el.remove();
      m.clock.tick(5000);
      expect(events).to.deep.equal([]);
      expect(m.clock.pending).to.equal(0);
      m.clock.jump(-5000);
      m.root.append(m.el);
      expect(m.el.remaining).to.equal(1100);
      await openWarning(m, 980);
      // Removed while open, put back: open again, with the time left.
      m.el.remove();
      expect(innerDialog(m.el).open).to.equal(false);
      m.clock.jump(20);
      const reopened = oneEvent(m.el, 'qc-session-warn');
      m.root.append(m.el);
      expect((await reopened).detail.remaining).to.equal(100);
      // Put back after the end: the session ended meanwhile.
      m.el.remove();
      m.clock.jump(200);
      m.root.append(m.el);
      expect(events).to.deep.equal(['end']);
    });

    it('a new element counts from its own connection', async () => {
      const first = await mount();
      first.clock.tick(600);
      const second = await mount();
      expect(first.el.remaining).to.equal(600);
      expect(second.el.remaining).to.equal(1200);
    });
  });

  describe('keyboard', () => {
    it('focus goes to « Continuer la session » when the warning opens', async () => {
      const m = await mount();
      m.field.focus();
      await openWarning(m);
      expect(focused(m.el)).to.equal('continue-button');
      const inner = part(m.el, 'continue-button').shadowRoot!.querySelector('button');
      expect(deepActiveElement() === inner, 'the qc-button’s own <button> has the focus').to.equal(true);
    });

    it('Tab and Shift+Tab cycle between the two buttons, and never reach the page [wcag:2.1.1]', async () => {
      const m = await mount();
      m.field.focus();
      await openWarning(m);
      await sendKeys({ press: 'Tab' });
      expect(focused(m.el)).to.equal('end-button');
      await sendKeys({ press: 'Tab' });
      expect(focused(m.el)).to.equal('continue-button');
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(m.el)).to.equal('end-button');
      await sendKeys({ press: 'Shift+Tab' });
      expect(focused(m.el)).to.equal('continue-button');
    });

    it('Escape continues the session (qc-session-extend), closes and gives focus back [wcag:2.1.1,2.1.2,2.2.1,2.4.3]', async () => {
      const m = await mount();
      m.field.focus();
      await openWarning(m);
      const extended = oneEvent(m.el, 'qc-session-extend');
      await sendKeys({ press: 'Escape' });
      await extended;
      await m.el.updateComplete;
      expect(m.el.open).to.equal(false);
      expect(dialogOf(m.el).open).to.equal(false);
      expect(m.el.remaining).to.equal(1200);
      expect(document.activeElement?.id).to.equal('field');
    });

    it('Enter on « Continuer la session » continues it [wcag:2.1.1,2.2.1]', async () => {
      const m = await mount();
      await openWarning(m);
      const extended = oneEvent(m.el, 'qc-session-extend');
      await sendKeys({ press: 'Enter' });
      await extended;
      expect(m.el.open).to.equal(false);
    });

    it('Space on « Mettre fin à la session » ends it (reason user) [wcag:2.1.1]', async () => {
      const m = await mount();
      await openWarning(m);
      await sendKeys({ press: 'Tab' });
      expect(focused(m.el)).to.equal('end-button');
      const ended = oneEvent(m.el, 'qc-session-end');
      await sendKeys({ press: 'Space' });
      expect((await ended).detail.reason).to.equal('user');
      expect(m.el.open).to.equal(false);
    });
  });

  describe('events', () => {
    it('« Continuer la session » fires qc-session-extend once (bubbling, composed), closes and restarts the count [wcag:2.2.1]', async () => {
      const m = await mount();
      const seen: Event[] = [];
      m.root.addEventListener('qc-session-extend', (event) => seen.push(event));
      await openWarning(m);
      m.clock.tick(40);
      part(m.el, 'continue-button').click();
      await m.el.updateComplete;
      expect(seen.length).to.equal(1);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
      expect(m.el.open).to.equal(false);
      expect(m.el.remaining).to.equal(1200);
    });

    it('« Mettre fin à la session » fires qc-session-end {reason: user} and goes to end-url', async () => {
      const m = await mount({ 'end-url': '/deconnexion?raison=usager' });
      const seen: CustomEvent[] = [];
      m.root.addEventListener('qc-session-end', (event) => seen.push(event));
      await openWarning(m);
      part(m.el, 'end-button').click();
      expect(seen.map((event) => [event.detail.reason, event.cancelable])).to.deep.equal([['user', true]]);
      expect(m.el.visited).to.deep.equal([new URL('/deconnexion?raison=usager', document.baseURI).href]);
      expect(m.el.open).to.equal(false);
      expect(m.clock.pending, 'the count stopped').to.equal(0);
    });

    it('at zero with end-url: goes there (reason timeout) [wcag:2.2.1]', async () => {
      const m = await mount({ 'end-url': 'https://example.qc.ca/session-expiree' });
      await openWarning(m);
      m.clock.tick(120);
      expect(m.el.visited).to.deep.equal(['https://example.qc.ca/session-expiree']);
    });

    it('a cancelled qc-session-end keeps the page where it is', async () => {
      const m = await mount({ 'end-url': '/deconnexion' });
      m.root.addEventListener('qc-session-end', (event) => event.preventDefault());
      m.el.end();
      expect(m.el.visited).to.deep.equal([]);
      m.el.restart();
      await openWarning(m);
      m.clock.tick(120);
      expect(m.el.visited).to.deep.equal([]);
    });

    it('end() and extend() work without the warning open', async () => {
      const m = await mount();
      const events: string[] = [];
      m.el.addEventListener('qc-session-extend', () => events.push('extend'));
      m.el.addEventListener('qc-session-end', (event) => events.push(event.detail.reason));
      m.clock.tick(600);
      m.el.extend();
      expect(m.el.remaining).to.equal(1200);
      m.el.end();
      expect(events).to.deep.equal(['extend', 'user']);
      expect(m.el.remaining).to.equal(0);
    });

    it('the inner dialog’s own events (qc-show, cancel, close) do not leak to the page', async () => {
      const m = await mount();
      const leaked: string[] = [];
      for (const type of ['qc-show', 'cancel', 'close']) m.root.addEventListener(type, () => leaked.push(type));
      await openWarning(m);
      await sendKeys({ press: 'Escape' });
      await frame();
      expect(m.el.open).to.equal(false);
      expect(leaked).to.deep.equal([]);
    });
  });

  describe('forms (nothing typed is lost, WCAG 3.3.7)', () => {
    it('typed text and the caret are where they were after « Continuer la session »; the page never reloads', async () => {
      const m = await mount();
      (window as Window & { __qcNotReloaded?: boolean }).__qcNotReloaded = true;
      m.field.focus();
      await sendKeys({ type: 'Tremblay' });
      m.field.setSelectionRange(3, 3);
      await openWarning(m);
      expect(focused(m.el)).to.equal('continue-button');
      await sendKeys({ press: 'Enter' });
      await m.el.updateComplete;
      await frame();
      expect(document.activeElement?.id).to.equal('field');
      expect(m.field.value).to.equal('Tremblay');
      expect(m.field.selectionStart).to.equal(3);
      await sendKeys({ type: 'X' });
      expect(m.field.value).to.equal('TreXmblay');
      expect((window as Window & { __qcNotReloaded?: boolean }).__qcNotReloaded).to.equal(true);
    });
  });

  describe('i18n', () => {
    const plainDuration = (seconds: number, lang: string) => plain(formatDuration(seconds, lang));

    it('formats durations in French and English with Intl [wcag:3.1.2]', () => {
      expect(plainDuration(120, 'fr')).to.equal('2 minutes');
      expect(plainDuration(90, 'fr-CA')).to.equal('1 minute et 30 secondes');
      expect(plainDuration(61, 'fr')).to.equal('1 minute et 1 seconde');
      expect(plainDuration(1, 'fr')).to.equal('1 seconde');
      expect(plainDuration(3900, 'fr')).to.equal('1 heure et 5 minutes');
      expect(plainDuration(0.2, 'fr'), 'a part of a second counts as a second').to.equal('1 seconde');
      expect(plainDuration(0, 'fr')).to.equal('0 seconde');
      expect(plainDuration(120, 'en')).to.equal('2 minutes');
      expect(plainDuration(90, 'en-CA')).to.equal('1 minute and 30 seconds');
      expect(plainDuration(30, 'en')).to.equal('30 seconds');
      expect(formatDuration(93, 'fr'), 'no line break inside « 33 secondes »').to.equal(
        '1\u00a0minute et 33\u00a0secondes',
      );
    });

    it('speaks French by default [wcag:3.1.2]', async () => {
      const m = await mount();
      await openWarning(m);
      expect(part(m.el, 'heading').textContent).to.equal(fr.sessionTimeoutHeading);
      expect(part(m.el, 'continue-button').textContent).to.equal('Continuer la session');
      expect(part(m.el, 'end-button').textContent).to.equal('Mettre fin à la session');
      expect(visibleMessage(m.el)).to.equal(
        'Votre session expirera automatiquement dans 2 minutes. Sélectionnez « Continuer la session » pour prolonger votre session.',
      );
    });

    it('speaks English in an English page part, including the time [wcag:3.1.2]', async () => {
      const m = await mount({ lang: 'en-CA', warning: '90' });
      await openWarning(m, 1110);
      expect(part(m.el, 'heading').textContent).to.equal('Session timeout warning');
      expect(part(m.el, 'continue-button').textContent).to.equal('Continue session');
      expect(part(m.el, 'end-button').textContent).to.equal('End session now');
      expect(visibleMessage(m.el)).to.equal(
        'Your session will expire automatically in 1 minute and 30 seconds. Select “Continue session” to extend your session.',
      );
      m.clock.tick(30);
      await m.el.updateComplete;
      expect(statusText(m.el)).to.equal('Your session will expire in 1 minute.');
      const node = await warningRoleAndName(m);
      expect(node.name).to.equal('Session timeout warning');
    });

    it('heading, continue-label and end-label replace the built-in strings, and the message names the button [wcag:1.3.1,4.1.2]', async () => {
      const m = await mount(
        { heading: 'Votre session se termine bientôt' },
        {
          'continue-label': 'Rester connecté',
          'end-label': 'Me déconnecter',
        },
      );
      await openWarning(m);
      expect(part(m.el, 'heading').textContent).to.equal('Votre session se termine bientôt');
      expect(part(m.el, 'continue-button').textContent).to.equal('Rester connecté');
      expect(part(m.el, 'end-button').textContent).to.equal('Me déconnecter');
      expect(visibleMessage(m.el)).to.contain('Sélectionnez « Rester connecté »');
    });

    it('registerTranslation replaces a built-in string on the page', async () => {
      registerTranslation('fr-CA', { sessionTimeoutEnd: 'Me déconnecter' });
      try {
        const m = await mount({ lang: 'fr-CA' });
        await openWarning(m);
        expect(part(m.el, 'end-button').textContent).to.equal('Me déconnecter');
      } finally {
        registerTranslation('fr-CA', { sessionTimeoutEnd: fr.sessionTimeoutEnd });
      }
    });

    it('follows a change of lang while open [wcag:3.1.2]', async () => {
      const m = await mount();
      await openWarning(m);
      m.root.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await m.el.updateComplete;
      expect(part(m.el, 'heading').textContent).to.equal(en.sessionTimeoutHeading);
      expect(visibleMessage(m.el)).to.contain('in 2 minutes.');
    });
  });

  describe('bad input', () => {
    for (const [value, why] of [
      ['abc', 'not a number'],
      ['-5', 'negative'],
      ['0', 'zero'],
    ] as const) {
      it(`timeout="${value}" (${why}) falls back to 1200 seconds with one warning`, async () => {
        let m: Mounted | undefined;
        const warnings = await captureWarnings(async () => {
          m = await mount({ timeout: value });
          m.el.requestUpdate();
          await m.el.updateComplete;
          m.clock.tick(1);
        });
        expect(warnings.filter((message) => message.includes(`timeout="${value}"`))).to.have.length(1);
        expect(m!.el.remaining).to.equal(1199);
      });
    }

    for (const [value, why] of [
      ['1200', 'equal to the timeout'],
      ['5000', 'above the timeout'],
      ['-1', 'negative'],
      ['beaucoup', 'not a number'],
    ] as const) {
      it(`warning="${value}" (${why}) falls back to 120 seconds with one warning`, async () => {
        let m: Mounted | undefined;
        const warnings = await captureWarnings(async () => {
          m = await mount({ warning: value });
          m.el.requestUpdate();
          await m.el.updateComplete;
          m.clock.tick(1079);
        });
        expect(warnings.filter((message) => message.includes(`warning="${value}"`))).to.have.length(1);
        expect(m!.el.open).to.equal(false);
        await openWarning(m!, 1);
      });
    }

    it('a warning longer than half a short timeout falls back to half of it', async () => {
      const warnings = await captureWarnings(async () => {
        const m = await mount({ timeout: '100', warning: '100' });
        await openWarning(m, 50);
        expect(m.el.remaining).to.equal(50);
      });
      expect(warnings).to.have.length(1);
    });

    it('a warning under 20 seconds is kept, with one warning (WCAG 2.2.1)', async () => {
      const warnings = await captureWarnings(async () => {
        const m = await mount({ timeout: '60', warning: '10' });
        await openWarning(m, 50);
      });
      expect(warnings.filter((message) => message.includes('WCAG 2.2.1'))).to.have.length(1);
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<p>x</p>']) {
      it(`end-url="${url.slice(0, 11)}…" is not followed, with one warning`, async () => {
        let m: Mounted | undefined;
        const warnings = await captureWarnings(async () => {
          m = await mount({ 'end-url': url });
          m.el.end();
          m.el.restart();
          m.el.end();
        });
        expect(m!.el.visited).to.deep.equal([]);
        expect(warnings.filter((message) => message.includes('end-url'))).to.have.length(1);
      });
    }

    it('shows a heading and labels with markup as text, never as HTML', async () => {
      const m = await mount({ heading: hostile }, { 'continue-label': hostile });
      await openWarning(m);
      expect(part(m.el, 'heading').textContent).to.equal(hostile);
      expect(part(m.el, 'continue-button').textContent).to.equal(hostile);
      expect(m.el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcSessionTimeoutXss?: boolean }).__qcSessionTimeoutXss).to.equal(undefined);
    });

    it('blank labels keep the built-in strings', async () => {
      const m = await mount({ heading: '   ' }, { 'continue-label': '', 'end-label': ' ' });
      await openWarning(m);
      expect(part(m.el, 'heading').textContent).to.equal(fr.sessionTimeoutHeading);
      expect(part(m.el, 'continue-button').textContent).to.equal(fr.sessionTimeoutContinue);
      expect(part(m.el, 'end-button').textContent).to.equal(fr.sessionTimeoutEnd);
    });

    it('a huge timeout never fires early (setTimeout’s 24.8-day limit) [wcag:2.2.1]', async () => {
      const m = await mount({ timeout: String(60 * 60 * 24 * 365), warning: '120' });
      m.clock.tick(60 * 60 * 24 * 30);
      expect(m.el.open).to.equal(false);
      expect(m.el.remaining).to.equal(60 * 60 * 24 * 335);
    });

    it('is registered once: defining the same class again is a no-op', () => {
      expect(customElements.get('qc-session-timeout') === QcSessionTimeout).to.equal(true);
      expect(() => QcSessionTimeout.define('qc-session-timeout')).not.to.throw();
    });
  });
  // Last: WebKitWebDriver's resize can leave the page without system focus for the tests after it.
  describe('layout', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('reflows at 320 px: the warning and its buttons fit the screen, buttons at least 24 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const m = await mount({ lang: 'fr' }, { 'continue-label': 'Continuer la session maintenant, s’il vous plaît' });
      await openWarning(m);
      const box = innerDialog(m.el).getBoundingClientRect();
      expect(box.left >= 0 && box.right <= 320, `dialog ${box.left}–${box.right}`).to.equal(true);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const name of ['continue-button', 'end-button']) {
        const button = part(m.el, name).getBoundingClientRect();
        expect(button.left >= box.left && button.right <= box.right, `${name} inside the dialog`).to.equal(true);
        expect(Math.min(button.width, button.height), `${name} target size`).to.be.at.least(24);
      }
    });
  });
});
