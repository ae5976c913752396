// Before the upgrade: notices in a page with @qc-ds/styles (qc-ds.css: base styles under `.qc-ds`
// and elements.css), then the element defined late (a slow script). The boxes, the content and
// what follows must not move (CLS), at 1280 and 320 px. This file defines qc-notice itself, late;
// it must not be imported elsewhere first.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { withStylesheet } from '../internal/test/page.js';

const long = 'Renseignements'.repeat(12);

const notices = () => html`
  <qc-notice type="information" title="Vous recevez déjà le supplément au loyer?"
    ><p>Les ménages qui reçoivent le supplément au loyer ne sont pas admissibles à l’allocation-logement.</p></qc-notice
  >
  <qc-notice type="warning" title="Faites votre déclaration de revenus">
    <p>Vous devez produire votre déclaration chaque année.</p>
    <ul>
      <li>avant le 30 avril;</li>
      <li>en ligne ou par la poste.</li>
    </ul>
  </qc-notice>
  <qc-notice type="success"
    ><p>Votre demande a été transmise.</p>
    <p>Vous recevrez une réponse par courriel.</p></qc-notice
  >
  <qc-notice type="error" title="Erreur"><p>${long}</p></qc-notice>
  <qc-notice type="advice" title="Conseil" content="Contenu de la trousse, en texte."></qc-notice>
  <qc-notice type="note" title="Titre seulement"></qc-notice>
  <qc-notice></qc-notice>
  <qc-notice type="bogus" title="Type inconnu"><p>Affiché comme une information.</p></qc-notice>
  <qc-notice hidden title="Masqué"><p>Masqué.</p></qc-notice>
  <p class="after">Après les avis.</p>
`;

const page = () =>
  html`<div lang="fr">
    <div class="qc-ds">${notices()}</div>
    <div>
      <qc-notice title="Hors de .qc-ds"><p>Marges du navigateur sur le paragraphe.</p></qc-notice>
      <p class="after">Fin.</p>
    </div>
  </div>`;

type Notice = HTMLElement & { updateComplete: Promise<boolean> };

/** Every notice, its children and the text after, as `name x y width height` (CSS pixels, rounded). */
function layout(root: HTMLElement): string[] {
  return [...root.querySelectorAll('qc-notice, qc-notice *, .after')].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    const name = el.localName === 'qc-notice' ? `qc-notice[${el.getAttribute('type') ?? ''}]` : el.localName;
    return [name, Math.round(x), Math.round(y), Math.round(width), Math.round(height)].join(' ');
  });
}

/** The border colour a citizen sees: on the element before the upgrade, on its box after. */
function borderColours(root: HTMLElement): string[] {
  return [...root.querySelectorAll<Notice>('qc-notice:not([hidden])')].map((el) => {
    const box = el.shadowRoot?.querySelector('[part="base"]') ?? el;
    return getComputedStyle(box).borderTopColor;
  });
}

describe('qc-notice before and after the upgrade (qc-ds.css)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows the box, the title and the content before the script, and nothing moves when it upgrades (1280 and 320 px) [wcag:1.4.10]', async () => {
    await withStylesheet('/packages/styles/dist/qc-ds.css', async () => {
      expect(customElements.get('qc-notice')).to.equal(undefined);
      const root = await fixture<HTMLElement>(page());
      await Promise.all([
        document.fonts.load('16px "Open Sans"', 'Québec'),
        document.fonts.load('700 16px "Open Sans"', 'Québec'),
      ]);
      await document.fonts.ready;

      // Before: the box is drawn and the title reads where the heading will be (Firefox reports the
      // computed `content` unresolved, as `attr(title)`; the equal boxes below show the text's line).
      const first = root.querySelector<Notice>('qc-notice')!;
      expect(getComputedStyle(first).borderTopStyle).to.equal('solid');
      expect(['"Vous recevez déjà le supplément au loyer?"', 'attr(title)']).to.include(
        getComputedStyle(first, '::before').content,
      );
      const advice = root.querySelector<Notice>('qc-notice[type="advice"]')!;
      expect(['"Contenu de la trousse, en texte."', 'attr(content)']).to.include(
        getComputedStyle(advice, '::after').content,
      );
      const untitled = root.querySelector<Notice>('qc-notice[type="success"]')!;
      expect(getComputedStyle(untitled, '::before').content, 'no title, no generated text').to.equal('none');
      const colours = borderColours(root);
      expect(new Set(colours).size, 'information, warning, success, error and neutral borders').to.equal(5);

      await setViewport({ width: 1280, height: 800 });
      const wide = layout(root);
      await setViewport({ width: 320, height: 640 });
      const narrow = layout(root);
      expect(narrow, 'the boxes differ between the widths (padding, wrapping)').to.not.deep.equal(wide);

      await import('./qc-notice.js');
      await Promise.all([...root.querySelectorAll<Notice>('qc-notice')].map((el) => el.updateComplete));
      expect(root.querySelector<Notice>('qc-notice')!.shadowRoot?.querySelector('h2')?.textContent).to.equal(
        'Vous recevez déjà le supplément au loyer?',
      );
      expect(layout(root)).to.deep.equal(narrow);
      await setViewport({ width: 1280, height: 800 });
      expect(layout(root)).to.deep.equal(wide);
      expect(borderColours(root)).to.deep.equal(colours);
    });
  });
});
