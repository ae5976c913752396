// Storybook controls from the manifest (manifest-controls.ts): what a person using Storybook gets
// is what the element's JSDoc declares, and a story's control changes the element.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import { annotations } from '../../.storybook/annotations.js';
import '../../packages/components/src/button/qc-button.js';
import '../../packages/components/src/tag/qc-tag.js';
import { manifestControls, templateMarker } from './manifest-controls.js';

describe('manifestControls', () => {
  it('offers an enum attribute as a select of its values, from the manifest', () => {
    const { argTypes } = manifestControls('qc-button');
    const variant = argTypes['variant'];
    expect(variant?.options).to.have.members(['primary', 'secondary', 'tertiary', 'danger']);
    expect(variant?.control).to.deep.equal({ type: 'select' });
    expect(argTypes['disabled']?.control).to.deep.equal({ type: 'boolean' });
    expect(argTypes['href']?.control).to.deep.equal({ type: 'text' });
  });

  it('offers no "null" value in a select of a nullable attribute', () => {
    const { argTypes } = manifestControls('qc-spinner');
    expect(argTypes['size']?.options).to.not.include('null');
    expect(argTypes['size']?.options).to.include('md');
  });

  it('logs every event of the manifest, once, whatever draws the element', () => {
    const { events, parameters } = manifestControls('qc-tag');
    expect(events).to.include('qc-remove');
    expect(parameters['actions']).to.deep.equal({
      handles: events.map((name) => `${name} qc-tag:not([${templateMarker}])`),
    });
  });

  it('gives only attribute controls when the story draws its own markup', () => {
    const { argTypes, args } = manifestControls('qc-tag');
    const withControl = Object.entries(argTypes).filter(([, argType]) => argType.control !== false);
    expect(withControl.length).to.be.greaterThan(0);
    for (const [key, argType] of withControl) expect(argType.table?.category, key).to.equal('attributes');
    // Slots stay documented in the table, without a control that would change nothing.
    expect(argTypes['default-slot']?.control).to.equal(false);
    expect(Object.keys(args)).to.not.include('default-slot');
  });

  it('refuses a story control for one of the element’s attributes', () => {
    expect(() => manifestControls('qc-tag', { variant: { control: 'text' } })).to.throw(/variant/);
  });

  it('draws the element from the args with the template: attributes set, story-only args left out', async () => {
    const controls = manifestControls('qc-button', { label: { control: 'text' } }, { render: 'template' });
    const stories = {
      default: {
        component: 'qc-button',
        args: { ...controls.args, label: 'Envoyer' },
        argTypes: controls.argTypes,
        render: (args: Record<string, unknown>) => controls.template(args, html`${args['label']}`),
      },
      Danger: { args: { variant: 'danger', disabled: true, label: 'Supprimer' } },
    };
    const { Danger } = composeStories(stories as never, setProjectAnnotations([annotations])) as unknown as Record<
      string,
      { run(context: { canvasElement: HTMLElement }): Promise<void> }
    >;
    const canvas = document.createElement('div');
    document.body.append(canvas);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...data: unknown[]) => warnings.push(data.map(String).join(' '));
    try {
      await Danger!.run({ canvasElement: canvas });
      // The `form` attribute left empty does not make the template assign the read-only `form` getter.
      expect(warnings.filter((warning) => warning.includes('Could not set property'))).to.deep.equal([]);
      const button = canvas.querySelector('qc-button');
      expect(button?.getAttribute('variant')).to.equal('danger');
      expect(button?.hasAttribute('disabled')).to.equal(true);
      expect(button?.hasAttribute('label')).to.equal(false);
      expect(button?.hasAttribute(templateMarker)).to.equal(true);
      // An empty text control writes no attribute (`href=""` would turn the button into a link).
      expect(button?.hasAttribute('href')).to.equal(false);
      expect(button?.textContent?.trim()).to.equal('Supprimer');
    } finally {
      console.warn = warn;
      canvas.remove();
    }
  });
});
