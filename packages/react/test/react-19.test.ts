// @qc-ds/react's wrappers in React 19 (see wrappers.suite.ts).
import { loadBundle, wrapperTests } from './wrappers.suite.js';

describe('@qc-ds/react with React 19', () => {
  wrapperTests('19', () => loadBundle('react-19'));
});
