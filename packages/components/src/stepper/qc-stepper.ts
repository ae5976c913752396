import { QcStepper } from './stepper.js';

export { QcStepper };
export type { StepperHeadingLevel } from './stepper.js';

QcStepper.define('qc-stepper');

declare global {
  interface HTMLElementTagNameMap {
    'qc-stepper': QcStepper;
  }
}
