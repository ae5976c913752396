// @qc-ds/react's wrappers in React 18, the version teams without native custom-element support
// use them for (see wrappers.suite.ts; React 18 is installed in test-fixtures/react-18).
import { loadBundle, wrapperTests } from './wrappers.suite.js';

describe('@qc-ds/react with React 18', () => {
  wrapperTests('18', () => loadBundle('react-18'));
});
