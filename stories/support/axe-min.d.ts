// axe-core's browser build: importing it registers `window.axe` (types come from 'axe-core').
declare module 'axe-core/axe.min.js';
