import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The page styles (fonts, base elements, layout) and the design tokens, from the packages.
import '@qc-ds/tokens/tokens.css';
import '@qc-ds/styles/qc-ds.css';
import { App } from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
