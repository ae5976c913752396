import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/components/src/icon/qc-icon.js';
import { iconNames } from '../../packages/components/src/icon/icons/index.js';
import { iconSources, lucideVersion } from '../../packages/components/src/icon/icons/meta.js';

type Language = 'fr' | 'en';

const strings = {
  fr: {
    intro: `Les ${iconNames.length} noms d’icônes de qc-ds : les 28 de qc-trousse-sdg (y compris sa coquille « ligth-bulb ») et l’alias « light-bulb ». Dessins Lucide ${lucideVersion} (licence ISC), chargés à la première utilisation, montrés en md (20 px) et xl (32 px).`,
    lucide: 'Glyphe Lucide\u00a0:',
    thin: 'trait 1,5',
    filled: 'plein',
    alias: 'alias de',
    copy: 'Copier',
    copyLabel: (name: string) => `Copier le code de l’icône ${name}`,
    copied: (name: string) => `Code de l’icône ${name} copié.`,
    copyFailed: 'Copie impossible : sélectionnez le code et copiez-le.',
    list: 'Icônes',
  },
  en: {
    intro: `The ${iconNames.length} qc-ds icon names: the 28 from qc-trousse-sdg (its “ligth-bulb” typo included) and the “light-bulb” alias. Lucide ${lucideVersion} glyphs (ISC licence), loaded on first use, shown at md (20 px) and xl (32 px).`,
    lucide: 'Lucide glyph:',
    thin: 'stroke 1.5',
    filled: 'filled',
    alias: 'alias of',
    copy: 'Copy',
    copyLabel: (name: string) => `Copy the code of the ${name} icon`,
    copied: (name: string) => `Code of the ${name} icon copied.`,
    copyFailed: 'Cannot copy: select the code and copy it.',
    list: 'Icons',
  },
} as const;

const language = (context: StoryContext): Language => (context.globals['locale'] === 'en' ? 'en' : 'fr');
const snippet = (name: string) => `<qc-icon icon="${name}"></qc-icon>`;

async function copy(event: Event, name: string, lang: Language): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const status = button.closest('.qc-icon-gallery')?.querySelector('[role="status"]');
  try {
    await navigator.clipboard.writeText(snippet(name));
    if (status) status.textContent = strings[lang].copied(name);
  } catch {
    if (status) status.textContent = strings[lang].copyFailed;
  }
}

function describeSource(name: string, lang: Language) {
  const source = iconSources[name];
  if (!source) return '';
  const t = strings[lang];
  const notes = [
    source.strokeWidth ? t.thin : '',
    source.filled ? t.filled : '',
    source.aliasOf ? `${t.alias} ${source.aliasOf}` : '',
  ].filter(Boolean);
  return notes.length ? ` (${notes.join(', ')})` : '';
}

const styles = html`<style>
  .qc-icon-gallery ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: var(--qc-spacer-sm);
    list-style: none;
    margin: var(--qc-spacer-md) 0 0;
    padding: 0;
  }
  .qc-icon-gallery li {
    display: grid;
    align-content: start;
    margin: 0;
    gap: var(--qc-spacer-xs);
    padding: var(--qc-spacer-sm);
    border: 1px solid var(--qc-color-border-default);
    border-radius: var(--qc-radius-sm);
    background: var(--qc-color-surface-default);
    color: var(--qc-color-text-primary);
  }
  .qc-icon-gallery .glyphs {
    display: flex;
    align-items: center;
    gap: var(--qc-spacer-sm);
  }
  .qc-icon-gallery .name {
    margin: 0;
    font-weight: var(--qc-font-weight-bold);
  }
  .qc-icon-gallery .source {
    margin: 0;
    font-size: var(--qc-font-size-sm);
    line-height: var(--qc-line-height-sm);
    color: var(--qc-color-text-secondary);
  }
  .qc-icon-gallery .usage {
    display: flex;
    align-items: center;
    gap: var(--qc-spacer-xs);
    font-size: var(--qc-font-size-sm);
  }
  .qc-icon-gallery code {
    flex: 1;
    overflow-wrap: anywhere;
    user-select: all;
  }
  /* Own colours: WebKitGTK draws an unstyled button light grey with white text in a dark colour
     scheme (https://bugs.webkit.org/show_bug.cgi?id=276476, fixed for macOS only). */
  .qc-icon-gallery button {
    min-height: var(--qc-target-min-size);
    font: inherit;
    color: var(--qc-color-action-secondary-text);
    background: var(--qc-color-action-secondary-background);
    border: var(--qc-button-border-width) solid var(--qc-color-action-secondary-border);
    border-radius: var(--qc-radius-md);
  }
</style>`;

const meta = {
  title: 'Fondations/Icônes — Icons',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

export const Galerie: StoryObj = {
  name: 'Galerie — Gallery',
  render: (_args, context) => {
    const lang = language(context);
    const t = strings[lang];
    return html`${styles}
      <section class="qc-icon-gallery" lang=${lang} aria-label=${t.list}>
        <p>${t.intro}</p>
        <p role="status"></p>
        <ul>
          ${iconNames.map(
            (name) =>
              html`<li>
                <div class="glyphs">
                  <qc-icon icon=${name} size="md"></qc-icon>
                  <qc-icon icon=${name} size="xl"></qc-icon>
                </div>
                <p class="name">${name}</p>
                <p class="source">${t.lucide} <code>${iconSources[name]?.lucide}</code>${describeSource(name, lang)}</p>
                <div class="usage">
                  <code>${snippet(name)}</code>
                  <button
                    type="button"
                    aria-label=${t.copyLabel(name)}
                    @click=${(event: Event) => copy(event, name, lang)}
                  >
                    ${t.copy}
                  </button>
                </div>
              </li>`,
          )}
        </ul>
      </section>`;
  },
};
