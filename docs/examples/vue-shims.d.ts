// Lets TypeScript import single-file components (Vite and vue-tsc do the same with their own types).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
