// The React app's browser test: the steps every example app passes (examples/test/form-app.ts).
import { describeFormApp } from '../../test/form-app.js';

describeFormApp('react');
