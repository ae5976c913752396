import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../internal/localize.js';
import { axElement, axTree, findAll, NEEDS_AX_TREE } from '../internal/test/ax.js';
import { itExcept } from '../internal/test/engine.js';
import { captureWarnings } from '../internal/test/warnings.js';
import { QcPageFeedback } from './qc-page-feedback.js';
import { PAGE_FEEDBACK_MAX_LENGTH, type PageFeedbackDetail } from './page-feedback.js';
import { pageFeedbackStrings } from './page-feedback.strings.js';

const hostile = '<img src=x onerror="window.__qcFeedbackXss = true">';
const { fr, en } = pageFeedbackStrings;

const form = (el: Element) => el.querySelector<HTMLFormElement>(':scope > form')!;
const status = (el: Element) => el.querySelector<HTMLElement>(':scope > [role="status"]')!;
const button = (el: Element, value: 'yes' | 'no') =>
  el.querySelector<HTMLButtonElement>(`button[name="helpful"][value="${value}"]`)!;
const submitButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[data-qc-part="submit"]')!;
const radios = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[name="reason"]')];
const textarea = (el: Element) => el.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')!;
const errors = (el: Element) => [...el.querySelectorAll('[data-qc-part="error"]')].map((e) => e.textContent);
const counter = (el: Element) => el.querySelector('[data-qc-part="counter"]')!.textContent;
const active = () => document.activeElement;

/** Answers « Non » with a click and waits for the follow-up question. */
async function answerNo(el: QcPageFeedback): Promise<void> {
  button(el, 'no').click();
  await el.updateComplete;
  await aTimeout(0);
}

