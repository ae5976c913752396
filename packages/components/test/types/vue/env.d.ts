// What `npm create vue` writes: `.vue` files are modules.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
