// Storybook args, controls and event logging for a qc-ds element, read from the custom elements
// manifest (packages/components/custom-elements.json, written by `npm run build`) through
// @wc-toolkit/storybook-helpers. A stories file lists no control of its own for an attribute: a new
// attribute, a new value of an enum or a new event shows up in Storybook from the component's JSDoc.
//
// Every stories file imports this module, so the manifest is set before the helpers read it, in
// Storybook (preview.ts sets it too) and in the every-story test (stories/stories.test.ts), which
// composes stories without preview.ts.
import type { TemplateResult } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypes, Parameters } from '@storybook/web-components-vite';
import { getStorybookHelpers, setStorybookHelpersConfig, type Categories } from '@wc-toolkit/storybook-helpers';
import manifest from '../../packages/components/custom-elements.json';

setCustomElementsManifest(manifest);
// The helpers read their configuration (`typeRef: 'parsedType'`, the expanded types that make an
// enum attribute a select; the categories the template draws) in a timer queued when their module
// loads. Stories files call them as soon as they load: wait for that timer (queued before this one).
setStorybookHelpersConfig({ hideArgRef: true });
await new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Attribute set on an element drawn by `template`. The helpers bind the manifest's events on that
 * element themselves; the `withActions` handles below skip it, so an event is logged once.
 */
export const templateMarker = 'data-sb-manifest-template';

/**
 * Left out of the controls:
 * - properties without an attribute (the template would assign `''` to each of them),
 * - methods and custom states (nothing to control from a story).
 */
const excludedCategories: Categories[] = ['properties', 'methods', 'cssStates'];

/** A select's options come from the type text (`null | 'xs' | 'sm'`): `null` is no value to offer. */
function withoutEmptyOptions(argTypes: ArgTypes): ArgTypes {
  for (const argType of Object.values(argTypes)) {
    if (Array.isArray(argType.options)) {
      argType.options = argType.options.filter((option) => option !== 'null' && option !== 'undefined');
    }
  }
  return argTypes;
}

interface ManifestMember {
  readonly kind?: string;
  readonly name?: string;
  readonly readonly?: boolean;
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly members?: readonly ManifestMember[];
}

/** Names of the element's read-only fields (getters), from the manifest. */
function readOnlyMembers(tagName: string): Set<string> {
  const modules = (manifest as { modules?: ReadonlyArray<{ declarations?: readonly ManifestDeclaration[] }> }).modules;
  const declaration = modules
    ?.flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  return new Set(
    (declaration?.members ?? [])
      .filter((member) => member.kind === 'field' && member.readonly && member.name)
      .map((member) => member.name ?? ''),
  );
}

export interface ManifestControls {
  /**
   * Manifest defaults for every control. Typed as no known key: a story's args interface names the
   * attributes it uses, and these defaults must not widen it.
   */
  readonly args: Record<never, never>;
  /** The manifest's controls, then the story-only args the file describes (`storyArgTypes`). */
  readonly argTypes: ArgTypes;
  /** The element's events, by name, as in the manifest. */
  readonly events: readonly string[];
  /**
   * `actions.handles`: the manifest's events, logged in the Actions panel by Storybook's
   * `withActions` (preview.ts) whatever draws the element, a story's own markup included.
   */
  readonly parameters: Parameters;
  /**
   * Draws the element from the args with the helpers' template (every attribute, CSS property and
   * part control applied, attributes kept in sync with the controls, events logged), `content`
   * inside. Story-only args are left out: they feed `content`, not attributes.
   */
  template(args: object, content?: TemplateResult): TemplateResult;
}

export interface ManifestControlsOptions {
  /**
   * What draws the meta's default story: `template` (the helpers' template, every control applies)
   * or `story` (the file's own markup, which sets the attributes from the args: only attribute
   * controls).
   */
  readonly render?: 'template' | 'story';
}

/**
 * The controls of `tagName` from the manifest. `storyArgTypes` describes args that are not the
 * element's API (the text of a label written as content, a variant of the demonstration); a key
 * that names one of the element's attributes is refused, so a hand-made control never hides the
 * manifest's.
 */
export function manifestControls(
  tagName: string,
  storyArgTypes: ArgTypes = {},
  { render = 'story' }: ManifestControlsOptions = {},
): ManifestControls {
  const helpers = getStorybookHelpers<Record<string, unknown>>(tagName, { excludeCategories: excludedCategories });
  const argTypes = withoutEmptyOptions(helpers.argTypes);
  const args = { ...helpers.args };
  if (render === 'story') {
    // The story's own markup applies the attribute args; a slot, CSS property or part control would
    // change nothing there, so those stay documented in the table without a control.
    for (const [key, argType] of Object.entries(argTypes)) {
      if (argType.table?.category === 'attributes') continue;
      argTypes[key] = { ...argType, control: false };
      delete args[key];
    }
  }
  const shadowed = Object.keys(storyArgTypes).filter((key) => argTypes[key]?.table?.category === 'attributes');
  if (shadowed.length > 0) {
    throw new Error(`${tagName}: ${shadowed.join(', ')} come(s) from the manifest; do not describe them in the story.`);
  }
  const storyOnly = new Set(Object.keys(storyArgTypes));
  const readOnly = readOnlyMembers(tagName);
  const handles = helpers.events.map((name) => `${name} ${tagName}:not([${templateMarker}])`);
  return {
    args,
    argTypes: { ...argTypes, ...storyArgTypes },
    events: helpers.events,
    parameters: { actions: { handles } },
    template(args, content) {
      const elementArgs: Record<string, unknown> = { [templateMarker]: tagName };
      for (const [key, value] of Object.entries(args)) {
        // An attribute named like a read-only property (qc-button's `form` attribute and `form`
        // getter, as on a native button): the template would also assign the property, which
        // cannot be set. Left out while empty, it writes nothing either way.
        if (storyOnly.has(key) || (readOnly.has(key) && value === '')) continue;
        elementArgs[key] = value;
      }
      return helpers.template(elementArgs, content);
    },
  };
}
