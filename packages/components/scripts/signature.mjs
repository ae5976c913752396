#!/usr/bin/env node
// The Government of Québec signature artwork, taken from the incumbent toolkit (qc-trousse-sdg) and
// never redrawn. svgo optimises the package's SVG files without touching the geometry (path data
// and path structure stay byte-identical: the PIV forbids altering the signature), then this writes
//   - src/internal/signature/art.generated.ts: `signatureWhite` and `signatureColour`, each a
//     viewBox, an intrinsic size and a static Lit `svg` literal of the inner markup (no expressions:
//     safe under a strict CSP and Trusted Types). The brand fill becomes `currentColor` and black
//     fills are dropped (they inherit the `fill` property, black by default), so a token sets the
//     colour and forced-colors can follow;
//   - dist/assets/QUEBEC_blanc.svg and QUEBEC_couleur.svg: the optimised files with their own
//     colours, for `<img>` use (the incumbent's `logo-src` defaults), plus a provenance notice.
// Runs when imported or executed (components build, web-test-runner.config.mjs, .storybook/main.ts).
// Synchronous and idempotent: a file is written only when its content changes.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const isComponentsPackage = (dir) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === '@qc-ds/components';
  } catch {
    return false;
  }
};
// This script's package; resolved by name when a config loader has bundled this file elsewhere.
const pkgRoot = isComponentsPackage(join(here, '..'))
  ? join(here, '..')
  : realpathSync(dirname(require.resolve('@qc-ds/components/package.json')));
const sourceRoot = dirname(require.resolve('qc-trousse-sdg/package.json'));
const sourcePkg = JSON.parse(readFileSync(join(sourceRoot, 'package.json'), 'utf8'));

/** Export name → file in qc-trousse-sdg/dist/img. */
const ART = { signatureWhite: 'QUEBEC_blanc.svg', signatureColour: 'QUEBEC_couleur.svg' };
/** Source fill → inline fill (`null`: dropped, the path inherits the `fill` property). */
const INLINE_FILLS = {
  white: 'currentColor',
  '#fff': 'currentColor',
  '#ffffff': 'currentColor',
  '#095797': 'currentColor',
  black: null,
  '#000': null,
  '#000000': null,
};

const svgoConfig = {
  multipass: true,
  plugins: [
    {
      name: 'preset-default',
      // Geometry is the signature itself: keep every path and its data exactly as published.
      params: { overrides: { convertPathData: false, mergePaths: false, convertShapeToPath: false } },
    },
  ],
};

function writeIfChanged(file, content) {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return true;
}

function parseRoot(markup, file) {
  const root = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(markup.trim());
  if (!root) throw new Error(`qc-trousse-sdg/dist/img/${file}: not a single <svg> element`);
  const attrs = Object.fromEntries([...root[1].matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return { attrs, inner: root[2].trim() };
}

function inlineArt(source, file) {
  const { attrs } = parseRoot(source, file);
  const viewBox = attrs.viewBox;
  const [, , width, height] = (viewBox ?? '').split(/\s+/).map(Number);
  if (!viewBox || !(width > 0) || !(height > 0)) throw new Error(`qc-trousse-sdg/dist/img/${file}: no usable viewBox`);
  // The root's own fill ("none") is dropped: the inline root is ours, and svgo would otherwise see
  // an inherited "none" and strip the fill-rule of paths whose black fill was dropped.
  const recoloured = source
    .replace(/<svg\b([^>]*)>/, (_, rest) => `<svg${rest.replace(/\sfill="[^"]*"/, '')}>`)
    .replace(
      /<(path|g|rect|circle|polygon|ellipse)\b([^>]*)>/g,
      (tag, name, rest) =>
        `<${name}${rest.replace(/\sfill="([^"]*)"/g, (_, fill) => {
          const mapped = INLINE_FILLS[fill.toLowerCase()];
          if (mapped === undefined) throw new Error(`qc-trousse-sdg/dist/img/${file}: unexpected fill "${fill}"`);
          return mapped === null ? '' : ` fill="${mapped}"`;
        })}>`,
    );
  const { inner } = parseRoot(optimize(recoloured, svgoConfig).data, file);
  // The module holds a tagged template: refuse anything that could end it or interpolate.
  if (/[`\\]|\$\{/.test(inner)) throw new Error(`qc-trousse-sdg/dist/img/${file}: unexpected character in markup`);
  if (/<(script|foreignObject|style|image|use)\b|\son[a-z]+=/i.test(inner)) {
    throw new Error(`qc-trousse-sdg/dist/img/${file}: unexpected element or handler`);
  }
  return { viewBox, width, height, inner };
}

export function writeSignatureArt() {
  const changed = [];
  const entries = [];
  for (const [name, file] of Object.entries(ART)) {
    const source = readFileSync(join(sourceRoot, 'dist/img', file), 'utf8');
    const art = inlineArt(source, file);
    entries.push(
      `/** ${file} (${art.width}×${art.height}). */\n` +
        `export const ${name}: SignatureArt = {\n` +
        `  viewBox: '${art.viewBox}',\n  width: ${art.width},\n  height: ${art.height},\n` +
        `  content: svg\`${art.inner}\`,\n};\n`,
    );
    const asset = optimize(source, svgoConfig).data + '\n';
    if (writeIfChanged(join(pkgRoot, 'dist/assets', file), asset)) changed.push(`dist/assets/${file}`);
  }
  const module =
    `/**\n * GENERATED by packages/components/scripts/signature.mjs — do not edit.\n` +
    ` * The Government of Québec signature from qc-trousse-sdg ${sourcePkg.version} (dist/img; ` +
    `licence declared by that package: ${sourcePkg.license}), optimised with svgo, geometry untouched.\n */\n` +
    `import { svg, type SVGTemplateResult } from 'lit';\n\n` +
    `/** One signature artwork: its viewBox, intrinsic size in CSS pixels and inner SVG markup. */\n` +
    `export interface SignatureArt {\n  viewBox: string;\n  width: number;\n  height: number;\n  content: SVGTemplateResult;\n}\n\n` +
    entries.join('\n');
  if (writeIfChanged(join(pkgRoot, 'src/internal/signature/art.generated.ts'), module))
    changed.push('src/internal/signature/art.generated.ts');
  const notice =
    `QUEBEC_blanc.svg and QUEBEC_couleur.svg: the signature of the Gouvernement du Québec, copied from the npm package\n` +
    `qc-trousse-sdg ${sourcePkg.version} (${sourcePkg.repository?.url ?? 'https://github.com/Quebecca/qc_trousse_sdg'}),\n` +
    `licence declared in its package.json: ${sourcePkg.license}. Optimised with svgo; geometry unchanged.\n` +
    `Use follows the Programme d'identification visuelle (PIV) of the Gouvernement du Québec.\n`;
  if (writeIfChanged(join(pkgRoot, 'dist/assets/QUEBEC-signature.NOTICE.txt'), notice))
    changed.push('dist/assets/QUEBEC-signature.NOTICE.txt');
  return changed;
}

const changed = writeSignatureArt();
if (changed.length > 0 && process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`signature: wrote ${changed.join(', ')}`);
}