/** Types into the textarea as a citizen does (value + input event). */
function type(el: Element, text: string): void {
  const area = textarea(el);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Records submissions reaching the document (after the element's own listener) and stops the navigation. */
function interceptSubmissions() {
  const seen: { prevented: boolean; data: [string, string][]; action: string | null; method: string | null }[] = [];
  const listener = (event: SubmitEvent) => {
    const target = event.target as HTMLFormElement;
    const data = [...new FormData(target, event.submitter)].map(([k, v]) => [k, String(v)] as [string, string]);
    seen.push({
      prevented: event.defaultPrevented,
      data,
      action: target.getAttribute('action'),
      method: target.getAttribute('method'),
    });
    event.preventDefault();
  };
  document.addEventListener('submit', listener);
  return { seen, stop: () => document.removeEventListener('submit', listener) };
}

/** Counts what would leave the page: fetch, XHR, beacons. */
function watchNetwork() {
  const calls: string[] = [];
  const { fetch } = window;
  const send = XMLHttpRequest.prototype.send;
  const beacon = navigator.sendBeacon;
  window.fetch = (...args) => {
    calls.push(`fetch ${String(args[0])}`);
    return fetch(...args);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    calls.push('xhr');
    return send.apply(this, args);
  };
  navigator.sendBeacon = (...args) => {
    calls.push('beacon');
    return beacon.apply(navigator, args);
  };
  return {
    calls,
    restore: () => {
      window.fetch = fetch;
      XMLHttpRequest.prototype.send = send;
      navigator.sendBeacon = beacon;
    },
  };
}

describe('qc-page-feedback', () => {
  describe('accessibility', () => {
    it('passes axe in every state: question, follow-up, errors, thank-you', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      await expect(el).to.be.accessible();
      await answerNo(el);
      await expect(el).to.be.accessible();
      submitButton(el).click();
      await el.updateComplete;
      expect(errors(el)).to.deep.equal([fr.pageFeedbackErrorReason]);
      await expect(el).to.be.accessible();
      radios(el)[3]!.click();
      submitButton(el).click();
      await el.updateComplete;
      expect(errors(el)).to.deep.equal([fr.pageFeedbackErrorComment]);
      await expect(el).to.be.accessible();
      type(el, 'Le lien vers le formulaire ne fonctionne pas.');
      submitButton(el).click();
      await el.updateComplete;
      expect(status(el).textContent).to.equal(fr.pageFeedbackThanks);
      await expect(el).to.be.accessible();
    });

    it('is a form landmark named « Évaluation de page » (every engine) [wcag:1.3.1,4.1.2]', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      expect(await axElement(form(el))).to.deep.equal({ role: 'form', name: fr.pageFeedbackLabel });
      expect(await axElement(button(el, 'yes'))).to.deep.equal({ role: 'button', name: 'Oui' });
    });

    itExcept(
      NEEDS_AX_TREE,
      'asks the question as a named group of two buttons, then the reasons as radios [wcag:4.1.2]',
      async () => {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback id="tree"></qc-page-feedback>`);
        let tree = await axTree('#tree');
        const [group] = findAll(tree, (n) => n.role === 'group');
        expect(group?.name).to.equal(fr.pageFeedbackQuestion);
        expect(findAll(group, (n) => n.role === 'button').map((n) => n.name)).to.deep.equal(['Oui', 'Non']);
        await answerNo(el);
        tree = await axTree('#tree');
        const [reasons] = findAll(tree, (n) => n.role === 'group');
        expect(reasons?.name).to.equal(fr.pageFeedbackReasons);
        expect(findAll(reasons, (n) => n.role === 'radio').map((n) => n.name)).to.deep.equal([
          fr.pageFeedbackReasonNotFound,
          fr.pageFeedbackReasonUnclear,
          fr.pageFeedbackReasonError,
          fr.pageFeedbackReasonOther,
        ]);
        const [comment] = findAll(tree, (n) => n.role === 'textbox');
        expect(comment?.name).to.equal(fr.pageFeedbackComment);
        expect(comment?.description).to.contain(fr.pageFeedbackNoReply);
        expect(comment?.description).to.contain('500 caractères restants');
      },
    );

    itExcept(
      NEEDS_AX_TREE,
      'links an error to the radios it concerns (their description, invalid) [wcag:3.3.1]',
      async () => {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback id="tree"></qc-page-feedback>`);
        await answerNo(el);
        submitButton(el).click();
        await el.updateComplete;
        const [radio] = findAll(await axTree('#tree'), (n) => n.role === 'radio');
        expect(radio?.description).to.equal(fr.pageFeedbackErrorReason);
        expect(radio?.invalid).to.equal(true);
      },
    );
  });

  describe('rendering', () => {
    it('asks the question with Oui and Non in a real form in the light DOM', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      expect(el.shadowRoot).to.equal(null);
      expect(form(el).querySelector('legend')!.textContent).to.equal(fr.pageFeedbackQuestion);
      expect([button(el, 'yes').type, button(el, 'no').type]).to.deep.equal(['submit', 'submit']);
      expect(status(el).textContent).to.equal('');
    });

    it('after « Non »: four reasons, the comment with its notes and counter, and « Envoyer »', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      await answerNo(el);
      expect(button(el, 'yes')).to.equal(null);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['not-found', 'unclear', 'error', 'other']);
      expect(el.textContent).to.contain(fr.pageFeedbackPrivacy);
      expect(el.textContent).to.contain(fr.pageFeedbackNoReply);
      expect(counter(el)).to.equal('500 caractères restants');
      expect(submitButton(el).textContent).to.equal('Envoyer');
      for (const radio of radios(el)) {
        const label = radio.closest('label')!.getBoundingClientRect();
        expect(label.height).to.be.at.least(24);
      }
    });

    it('fits a 320 px wide column [wcag:1.4.10]', async () => {
      const root = await fixture(html`<div style="width: 320px"><qc-page-feedback></qc-page-feedback></div>`);
      const el = root.querySelector('qc-page-feedback')!;
      expect(el.scrollWidth).to.be.at.most(320);
      await answerNo(el);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('adopts a server-written form: one form, its hidden inputs, action and method kept', async () => {
      const el = await fixture<QcPageFeedback>(
        html`<qc-page-feedback
          ><form action="/srv" method="get">
            <input type="hidden" name="csrf" value="abc" />
            <fieldset>
              <legend>L’information sur cette page vous a-t-elle été utile?</legend>
              <div>
                <button type="submit" name="helpful" value="yes">Oui</button>
                <button type="submit" name="helpful" value="no">Non</button>
              </div>
            </fieldset>
          </form></qc-page-feedback
        >`,
      );
      expect(el.querySelectorAll('form')).to.have.length(1);
      expect(el.querySelectorAll('fieldset')).to.have.length(1);
      expect(el.querySelectorAll('button')).to.have.length(2);
      expect(form(el).getAttribute('action')).to.equal('/srv');
      expect(form(el).getAttribute('method')).to.equal('get');
      expect((form(el).elements.namedItem('csrf') as HTMLInputElement).value).to.equal('abc');
    });

    it('is registered once: defining the same class again is a no-op', async () => {
      expect(customElements.get('qc-page-feedback') === QcPageFeedback).to.equal(true);
      expect(() => QcPageFeedback.define('qc-page-feedback')).not.to.throw();
    });
  });

  describe('keyboard', () => {
    it('Tab reaches Oui then Non; Enter on Non moves the focus to the follow-up question [wcag:2.1.1,2.4.3]', async () => {
      const root = await fixture(html`<div><button>Avant</button><qc-page-feedback></qc-page-feedback></div>`);
      const el = root.querySelector('qc-page-feedback')!;
      root.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(active() === button(el, 'yes')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active() === button(el, 'no')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await aTimeout(0);
      expect(active()?.getAttribute('data-qc-part')).to.equal('reasons');
    });

    it('in the follow-up: Tab to the first radio, ArrowDown to the next, Tab to the comment, Tab to Envoyer [wcag:2.1.1]', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      button(el, 'no').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await aTimeout(0);
      await sendKeys({ press: 'Tab' });
      expect(active() === radios(el)[0]).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(active() === radios(el)[1]).to.equal(true);
      expect(radios(el)[1]!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active() === textarea(el)).to.equal(true);
      await sendKeys({ type: 'Trop long' });
      await sendKeys({ press: 'Tab' });
      expect(active() === submitButton(el)).to.equal(true);
      const sent = oneEvent(el, 'qc-feedback');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await sent) as CustomEvent<PageFeedbackDetail>;
      expect(detail).to.deep.equal({ helpful: false, reason: 'unclear', comment: 'Trop long' });
    });

    it('Space on Oui sends at once; the focus moves to the thank-you [wcag:2.1.1,2.4.3]', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      button(el, 'yes').focus();
      const sent = oneEvent(el, 'qc-feedback');
      await sendKeys({ press: 'Space' });
      const { detail } = (await sent) as CustomEvent<PageFeedbackDetail>;
      expect(detail).to.deep.equal({ helpful: true, reason: null, comment: '' });
      await el.updateComplete;
      await aTimeout(0);
      expect(form(el).hidden).to.equal(true);
      expect(active() === status(el)).to.equal(true);
      expect(status(el).textContent).to.equal(fr.pageFeedbackThanks);
    });
  });

  describe('events and submission', () => {
    it('without action: cancels the submission, fires qc-feedback, sends nothing itself', async () => {
      const network = watchNetwork();
      const submissions = interceptSubmissions();
      try {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
        expect(form(el).hasAttribute('action')).to.equal(false);
        await answerNo(el);
        radios(el)[2]!.click();
        type(el, 'Le bouton ne répond pas.');
        const sent = oneEvent(el, 'qc-feedback');
        submitButton(el).click();
        const event = (await sent) as CustomEvent<PageFeedbackDetail>;
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.deep.equal({ helpful: false, reason: 'error', comment: 'Le bouton ne répond pas.' });
        expect(submissions.seen.map((s) => s.prevented)).to.deep.equal([true]);
        await aTimeout(50);
        expect(network.calls).to.deep.equal([]);
      } finally {
        submissions.stop();
        network.restore();
      }
    });

    it('with action: submits natively (action, method post, FormData), fires no event', async () => {
      const submissions = interceptSubmissions();
      try {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback action="/retroaction"></qc-page-feedback>`);
        let fired = 0;
        el.addEventListener('qc-feedback', () => (fired += 1));
        await answerNo(el);
        radios(el)[0]!.click();
        type(el, 'Où est le formulaire?');
        submitButton(el).click();
        const yes = await fixture<QcPageFeedback>(
          html`<qc-page-feedback action="/retroaction" method="get"></qc-page-feedback>`,
        );
        button(yes, 'yes').click();
        expect(submissions.seen).to.deep.equal([
          {
            prevented: false,
            action: '/retroaction',
            method: 'post',
            data: [
              ['helpful', 'no'],
              ['reason', 'not-found'],
              ['comment', 'Où est le formulaire?'],
            ],
          },
          { prevented: false, action: '/retroaction', method: 'get', data: [['helpful', 'yes']] },
        ]);
        expect(fired).to.equal(0);
      } finally {
        submissions.stop();
      }
    });

    it('a script’s requestSubmit() on the first question sends nothing', async () => {
      const submissions = interceptSubmissions();
      try {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback action="/retroaction"></qc-page-feedback>`);
        form(el).requestSubmit();
        expect(submissions.seen.map((s) => s.prevented)).to.deep.equal([true]);
      } finally {
        submissions.stop();
      }
    });
  });

  describe('forms and errors', () => {
    it('requires a reason: the error is written, linked, and the focus goes to the first radio [wcag:2.4.3,3.3.1]', async () => {
      const submissions = interceptSubmissions();
      try {
        const el = await fixture<QcPageFeedback>(html`<qc-page-feedback action="/retroaction"></qc-page-feedback>`);
        await answerNo(el);
        submitButton(el).click();
        await el.updateComplete;
        await aTimeout(0);
        expect(submissions.seen.map((s) => s.prevented)).to.deep.equal([true]);
        expect(errors(el)).to.deep.equal(['Vous devez sélectionner une option']);
        const error = el.querySelector('[data-qc-part="error"]')!;
        for (const radio of radios(el)) {
          expect(radio.getAttribute('aria-describedby')).to.equal(error.id);
          expect(radio.getAttribute('aria-invalid')).to.equal('true');
        }
        expect(active() === radios(el)[0]).to.equal(true);
        radios(el)[1]!.click();
        await el.updateComplete;
        expect(errors(el)).to.deep.equal([]);
        expect(radios(el)[0]!.hasAttribute('aria-invalid')).to.equal(false);
      } finally {
        submissions.stop();
      }
    });

    it('« Autre raison » requires a comment', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      await answerNo(el);
      radios(el)[3]!.click();
      await el.updateComplete;
      expect(textarea(el).required).to.equal(true);
      expect(el.querySelector(`label[for="${textarea(el).id}"]`)!.textContent).to.equal(fr.pageFeedbackCommentRequired);
      submitButton(el).click();
      await el.updateComplete;
      await aTimeout(0);
      expect(errors(el)).to.deep.equal(['Veuillez préciser la nature du problème']);
      expect(textarea(el).getAttribute('aria-describedby')).to.contain(el.querySelector('[data-qc-part="error"]')!.id);
      expect(active() === textarea(el)).to.equal(true);
      type(el, 'Texte');
      await el.updateComplete;
      expect(errors(el)).to.deep.equal([]);
    });

    it('counts the comment; over 500 characters it is refused with a message, and nothing typed is cut [wcag:3.3.1,3.3.3]', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      await answerNo(el);
      radios(el)[0]!.click();
      type(el, 'a'.repeat(499));
      await el.updateComplete;
      expect(counter(el)).to.equal('1 caractère restant');
      const long = 'é'.repeat(PAGE_FEEDBACK_MAX_LENGTH + 3);
      type(el, long);
      await el.updateComplete;
      expect(counter(el)).to.equal('3 caractères en trop');
      let fired = 0;
      el.addEventListener('qc-feedback', () => (fired += 1));
      submitButton(el).click();
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(errors(el)).to.deep.equal(['Le commentaire doit compter au plus 500 caractères.']);
      expect(textarea(el).value).to.equal(long);
    });

    it('announces the count politely once the citizen pauses typing [wcag:4.1.3]', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback></qc-page-feedback>`);
      await answerNo(el);
      type(el, 'a'.repeat(10));
      type(el, 'a'.repeat(20));
      await aTimeout(1400);
      const region = document.querySelector('[data-qc-announcer="polite"]');
      expect(region?.textContent).to.equal('480 caractères restants');
    });

    it('keeps the typed comment and the chosen reason across re-renders and a language change [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="fr"><qc-page-feedback></qc-page-feedback></div>`);
      const el = root.querySelector('qc-page-feedback')!;
      await answerNo(el);
      radios(el)[1]!.click();
      type(el, 'Mon commentaire');
      el.label = 'Votre avis';
      el.requestUpdate();
      await el.updateComplete;
      root.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.querySelector('legend')!.textContent).to.equal(en.pageFeedbackReasons);
      expect(textarea(el).value).to.equal('Mon commentaire');
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(counter(el)).to.equal('485 characters remaining');
    });
  });

  describe('i18n', () => {
    it('speaks English in an English page part [wcag:3.1.2]', async () => {
      const root = await fixture(html`<div lang="en-CA"><qc-page-feedback></qc-page-feedback></div>`);
      const el = root.querySelector('qc-page-feedback')!;
      expect(form(el).getAttribute('aria-label')).to.equal(en.pageFeedbackLabel);
      expect(el.querySelector('legend')!.textContent).to.equal('Was the information on this page helpful?');
      expect([button(el, 'yes').textContent, button(el, 'no').textContent]).to.deep.equal(['Yes', 'No']);
      button(el, 'yes').click();
      await el.updateComplete;
      expect(status(el).textContent).to.equal(en.pageFeedbackThanks);
    });

    it('registerTranslation replaces a string on the page', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback lang="fr-CA"></qc-page-feedback>`);
      registerTranslation('fr-CA', { pageFeedbackYes: 'Oui, merci' });
      try {
        await el.updateComplete;
        expect(button(el, 'yes').textContent).to.equal('Oui, merci');
      } finally {
        registerTranslation('fr-CA', { pageFeedbackYes: fr.pageFeedbackYes });
      }
    });
  });

  describe('bad input', () => {
    it('an unknown method falls back to post with one warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<QcPageFeedback>(
          html`<qc-page-feedback action="/r" method="dialog"></qc-page-feedback>`,
        );
        expect(form(el).getAttribute('method')).to.equal('post');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings.filter((message) => message.includes('method="dialog"'))).to.have.length(1);
    });

    it('shows a label and a question with markup as text, never as HTML', async () => {
      const el = await fixture<QcPageFeedback>(
        html`<qc-page-feedback label=${hostile} question=${hostile}></qc-page-feedback>`,
      );
      expect(form(el).getAttribute('aria-label')).to.equal(hostile);
      expect(el.querySelector('legend')!.textContent).to.equal(hostile);
      expect(el.querySelector('img')).to.equal(null);
      expect((window as Window & { __qcFeedbackXss?: boolean }).__qcFeedbackXss).to.equal(undefined);
    });

    it('blank label and question keep the built-in strings', async () => {
      const el = await fixture<QcPageFeedback>(html`<qc-page-feedback label=" " question=""></qc-page-feedback>`);
      expect(form(el).getAttribute('aria-label')).to.equal(fr.pageFeedbackLabel);
      expect(el.querySelector('legend')!.textContent).to.equal(fr.pageFeedbackQuestion);
    });
  });
});
