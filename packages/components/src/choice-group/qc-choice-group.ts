import { QcChoiceGroup } from './choice-group.js';

export { QcChoiceGroup } from './choice-group.js';

QcChoiceGroup.define('qc-choice-group');

declare global {
  interface HTMLElementTagNameMap {
    'qc-choice-group': QcChoiceGroup;
  }
}
