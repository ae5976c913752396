// What an application written in TypeScript does with the published package. Type-checked by
// package.test.mjs against dist/*.d.ts with Node's own resolution (exports map, `types` condition).
import '@qc-ds/components/qc-button.js';
import { QcButton, type ButtonVariant } from '@qc-ds/components/button.js';
import { QcIcon, QcNotice, registerTranslation, type NoticeType } from '@qc-ds/components';
// The same functions without registering any element (side-effect-free subpath).
import { registerIcon, registerTranslation as translate, type Terms } from '@qc-ds/components/utilities.js';
import { QcTextfield } from '@qc-ds/components/textfield.js';
import '@qc-ds/components/qc-toggle-switch-group.js';

const button: QcButton = document.createElement('qc-button');
const variant: ButtonVariant = 'danger';
button.variant = variant;
button.disabled = true;
// @ts-expect-error: not a button variant
button.variant = 'rainbow';

const notice: QcNotice = document.createElement('qc-notice');
const type: NoticeType = 'warning';
notice.type = type;

const icon: QcIcon | null = document.querySelector('qc-icon');
icon?.setAttribute('label', 'Information');

registerTranslation('fr', { buttonLoading: 'Veuillez patienter' });
const terms: Partial<Terms> = { buttonLoading: 'Un instant' };
translate('fr', terms);
// @ts-expect-error: an icon is a Lit `svg` template, not a string
registerIcon('maison', '<path d="M3 12h18"/>');

const field: QcTextfield | null = document.querySelector('qc-textfield');
field?.setAttribute('label', 'Nom');
const group: HTMLElementTagNameMap['qc-toggle-switch-group'] | null = document.querySelector('qc-toggle-switch-group');
group?.setAttribute('legend', 'Avis');

/** A ministry can subclass a component and register it under its own tag. */
export class MinistryButton extends QcButton {}
customElements.define('ministry-button', MinistryButton);
