import { QcStepper } from './stepper.js';

export { QcStepper };
export type { StepperVariant } from './stepper.js';

QcStepper.define('qc-stepper');

declare global {
  interface HTMLElementTagNameMap {
    'qc-stepper': QcStepper;
  }
}
