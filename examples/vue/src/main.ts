import { createApp } from 'vue';
// The page styles (fonts, base elements, layout) and the design tokens, from the packages.
import '@qc-ds/tokens/tokens.css';
import '@qc-ds/styles/qc-ds.css';
import App from './App.vue';

createApp(App).mount('#app');
