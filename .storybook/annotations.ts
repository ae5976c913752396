// Project annotations shared by Storybook (preview.ts) and the every-story accessibility test
// (stories/stories.test.ts). Nothing here imports CSS or build outputs, so the test runner can load
// it as is; preview.ts adds the stylesheets, the manifest and the docs theme.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Decorator, Preview } from '@storybook/web-components-vite';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const themes = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof themes)[number];

/** The axe rule tags qc-ds is held to: WCAG 2.0, 2.1 and 2.2, levels A and AA (SGQRI 008 3.0). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function toLanguage(value: unknown): Language {
  return value === 'en' ? 'en' : 'fr';
}

export function toTheme(value: unknown): Theme {
  return themes.find((theme) => theme === value) ?? 'light';
}

/**
 * Puts the theme on the docs canvas around the story too, so a dark story is not shown in a white
 * frame (`.docs-story` is the preview box of addon-docs' Canvas and Story blocks).
 */
function themeDocsCanvas(wrapper: Element | undefined, theme: Theme, framesLeft = 10): void {
  if (!wrapper) return;
  // Docs pages render a story before mounting it: wait (a few frames at most) until it is attached.
  if (!wrapper.isConnected) {
    if (framesLeft > 0) requestAnimationFrame(() => themeDocsCanvas(wrapper, theme, framesLeft - 1));
    return;
  }
  wrapper.closest('.docs-story')?.setAttribute('data-qc-theme', theme);
}

/**
 * Wraps every story in `<div class="qc-ds" lang data-qc-theme>`, the container a page would use:
 * `lang` drives the components' built-in strings, `data-qc-theme` the token values, and the
 * wrapper paints the theme's page background so dark really looks dark (and axe measures text
 * against the right background).
 */
export const withQcDsRoot: Decorator = (story, context) => {
  const lang = toLanguage(context.globals['locale']);
  const theme = toTheme(context.globals['theme']);
  if (context.viewMode === 'story') {
    // Story view: the whole canvas takes the theme (preview.css paints body from the token).
    document.documentElement.setAttribute('data-qc-theme', theme);
  } else {
    document.documentElement.removeAttribute('data-qc-theme');
  }
  return html`<div
    class="qc-ds qc-ds-story-root"
    lang=${lang}
    data-qc-theme=${theme}
    style="background-color: var(--qc-color-background); color: var(--qc-color-text-primary); padding: 1rem;"
    ${ref((element) => themeDocsCanvas(element, theme))}
  >
    ${story()}
  </div>`;
};

const viewports = {
  mobile320: { name: 'Mobile 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  tablet768: { name: 'Tablette — Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1024: { name: 'Bureau — Desktop 1024', styles: { width: '1024px', height: '768px' }, type: 'desktop' },
  desktop1280: { name: 'Bureau — Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

export const annotations = {
  decorators: [withQcDsRoot],
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Langue des composants — Component language',
      toolbar: {
        title: 'Langue — Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème qc-ds — qc-ds theme',
      toolbar: {
        title: 'Thème — Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Clair — Light' },
          { value: 'dark', title: 'Sombre — Dark' },
          { value: 'high-contrast', title: 'Contraste élevé — High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'fr',
    theme: 'light',
  },
  parameters: {
    controls: { expanded: true },
    a11y: {
      options: { runOnly: { type: 'tag', values: axeTags } },
      // A violation fails the story in the a11y panel and in any Storybook test run.
      test: 'error',
    },
    viewport: { options: viewports },
  },
} satisfies Preview;
