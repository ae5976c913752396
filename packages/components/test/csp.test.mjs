// The house style promises that qc-ds works under a strict Content-Security-Policy (nothing inline
// is injected: no `<style>`, no `style` attribute, no inline script, no eval) and with Trusted Types,
// and that no component makes a network request. This test holds the published files to it: a
// page served with that policy loads tokens.css, @qc-ds/styles' qc-ds.css and the CDN loader (which
// imports each element's module, and the elements their dependencies, as they appear), uses
// every component, changes their states, and must report no violation, no console error and no
// request leaving its own origin. A component declared in custom-elements.json but not yet written
// into the page below is still loaded bare (and named in a diagnostic), so it is held to the policy
// from its first build. Needs `npm run build` and a Chromium (scripts/find-browser.mjs).
//
//   node --test packages/components/test/csp.test.mjs
/* global window, document, customElements, getComputedStyle, HTMLInputElement, DataTransfer, location -- the evaluate callbacks run in the page. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findBrowser, missingBrowserMessage } from '../../../scripts/find-browser.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The policy a careful ministry site would send; Trusted Types enforced for every script sink. */
const policy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const files = {
  tokens: 'packages/tokens/dist/tokens.css',
  styles: 'packages/styles/dist/qc-ds.css',
  loader: 'packages/components/dist/cdn/qc-ds-loader.js',
};

const hostile = '<img src=x onerror=alert(1)>';

/** Every element the package declares, from custom-elements.json (written by the build). */
function declaredTags() {
  const manifestPath = join(root, 'packages/components/custom-elements.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => declaration.tagName)
    .sort();
}

/** The elements the page below exercises in their documented states. */
const exercised = [
  'qc-accordion',
  'qc-accordion-item',
  'qc-alert',
  'qc-breadcrumb',
  'qc-button',
  'qc-card',
  'qc-checkbox',
  'qc-choice-group',
  'qc-date-field',
  'qc-date-modified',
  'qc-dialog',
  'qc-error-summary',
  'qc-external-link',
  'qc-fieldset',
  'qc-file-upload',
  'qc-icon',
  'qc-icon-button',
  'qc-notice',
  'qc-page-feedback',
  'qc-pagination',
  'qc-piv-footer',
  'qc-piv-header',
  'qc-search-bar',
  'qc-search-input',
  'qc-select',
  'qc-session-timeout',
  'qc-side-nav',
  'qc-skip-link',
  'qc-spinner',
  'qc-stepper',
  'qc-structured-list',
  'qc-tabs',
  'qc-tag',
  'qc-textfield',
  'qc-to-top',
  'qc-toggle-switch',
  'qc-toggle-switch-group',
  'qc-tooltip',
];
const tags = declaredTags();
/** Elements added since this page was written: present on the page at least bare, so they load under the policy too. */
const bare = tags.filter((tag) => !exercised.includes(tag));

// Every component, in the states a page writes in markup. No inline script or style anywhere:
// the page itself must satisfy the policy, so any violation comes from qc-ds.
const page = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>qc-ds : CSP stricte et Trusted Types</title>
<link rel="stylesheet" href="/${files.tokens}">
<link rel="stylesheet" href="/${files.styles}">
<script type="module" src="/${files.loader}"></script>
</head>
<body class="qc-ds">
<qc-skip-link id="skip-link" href="#main"></qc-skip-link>
<qc-alert id="alert-general" type="general"><p>Les services en ligne seront interrompus dimanche. <a href="#top">Détails</a></p></qc-alert>
<qc-alert id="alert-maskable" type="warning" maskable="true" content="${hostile}" persist-hidden persistence-key="csp-1234"></qc-alert>
<qc-piv-header id="piv-header" title-text="Services en ligne" alt-language-url="/en/" join-us-url="/nous-joindre" enable-search show-search>
  <form slot="search-zone" action="/recherche" method="get">
    <qc-search-bar id="search-bar-header" piv-background search-aria-label="Québec.ca" input-placeholder="Rechercher"></qc-search-bar>
  </form>
</qc-piv-header>
<main id="main">
<h1 id="top">Politique de sécurité du contenu stricte</h1>

<qc-breadcrumb id="breadcrumb">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/gouvernement">Gouvernement</a></li>
    <li><a href="/gouvernement/ministeres">Ministères et organismes</a></li>
    <li><a href="/gouvernement/ministeres/sante" aria-current="page">Santé et Services sociaux</a></li>
  </ol>
</qc-breadcrumb>
<qc-side-nav id="side-nav" label="Dans cette section">
  <ul>
    <li><a href="/sante">Santé</a></li>
    <li>
      <a href="/sante/problemes">Problèmes de santé</a>
      <ul><li><a href="/sante/problemes/allergies">Allergies</a></li></ul>
    </li>
    <li>
      <a href="/sante/vaccination">Vaccination</a>
      <ul><li><a href="/sante/vaccination/grippe" aria-current="page">Vaccin contre la grippe</a></li></ul>
    </li>
  </ul>
</qc-side-nav>
<qc-pagination id="pagination-links" total-pages="12" current-page="5" url="?page={page}"></qc-pagination>
<qc-pagination id="pagination-buttons" total-pages="3" current-page="1" label="Résultats"></qc-pagination>
<form id="search" action="/recherche" method="get">
  <qc-search-input id="search-input" label="Rechercher un article" name="article" left-icon placeholder="${hostile}"></qc-search-input>
  <qc-search-input id="search-input-own" aria-label="Rechercher une nouvelle"><input type="search" name="nouvelle" value="budget"></qc-search-input>
  <qc-search-bar id="search-bar" input-value="permis de conduire" search-aria-label="Le site"></qc-search-bar>
</form>
<p id="external-links">
  Consultez
  <qc-external-link id="external-link"><a href="https://www.canada.ca/">Canada.ca</a> ou <a href="https://www.quebec.ca/" target="_blank">Québec.ca</a></qc-external-link>.
</p>
<p>
  <qc-icon-button id="icon-button" label="Fermer" icon="xclose"></qc-icon-button>
  <qc-icon-button id="icon-button-disclosure" icon="search" size="md" label="Afficher la recherche" aria-expanded="false" aria-controls="external-links"></qc-icon-button>
  <qc-icon-button id="icon-button-own"><button type="button" aria-label="Ajouter"></button></qc-icon-button>
</p>
<p>
  Indiquez votre
  <qc-tooltip id="tooltip-open" label="numéro d’assurance sociale" title="NAS" description="${hostile}" open></qc-tooltip>
  tel qu’il figure sur votre avis, et votre
  <qc-tooltip id="tooltip-slot" icon="question">revenu familial<span slot="description">Le vôtre et celui de votre conjoint. <a href="#top">En savoir plus</a></span></qc-tooltip>.
</p>
<qc-to-top id="to-top"></qc-to-top>

<p>
  <qc-icon id="icon-information" icon="information"></qc-icon>
  <qc-icon id="icon-warning" icon="warning" size="xl" label="Attention"></qc-icon>
  <qc-icon id="icon-xclose" type="xclose" size="sm"></qc-icon>
  <qc-icon id="icon-adresse" icon="adresse" color="blue-piv" rotate="90"></qc-icon>
  <qc-icon id="icon-external" icon="external-link" size="lg" label="${hostile}"></qc-icon>
  <qc-icon id="icon-light-bulb" icon="ligth-bulb" color="text-primary"></qc-icon>
</p>

<form id="form" action="/submitted" method="get">
  <label for="field">Nom</label>
  <input id="field" name="nom" value="Tremblay">
  <qc-button id="button-primary" type="submit" name="action" value="envoyer">Envoyer</qc-button>
  <qc-button id="button-secondary" variant="secondary" type="reset">Effacer</qc-button>
  <qc-button id="button-tertiary" variant="tertiary" type="button" icon="plus">Ajouter</qc-button>
  <qc-button id="button-danger" variant="danger" type="button" compact>Supprimer</qc-button>
  <qc-button id="button-icon-end" type="button" icon="external-link" icon-position="end">Suivant</qc-button>
  <qc-button id="button-loading" type="button" loading>Téléverser</qc-button>
  <qc-button id="button-disabled" type="button" disabled>Indisponible</qc-button>
  <qc-button id="button-toggle" type="button">Charger</qc-button>
  <qc-button id="button-link" href="#top" icon="arrow-up">Haut de page</qc-button>
</form>
<button class="qc-button qc-secondary" id="native-button" type="button">Bouton natif</button>

<qc-notice id="notice-information" type="information" title="Avis général">
  <p>Le service en ligne sera interrompu dimanche de 8 h à 10 h.</p>
</qc-notice>
<qc-notice id="notice-warning" type="warning" title="${hostile}" header="h3">
  <p>Contenu</p>
</qc-notice>
<qc-notice id="notice-success" type="success" title="Demande envoyée"><p>Merci.</p></qc-notice>
<qc-notice id="notice-error" type="error" title="Erreur"><ul><li>Le nom est obligatoire.</li></ul></qc-notice>
<qc-notice id="notice-advice" type="advice" icon="clock" title="Conseil"><p>Prévoyez 10 minutes.</p></qc-notice>
<qc-notice id="notice-note" type="note" content="${hostile}"></qc-notice>
<qc-notice id="notice-invalid" type="zzz" header="h9" title="Type inconnu"></qc-notice>
<form id="fields" action="/submitted" method="get">
  <qc-error-summary id="field-summary"></qc-error-summary>
  <qc-textfield id="field-name" label="Nom" required><input name="nom" autocomplete="family-name"></qc-textfield>
  <qc-textfield id="field-comment" label="${hostile}" description="20 caractères au plus" max-length="20">
    <textarea name="commentaire"></textarea>
  </qc-textfield>
  <qc-textfield id="field-email" label="Courriel" name="courriel" type="email" required></qc-textfield>
  <qc-textfield id="field-server" label="Téléphone" invalid invalid-text="Le numéro est invalide.">
    <input name="telephone" value="123">
  </qc-textfield>
  <qc-date-field id="field-birth" label="Date de naissance" name="naissance" required></qc-date-field>
  <qc-fieldset id="field-address" legend="Adresse" description="Au Québec">
    <qc-select id="field-province" label="Province" required>
      <select name="province"><option value="">Choisir</option><option value="QC">Québec</option></select>
    </qc-select>
  </qc-fieldset>
  <qc-select id="field-office" label="Bureau" enable-search>
    <select name="bureau"><option value="">Choisir</option><option>Québec</option><option>Montréal</option></select>
  </qc-select>
  <qc-select id="field-days" label="Jours" multiple>
    <select name="jours" multiple><option>Lundi</option><option>Mardi</option></select>
  </qc-select>
  <qc-choice-group id="field-type" legend="Type de permis" name="type" required>
    <label><input type="radio" value="annuel"> <span>Annuel</span></label>
    <label><input type="radio" value="jour"> <span>Un jour</span></label>
  </qc-choice-group>
  <qc-checkbox id="field-consent" name="attestation" value="oui" label="J’atteste" required></qc-checkbox>
  <qc-toggle-switch-group id="field-notifications" legend="Avis" max-width="md">
    <qc-toggle-switch id="field-sms" name="sms" value="oui" label="Texto"></qc-toggle-switch>
  </qc-toggle-switch-group>
  <qc-file-upload id="field-file" label="Pièce jointe" name="piece" accept=".pdf" max-size="5 Mo" required></qc-file-upload>
  <qc-button id="fields-submit" type="submit">Envoyer la demande</qc-button>
</form>
<qc-accordion id="accordion" heading-level="2" show-all-label="${hostile}">
  <qc-accordion-item id="accordion-documents" open>
    <h3 slot="heading">Quels documents dois-je fournir?</h3>
    <p>Une preuve d’identité et une preuve de résidence. <a href="#top">Liste complète</a></p>
  </qc-accordion-item>
  <qc-accordion-item id="accordion-delay" heading-level="4">
    <span slot="heading">Quel est le délai de traitement?</span>
    <p>Environ 20 jours ouvrables.</p>
  </qc-accordion-item>
  <qc-accordion-item id="accordion-cost">
    <h3 slot="heading">Combien cela coûte-t-il?</h3>
    <p>Le service est gratuit.</p>
  </qc-accordion-item>
</qc-accordion>
<qc-tabs id="tabs" label="${hostile}" selected="documents">
  <section id="resume"><h2>Résumé</h2><p>Votre demande est en traitement.</p></section>
  <section id="documents"><h2>Documents</h2><p><a href="#top">Preuve de résidence</a></p></section>
  <section id="messages"><h2>Messages</h2><p>Aucun message.</p></section>
</qc-tabs>
<qc-structured-list id="structured-list" heading="${hostile}">
  <dl>
    <div><dt>Adresse</dt><dd>123, rue Saint-Jean, Québec</dd>
      <dd><button id="edit-address" type="button" class="qc-button qc-tertiary" command="show-modal" commandfor="dialog-address">Modifier</button></dd></div>
    <div><dt>Courriel</dt><dd>nom@exemple.ca</dd>
      <dd><qc-button id="edit-email" variant="tertiary" command="show-modal" commandfor="dialog-address">Modifier</qc-button></dd></div>
    <div><dt>Téléphone</dt><dd>418 555-0123</dd></div>
  </dl>
</qc-structured-list>
<qc-dialog id="dialog-address" close-label="${hostile}">
  <h2 slot="heading">Modifier l’adresse</h2>
  <form id="dialog-form" method="dialog">
    <label for="dialog-street">Adresse</label>
    <input id="dialog-street" name="adresse" value="123, rue Saint-Jean">
  </form>
  <div slot="footer">
    <qc-button id="dialog-save" type="submit" form="dialog-form" value="save">Enregistrer</qc-button>
    <qc-button id="dialog-cancel" variant="secondary" command="close" commandfor="dialog-address" value="cancel">Annuler</qc-button>
  </div>
</qc-dialog>
<qc-card id="card">
  <img id="card-image" slot="image" src="/packages/components/dist/assets/QUEBEC_couleur.svg" alt="">
  <h3><a id="card-link" href="#card-target">Demande de permis</a></h3>
  <p id="card-text">Déposée le 30 novembre 2026.</p>
  <p><qc-tag id="card-tag" variant="info">En traitement</qc-tag></p>
</qc-card>
<ul id="tags">
  <li><qc-tag id="tag-neutral">Brouillon</qc-tag></li>
  <li><qc-tag id="tag-success" variant="success" href="#top">Approuvé</qc-tag></li>
  <li><qc-tag id="tag-removed" variant="warning" removable>Montréal</qc-tag></li>
  <li><qc-tag id="tag-next" variant="error" removable remove-label="${hostile} Québec">Québec</qc-tag></li>
  <li><qc-tag id="tag-invalid" variant="zzz">Inconnu</qc-tag></li>
</ul>
<qc-stepper id="stepper" current="2" label="${hostile}" heading-level="2">
  <ol><li><a href="#top">Demande reçue</a></li><li>Analyse</li><li>Décision</li><li>Envoi</li></ol>
</qc-stepper>
<p id="loading" aria-busy="true">
  <qc-spinner id="spinner" label="${hostile}" size="lg"></qc-spinner>
  <qc-spinner id="spinner-small" size="sm"></qc-spinner>
</p>
<qc-session-timeout id="session-timeout" timeout="1200" warning="120" heading="${hostile}"></qc-session-timeout>
<qc-page-feedback id="page-feedback" question="${hostile}"></qc-page-feedback>
<qc-date-modified id="date-modified" datetime="2026-11-30"></qc-date-modified>
<qc-date-modified id="date-version" type="version" label="${hostile}">2.4.1</qc-date-modified>
<section id="bare">
${bare.map((tag) => `<${tag} id="bare-${tag}"></${tag}>`).join('\n')}
</section>
</main>
<qc-piv-footer id="piv-footer">
  <nav aria-label="Navigation du pied de page">
    <ul>
      <li><a href="/accessibilite">Accessibilité</a></li>
      <li><a href="/nous-joindre">Nous joindre</a></li>
    </ul>
  </nav>
</qc-piv-footer>
</body>
</html>`;

/** The ids of the qc-* elements written in the page. */
const pageIds = [...page.matchAll(/<qc-[a-z-]+ id="([^"]+)"/g)].map((match) => match[1]);

const types = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the page and the built files under packages/<name>/dist/ on 127.0.0.1 (random port),
 * every response with the policy. `close()` ends it, open connections included.
 */
async function serve() {
  const server = createServer((request, response) => {
    const headers = { 'content-security-policy': policy, 'cache-control': 'no-store' };
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    const file = normalize(join(root, path));
    const parts = relative(root, file).split(sep);
    const servable = parts[0] === 'packages' && parts[2] === 'dist' && !parts.includes('..');
    if (!servable || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/**
 * Runs in the page before any of its own scripts (Playwright init scripts are not subject to the
 * page's policy): records every `securitypolicyviolation`, including those raised inside shadow
 * roots, which bubble to the document.
 */
function recordViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });
}

/** Resolves once every qc-* element, also those inside shadow roots, has finished rendering. */
async function settle(allTags) {
  const qcElements = () => {
    const found = [];
    const walk = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if (element.localName.startsWith('qc-')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  await Promise.all(allTags.map((tag) => customElements.whenDefined(tag)));
  let previous = -1;
  for (;;) {
    const elements = qcElements();
    await Promise.all(elements.map((element) => element.updateComplete));
    if (elements.length === previous && !elements.some((element) => element.isUpdatePending)) return;
    previous = elements.length;
  }
}

/** What each qc-* element of the page rendered, for the assertions. */
function renderedState(ids) {
  const describeElement = (element) => {
    const shadow = element.shadowRoot;
    const known = ['qc-icon', 'qc-button', 'qc-notice'].includes(element.localName);
    // Shadow-root components drawn with an inline <svg> (an icon, the government signature).
    const drawn = ['qc-icon', 'qc-notice', 'qc-alert', 'qc-piv-header', 'qc-piv-footer'].includes(element.localName);
    return {
      id: element.id,
      tag: element.localName,
      // Shadow-root components with an icon: their drawing and adopted styles are checked too.
      detailed: known,
      drawn,
      // Lit styles a shadow root through constructable stylesheets (a <style> element would be refused).
      adoptedSheets: shadow ? shadow.adoptedStyleSheets.length : -1,
      lightText: element.textContent,
      defined: customElements.get(element.localName) !== undefined && element.matches(':defined'),
      // Lit's flag: the element ran its first update (light-DOM elements have no shadow root).
      updated: element.hasUpdated === true,
      shadowChildren: shadow ? shadow.childElementCount : -1,
      svg: Boolean(shadow?.querySelector('svg')),
      innerIconSvg: Boolean(shadow?.querySelector('qc-icon')?.shadowRoot?.querySelector('svg')),
      // A shadow root whose styles were refused would render unstyled: read one styled value.
      styled: !known
        ? undefined
        : element.localName === 'qc-notice'
          ? getComputedStyle(shadow.querySelector('.base')).borderTopStyle === 'solid'
          : element.localName === 'qc-button'
            ? getComputedStyle(shadow.querySelector('.base')).display === 'inline-flex'
            : getComputedStyle(element).display === 'inline-block',
      text: shadow?.textContent ?? '',
      img: Boolean(shadow?.querySelector('img')),
    };
  };
  // The page's own elements, by id, not those components create inside them.
  return ids.map((id) => document.getElementById(id)).map((element) => (element ? describeElement(element) : null));
}

describe('strict Content-Security-Policy and Trusted Types', { timeout: 120_000 }, () => {
  let server;
  let browser;

  before(async () => {
    for (const file of Object.values(files)) {
      assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
    }
    const found = await findBrowser();
    assert.ok(found, missingBrowserMessage);
    server = await serve();
    browser = await chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page on the served document with violation, console, error and request listeners. */
  async function open() {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const tab = await context.newPage();
    const log = { consoleErrors: [], pageErrors: [], requests: [] };
    tab.on('console', (message) => {
      if (message.type() === 'error') log.consoleErrors.push(message.text());
    });
    tab.on('pageerror', (error) => log.pageErrors.push(error.message));
    tab.on('request', (request) => log.requests.push(request.url()));
    await tab.addInitScript(recordViolations);
    const response = await tab.goto(`${server.origin}/`);
    assert.equal(response?.headers()['content-security-policy'], policy, 'the page is served with the policy');
    await tab.evaluate(settle, [...new Set([...exercised, ...tags])]);
    return { tab, log, close: () => context.close() };
  }

  test('every component renders, changes state and stays within the policy, with no outside request', async (t) => {
    const { tab, log, close } = await open();
    try {
      // Rendered at load: every element defined and rendered; icon, button and notice also drawn and styled.
      const initial = await tab.evaluate(renderedState, pageIds);
      assert.deepEqual(
        pageIds.filter((_, i) => initial[i] === null),
        [],
        'every qc-* element of the page is present',
      );
      for (const state of initial) {
        const name = `<${state.tag} id=${state.id}>`;
        assert.ok(state.defined, `${name} is defined`);
        assert.ok(state.updated, `${name} rendered`);
        assert.ok(!state.img, `${name} created no <img> from attribute text`);
        if (state.shadowChildren >= 0) assert.ok(state.adoptedSheets > 0, `${name} adopted its stylesheets`);
        if (state.drawn) assert.ok(state.svg, `${name} drew its icon or signature (<svg>)`);
        if (!state.detailed) continue;
        assert.ok(state.shadowChildren > 0, `${name} rendered its shadow root`);
        assert.ok(state.styled, `${name} has its styles (adopted stylesheets allowed)`);
      }
      if (bare.length > 0) {
        t.diagnostic(`only loaded bare (add them to this page in their documented states): ${bare.join(', ')}`);
      }
      const byId = new Map(initial.map((state) => [state.id, state]));
      assert.ok(byId.get('notice-warning').text.includes(hostile), 'a hostile title is shown as text');
      assert.ok(byId.get('notice-note').text.includes(hostile), 'hostile content is shown as text');
      assert.ok(byId.get('button-tertiary').innerIconSvg, 'a button draws its icon');
      assert.ok(byId.get('alert-maskable').text.includes(hostile), 'a hostile alert content is shown as text');
      assert.ok(byId.get('tooltip-open').text.includes(hostile), 'a hostile tooltip description is shown as text');
      assert.ok(byId.get('tooltip-slot').innerIconSvg, 'a tooltip draws its icon');

      // The identity and navigation elements, as written in the page, in French.
      const loaded = await tab.evaluate(() => {
        const $ = (id) => document.getElementById(id);
        const part = (id, name) => $(id).shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
        const panel = part('tooltip-open', 'panel');
        return {
          skipLink: `${$('skip-link').querySelector('a')?.getAttribute('href')} ${$('skip-link').textContent.trim()}`,
          headerSearch: part('piv-header', 'search-toggle')?.getAttribute('aria-expanded'),
          headerSearchInput: $('search-bar-header').querySelector('input[type="search"]') !== null,
          currentPage: part('pagination-links', 'current')?.getAttribute('href'),
          pageButtons: $('pagination-buttons').shadowRoot?.querySelectorAll('button').length ?? 0,
          tooltipShown: Boolean(panel?.checkVisibility()),
          searchBarValue: $('search-bar').querySelector('input')?.value,
          ownInputKept: $('search-input-own').querySelector('input[name="nouvelle"]')?.value,
          externalIcons: $('external-link').querySelectorAll('svg').length,
          iconButton: $('icon-button').querySelector('button')?.textContent.trim(),
          disclosure: $('icon-button-disclosure').querySelector('button')?.getAttribute('aria-expanded'),
          sectionButtons: $('side-nav').querySelectorAll('li > button[aria-expanded]').length,
          footerNav: $('piv-footer').querySelector('nav')?.getAttribute('aria-label'),
        };
      });
      assert.deepEqual(
        loaded,
        {
          skipLink: '#main Passer au contenu',
          headerSearch: 'true',
          headerSearchInput: true,
          currentPage: '?page=5',
          pageButtons: 4,
          tooltipShown: true,
          searchBarValue: 'permis de conduire',
          ownInputKept: 'budget',
          externalIcons: 2,
          iconButton: 'Fermer',
          disclosure: 'false',
          sectionButtons: 2,
          footerNav: 'Navigation du pied de page',
        },
        'the issue-8 elements rendered their documented states',
      );

      // The issue-9 elements as written in the page, in French; hostile heading and label attributes as text.
      const loaded9 = await tab.evaluate(async () => {
        const $ = (id) => document.getElementById(id);
        const part = (id, name) => $(id).shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
        const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const sections = ['accordion-documents', 'accordion-delay', 'accordion-cost'];
        const image = $('card-image');
        // Served from the page's origin (img-src 'self'); decoded or failed within 3 s.
        await Promise.race([image.decode().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))]);
        const entry = (id) => `${clean($(id).querySelector('dt'))} | ${clean($(id).querySelector('dd'))}`;
        const stepper = $('stepper');
        return {
          showAll: `${part('accordion', 'show-all')?.getAttribute('aria-expanded')} ${clean(part('accordion', 'show-all'))}`,
          sections: sections.map(
            (id) =>
              `${part(id, 'heading')?.getAttribute('aria-level')} ${part(id, 'button')?.getAttribute('aria-expanded')} ${$(id).querySelector('p').checkVisibility()}`,
          ),
          tablist: $('tabs').querySelector('[role="tablist"]')?.getAttribute('aria-label'),
          tabs: [...$('tabs').querySelectorAll('[role="tab"]')].map(
            (tab) => `${clean(tab)} ${tab.getAttribute('aria-selected')} ${tab.tabIndex}`,
          ),
          panels: $('tabs')
            .sections.filter((section) => section.checkVisibility())
            .map((section) => section.id),
          listHeading: clean($('structured-list').querySelector('h1, h2, h3, h4, h5, h6')),
          actions: [clean($('edit-address')), clean($('edit-email'))],
          dialogOpen: $('dialog-address').open || Boolean(part('dialog-address', 'dialog')?.open),
          cardImage: image.complete && image.naturalWidth > 0,
          cardLink: $('card').querySelector('h3 a')?.getAttribute('href'),
          tags: ['tag-neutral', 'tag-success', 'tag-removed', 'tag-next', 'tag-invalid'].map(
            (id) =>
              `${part(id, 'base')?.getAttribute('class')} ${part(id, 'link')?.getAttribute('href') ?? '-'} ${part(id, 'remove-button')?.getAttribute('aria-label') ?? '-'}`,
          ),
          stepperSummary: clean(stepper.querySelector('h2')),
          stepperList: stepper.querySelector('ol')?.getAttribute('aria-label'),
          stepperCurrent: clean(stepper.querySelector('[aria-current="step"]')),
          spinner: `${part('spinner', 'label')?.getAttribute('role')} ${clean(part('spinner', 'label'))}`,
          spinnerSmall: clean(part('spinner-small', 'label')),
          sessionOpen: $('session-timeout').open,
          feedback: clean($('page-feedback').querySelector('legend')),
          feedbackButtons: [...$('page-feedback').querySelectorAll('button')].map(clean),
          dateModified: entry('date-modified'),
          dateTime: $('date-modified').querySelector('time')?.getAttribute('datetime'),
          version: entry('date-version'),
        };
      });
      assert.deepEqual(
        loaded9,
        {
          showAll: `false ${hostile}`,
          sections: ['2 true true', '4 false false', '2 false false'],
          tablist: hostile,
          tabs: ['Résumé false -1', 'Documents true 0', 'Messages false -1'],
          panels: ['documents'],
          listHeading: hostile,
          actions: ['Modifier adresse', 'Modifier courriel'],
          dialogOpen: false,
          cardImage: true,
          cardLink: '#card-target',
          tags: [
            'base neutral - -',
            'base success #top -',
            'base warning - Retirer Montréal',
            `base error - ${hostile} Québec`,
            'base neutral - -',
          ],
          stepperSummary: 'Étape 2 sur 4 : Analyse',
          stepperList: hostile,
          stepperCurrent: 'Analyse',
          spinner: `status ${hostile}`,
          spinnerSmall: 'Chargement en cours…',
          sessionOpen: false,
          feedback: hostile,
          feedbackButtons: ['Oui', 'Non'],
          dateModified: 'Date de mise à jour : | 30 novembre 2026',
          dateTime: '2026-11-30',
          version: `${hostile} | 2.4.1`,
        },
        'the issue-9 elements rendered their documented states',
      );
      const pageStyles = await tab.evaluate(() => ({
        token: getComputedStyle(document.documentElement).getPropertyValue('--qc-color-text-primary').trim(),
        nativeButton: getComputedStyle(document.getElementById('native-button')).display,
      }));
      assert.notEqual(pageStyles.token, '', 'tokens.css applies');
      assert.equal(pageStyles.nativeButton, 'inline-flex', 'qc-ds.css applies (.qc-button on a native button)');

      // Changes of state after load, each of which renders or writes something new.
      const changes = await tab.evaluate(async (hostileText) => {
        const $ = (id) => document.getElementById(id);
        const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const result = {};

        // Loading on: the shared announcer creates its live region and styles it through CSSOM.
        $('button-toggle').setAttribute('loading', '');
        await wait(400);
        const region = document.querySelector('[data-qc-announcer]');
        result.announcer = region && {
          role: region.getAttribute('role'),
          text: region.textContent,
          position: getComputedStyle(region).position,
          width: region.getBoundingClientRect().width,
        };
        $('button-toggle').removeAttribute('loading');
        $('button-loading').loading = false;

        // Icons: new names (lazy glyphs), sizes, colours (token list), rotation, label.
        $('icon-information').setAttribute('icon', 'calendar');
        $('icon-xclose').setAttribute('size', 'xl');
        $('icon-adresse').setAttribute('color', 'red-regular');
        $('icon-adresse').setAttribute('rotate', '180');
        $('icon-light-bulb').setAttribute('label', hostileText);
        $('button-danger').setAttribute('icon', 'minus');
        $('button-secondary').setAttribute('variant', 'zzz');

        // Notices: type, icon and heading changes; a notice created by script; English.
        $('notice-information').setAttribute('type', 'error');
        $('notice-advice').setAttribute('icon', 'phone');
        $('notice-success').setAttribute('header', 'h4');
        const added = document.createElement('qc-notice');
        added.id = 'notice-added';
        added.setAttribute('type', 'warning');
        added.title = hostileText;
        added.append(Object.assign(document.createElement('p'), { textContent: 'Ajouté après le chargement.' }));
        document.querySelector('main').append(added);
        document.documentElement.lang = 'en';

        // A submit through qc-button, kept on the page.
        const form = $('form');
        let submitter = null;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitter = event.submitter;
        });
        $('button-primary').click();
        await wait(0);
        result.submitted = submitter !== null;
        form.reset();

        // Form fields: an empty submit attempt (the error summary lists the errors), typing past a
        // soft limit, an impossible date, the searchable select, a switch, a file of the wrong type.
        const fields = $('fields');
        let fieldsSubmitted = false;
        fields.addEventListener('submit', (event) => {
          event.preventDefault();
          fieldsSubmitted = true;
        });
        $('fields-submit').click();
        await wait(100);
        result.fieldsSubmitted = fieldsSubmitted;
        result.summaryText = `${$('field-summary').shadowRoot?.textContent ?? ''} ${$('field-summary').textContent}`;
        const type = (input, value) => {
          input.focus();
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          input.blur();
        };
        type($('field-comment').querySelector('textarea'), `${'x'.repeat(25)} ${hostileText}`);
        const dateParts = $('field-birth').querySelectorAll('input');
        ['2026', '02', '31'].forEach((value, i) => dateParts[i] && type(dateParts[i], value));
        const combobox = $('field-office').querySelector('[role="combobox"]');
        combobox?.click();
        if (combobox instanceof HTMLInputElement) type(combobox, 'mon');
        $('field-sms').querySelector('input')?.click();
        const file = $('field-file').querySelector('input[type="file"]');
        if (file) {
          const transfer = new DataTransfer();
          transfer.items.add(new File(['x'], `${hostileText}.txt`, { type: 'text/plain' }));
          file.files = transfer.files;
          file.dispatchEvent(new Event('change', { bubbles: true }));
        }
        await wait(100);
        result.images = document.querySelectorAll('img:not(#card-image)').length;
        result.combobox = combobox !== null;
        result.fileShown = $('field-file').textContent.includes(hostileText);

        return result;
      }, hostile);
      await tab.evaluate(settle, [...new Set([...exercised, ...tags])]);

      assert.deepEqual(
        { role: changes.announcer?.role, text: changes.announcer?.text, position: changes.announcer?.position },
        { role: 'status', text: 'Chargement en cours', position: 'absolute' },
        'the shared live region exists, announces, and is styled by CSSOM under style-src self',
      );
      assert.ok(changes.announcer.width <= 1, 'the live region is visually hidden');
      assert.ok(changes.submitted, 'qc-button submits its form');
      assert.ok(!changes.fieldsSubmitted, 'an invalid form is not submitted');
      assert.match(changes.summaryText, /Nom/, 'the error summary lists the errors');
      assert.ok(changes.combobox, 'the searchable select rendered its combobox');
      assert.ok(changes.fileShown, 'the chosen file is listed, its hostile name as text');
      assert.equal(changes.images, 0, 'hostile labels, values and file names created no <img>');

      // The identity and navigation elements in use (the page is now in English): search zone,
      // alert dismissal (stored), pagination in both modes, search fields, tooltips, links added
      // by script, icon button changes; then, at 320 px, the compact breadcrumb and side navigation
      // and the back-to-top link.
      const navigation = await tab.evaluate(async (hostileText) => {
        const $ = (id) => document.getElementById(id);
        const part = (id, name) => $(id).shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
        const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        const result = {};
        const events = [];
        for (const type of ['qc-search-toggle', 'qc-dismiss', 'qc-page-change', 'qc-change', 'qc-open', 'qc-close']) {
          document.addEventListener(type, (event) => events.push(`${type}:${event.target.id}`));
        }

        part('piv-header', 'search-toggle').click();
        await wait(50);
        result.searchClosed = part('piv-header', 'search-toggle').getAttribute('aria-expanded');
        part('piv-header', 'search-toggle').click();
        await wait(50);
        result.searchOpen = part('piv-header', 'search-toggle').getAttribute('aria-expanded');

        part('alert-maskable', 'close-button').click();
        await wait(50);
        result.alertHidden = $('alert-maskable').hide && !$('alert-maskable').checkVisibility();
        result.alertStored = Object.keys(sessionStorage).some((key) => key.startsWith('qc-alert:csp-1234'));

        part('pagination-buttons', 'next').click();
        await wait(50);
        result.buttonPage = part('pagination-buttons', 'current')?.textContent.trim();
        $('pagination-links').setAttribute('current-page', '12');
        await wait(50);
        result.linkPage = part('pagination-links', 'current')?.getAttribute('href');
        result.lastHasNext = part('pagination-links', 'next') !== null;

        const search = $('search');
        let searched = null;
        search.addEventListener('submit', (event) => {
          event.preventDefault();
          searched = [...new FormData(search)].map(([name, value]) => `${name}=${value}`).join('&');
        });
        const input = $('search-input').querySelector('input');
        input.focus();
        input.value = hostileText;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await wait(50);
        const clear = $('search-input').querySelector('button');
        result.clearShown = clear !== null && !clear.hidden;
        clear?.click();
        await wait(50);
        result.cleared = input.value === '' && document.activeElement === input;
        $('search-bar').querySelector('button[type="submit"], button:not([type])')?.click();
        await wait(50);
        result.searched = searched;

        $('tooltip-open').shadowRoot.querySelector('[part="close-button"]').click();
        await wait(50);
        result.tooltipClosed = !$('tooltip-open').open;
        part('tooltip-slot', 'trigger').click();
        await wait(50);
        result.tooltipOpened = $('tooltip-slot').open && part('tooltip-slot', 'panel').checkVisibility();
        $('tooltip-slot').hide();

        const link = Object.assign(document.createElement('a'), { href: 'https://www.canada.ca/en.html' });
        link.textContent = hostileText;
        $('external-link').append(' · ', link);
        await wait(50);
        result.externalIcons = $('external-link').querySelectorAll('svg').length;
        result.externalText = link.textContent;

        $('icon-button').setAttribute('label', hostileText);
        $('icon-button').setAttribute('icon', 'search');
        await wait(50);
        result.iconButton = $('icon-button').querySelector('button')?.textContent.trim();
        result.images = document.querySelectorAll('img:not(#card-image)').length;
        result.events = events.sort();
        return result;
      }, hostile);
      assert.deepEqual(
        navigation,
        {
          searchClosed: 'false',
          searchOpen: 'true',
          alertHidden: true,
          alertStored: true,
          buttonPage: '2',
          linkPage: '?page=12',
          lastHasNext: false,
          clearShown: true,
          cleared: true,
          searched: 'article=&nouvelle=budget&q=permis de conduire',
          tooltipClosed: true,
          tooltipOpened: true,
          externalIcons: 3,
          externalText: `${hostile} This link directs to another site.`,
          iconButton: hostile,
          images: 0,
          events: [
            'qc-change:search-input',
            'qc-change:search-input',
            'qc-close:tooltip-open',
            'qc-close:tooltip-slot',
            'qc-dismiss:alert-maskable',
            'qc-open:tooltip-slot',
            'qc-page-change:pagination-buttons',
            'qc-search-toggle:piv-header',
            'qc-search-toggle:piv-header',
          ],
        },
        'the identity and navigation elements change state under the policy',
      );

      // The issue-9 elements in use (the page is in English), driven by real clicks and keys where
      // the browser's own handling matters (focus, Escape, invoker buttons): accordion sections and
      // « show all », tabs, the dialog opened by a native and a qc-button invoker and closed by
      // Escape, its close button, its form and a close command, the card's block link, a tag
      // removed, the page feedback answered, spinners, the stepper, and the session warning.
      const issue9 = {};
      const inPage = (callback, argument) => tab.evaluate(callback, argument);
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      await inPage(() => {
        window.__events9 = [];
        const types = ['toggle', 'qc-tab-show', 'qc-show', 'cancel', 'close', 'qc-remove', 'qc-feedback'];
        for (const type of [...types, 'qc-session-warn', 'qc-session-extend', 'qc-session-end']) {
          document.addEventListener(type, (event) => {
            if (event.target.id) window.__events9.push(`${type}:${event.target.id}`);
          });
        }
        /** The focused element, through shadow roots: `host-id/part` or `id`. */
        window.__focus9 = () => {
          const host = document.activeElement;
          const inner = host?.shadowRoot?.activeElement;
          return inner ? `${host.id}/${inner.getAttribute('part')}` : (host?.id ?? null);
        };
        window.__part9 = (id, name) =>
          document.getElementById(id).shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
      });
      const focused = () => inPage(() => window.__focus9());
      const press = async (key) => {
        await tab.keyboard.press(key);
        await wait(50);
        return focused();
      };

      // Accordion: a section opened by its button; « show all » then « hide all »; the keys.
      const sectionStates = () =>
        inPage(() =>
          ['accordion-documents', 'accordion-delay', 'accordion-cost']
            .map(
              (id) =>
                `${document.getElementById(id).open}/${document.getElementById(id).querySelector('p').checkVisibility()}`,
            )
            .join(' '),
        );
      const showAll = () =>
        inPage(() => {
          const button = window.__part9('accordion', 'show-all');
          return `${button.getAttribute('aria-expanded')} ${button.textContent.trim()}`;
        });
      await tab.click('#accordion-delay [part="button"]');
      await wait(50);
      issue9.sectionOpened = await sectionStates();
      await tab.click('#accordion [part="show-all"]');
      await wait(50);
      issue9.allShown = `${await sectionStates()} | ${await showAll()}`;
      await tab.click('#accordion [part="show-all"]');
      await wait(50);
      issue9.allHidden = `${await sectionStates()} | ${await showAll()}`;
      await inPage(() => document.getElementById('accordion-documents').focus());
      issue9.accordionKeys = [
        await press('ArrowDown'),
        await press('End'),
        await press('ArrowDown'),
        await press('ArrowUp'),
        await press('Home'),
      ];
      await press('Enter');
      issue9.accordionEnter = await sectionStates();
      await press('Space');
      issue9.accordionSpace = await sectionStates();

      // Tabs: a click, then ←/→ (wrapping), Home/End with automatic activation.
      const tabsState = () =>
        inPage(() => {
          const tabs = document.getElementById('tabs');
          const active =
            document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent.trim() : null;
          const shown = tabs.sections.filter((section) => section.checkVisibility()).map((section) => section.id);
          return `${tabs.selected} ${active} ${shown.join(',')}`;
        });
      await tab.locator('#tabs [role="tab"]').nth(2).click();
      await wait(50);
      issue9.tabClicked = await tabsState();
      issue9.tabKeys = [];
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'End', 'Home']) {
        await press(key);
        issue9.tabKeys.push(`${key} ${await tabsState()}`);
      }

      // Dialog: the native invoker button of the structured list, Escape; the qc-button invoker,
      // the close button; the form (method="dialog") with the citizen's text; a close command.
      const dialogState = () =>
        inPage(() => {
          const dialog = document.getElementById('dialog-address');
          const shown = Boolean(window.__part9('dialog-address', 'dialog')?.open);
          return `${dialog.open}/${shown} ${window.__focus9()} ${dialog.returnValue || '-'}`;
        });
      await tab.click('#edit-address');
      await wait(100);
      issue9.dialogNative = await dialogState();
      await press('Escape');
      issue9.dialogEscape = await dialogState();
      await tab.click('#edit-email');
      await wait(100);
      issue9.dialogQcButton = await dialogState();
      issue9.dialogCloseLabel = await inPage(() =>
        window.__part9('dialog-address', 'close-button').getAttribute('aria-label'),
      );
      await tab.click('#dialog-address [part="close-button"]');
      await wait(100);
      issue9.dialogCloseButton = await dialogState();
      await tab.click('#edit-email');
      await wait(100);
      await tab.fill('#dialog-street', hostile);
      await tab.click('#dialog-save');
      await wait(100);
      issue9.dialogSaved = `${await dialogState()} ${await inPage(() => document.getElementById('dialog-street').value)}`;
      await tab.click('#edit-address');
      await wait(100);
      await tab.click('#dialog-cancel');
      await wait(100);
      issue9.dialogCancelled = await dialogState();

      // Card: a click on its text follows the heading's link.
      await tab.click('#card-text');
      await wait(50);
      issue9.cardFollowed = await inPage(() => location.hash);

      // Tags: a removable tag removed; its item goes, focus moves to the next tag's button, announced.
      await tab.click('#tag-removed [part="remove-button"]');
      await wait(400);
      issue9.tagRemoved = await inPage(() => ({
        gone: document.getElementById('tag-removed') === null,
        items: document.querySelectorAll('#tags > li').length,
        focus: window.__focus9(),
        announced: document.querySelector('[data-qc-announcer]')?.textContent.trim(),
      }));

      // Page feedback: « No », a reason that requires a comment, sent without then with it.
      await tab.click('#page-feedback button[value="no"]');
      await wait(100);
      issue9.feedbackDetails = await inPage(() => document.activeElement?.getAttribute('data-qc-part'));
      await tab.check('#page-feedback input[value="other"]');
      await tab.click('#page-feedback [data-qc-part="submit"]');
      await wait(100);
      issue9.feedbackError = await inPage(() => ({
        error: document.querySelector('#page-feedback [data-qc-part="error"]')?.textContent.trim(),
        focus: document.activeElement?.getAttribute('name'),
      }));
      await tab.fill('#page-feedback textarea', hostile);
      const feedback = inPage(
        () =>
          new Promise((resolve) => {
            document.addEventListener('qc-feedback', (event) => resolve(event.detail), { once: true });
          }),
      );
      await tab.click('#page-feedback [data-qc-part="submit"]');
      issue9.feedback = await feedback;
      await wait(100);
      issue9.feedbackSent = await inPage(() => ({
        status: document.querySelector('#page-feedback [role="status"]')?.textContent.trim().length > 0,
        formHidden: document.querySelector('#page-feedback form')?.hidden,
        focus: document.activeElement?.getAttribute('role'),
      }));

      // Spinners: a new message; a spinner inserted by script (its region first empty, then the text).
      issue9.spinners = await inPage(async () => {
        const label = (id) => window.__part9(id, 'label')?.textContent.trim();
        document.getElementById('spinner-small').setAttribute('label', 'Searching…');
        const added = Object.assign(document.createElement('qc-spinner'), { id: 'spinner-added' });
        document.getElementById('loading').append(added);
        await added.updateComplete;
        const empty = label('spinner-added');
        await new Promise((resolve) => setTimeout(resolve, 400));
        return [label('spinner-small'), `${empty === '' ? 'empty' : empty} then ${label('spinner-added')}`];
      });

      // Stepper and dates in English; a step further.
      issue9.english = await inPage(async () => {
        const $ = (id) => document.getElementById(id);
        const clean = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
        $('stepper').setAttribute('current', '3');
        await $('stepper').updateComplete;
        return {
          stepper: `${clean($('stepper').querySelector('h2'))} | ${clean($('stepper').querySelector('[aria-current="step"]'))}`,
          date: `${clean($('date-modified').querySelector('dt'))} | ${clean($('date-modified').querySelector('dd'))}`,
        };
      });

      // Session timeout: a short session, so the warning opens at once; continued with its button.
      const warned = inPage(
        () =>
          new Promise((resolve) => {
            document.addEventListener('qc-session-warn', (event) => resolve(event.detail.remaining), { once: true });
          }),
      );
      await inPage(() => {
        const session = document.getElementById('session-timeout');
        session.timeout = 23;
        session.warning = 22;
        session.restart();
      });
      issue9.sessionWarned = (await warned) > 0;
      await wait(100);
      issue9.sessionWarning = await inPage(() => ({
        open: document.getElementById('session-timeout').open,
        heading: window.__part9('session-timeout', 'heading')?.textContent.trim(),
        focus: window.__focus9(),
      }));
      await tab.click('#session-timeout [part="continue-button"]');
      await wait(100);
      issue9.sessionContinued = await inPage(() => {
        const session = document.getElementById('session-timeout');
        const open = session.open;
        session.timeout = 1200;
        session.warning = 120;
        session.restart();
        return open;
      });
      issue9.images = await inPage(() => document.querySelectorAll('img:not(#card-image)').length);
      issue9.events = await inPage(() => window.__events9);

      assert.deepEqual(
        issue9,
        {
          sectionOpened: 'true/true true/true false/false',
          allShown: 'true/true true/true true/true | true Hide all sections',
          allHidden: `false/false false/false false/false | false ${hostile}`,
          accordionKeys: [
            'accordion-delay/button',
            'accordion-cost/button',
            'accordion-documents/button',
            'accordion-cost/button',
            'accordion-documents/button',
          ],
          accordionEnter: 'true/true false/false false/false',
          accordionSpace: 'false/false false/false false/false',
          tabClicked: 'messages Messages messages',
          tabKeys: [
            'ArrowRight resume Résumé resume',
            'ArrowRight documents Documents documents',
            'ArrowLeft resume Résumé resume',
            'ArrowLeft messages Messages messages',
            'End messages Messages messages',
            'Home resume Résumé resume',
          ],
          dialogNative: 'true/true dialog-street -',
          dialogEscape: 'false/false edit-address -',
          dialogQcButton: 'true/true dialog-street -',
          dialogCloseLabel: hostile,
          dialogCloseButton: 'false/false edit-email/base -',
          dialogSaved: `false/false edit-email/base save ${hostile}`,
          dialogCancelled: 'false/false edit-address cancel',
          cardFollowed: '#card-target',
          tagRemoved: { gone: true, items: 4, focus: 'tag-next/remove-button', announced: 'Tag removed: Montréal' },
          feedbackDetails: 'reasons',
          feedbackError: { error: 'Please describe the problem', focus: 'comment' },
          feedback: { helpful: false, reason: 'other', comment: hostile },
          feedbackSent: { status: true, formHidden: true, focus: 'status' },
          spinners: ['Searching…', 'empty then Loading…'],
          english: { stepper: 'Step 3 of 4: Décision | Décision', date: 'Date modified: | November 30, 2026' },
          sessionWarned: true,
          sessionWarning: { open: true, heading: hostile, focus: 'session-timeout/continue-button' },
          sessionContinued: false,
          images: 0,
          events: [
            'toggle:accordion-delay',
            'toggle:accordion-cost',
            'toggle:accordion-documents',
            'toggle:accordion-delay',
            'toggle:accordion-cost',
            'toggle:accordion-documents',
            'toggle:accordion-documents',
            ...Array(6).fill('qc-tab-show:tabs'),
            'qc-show:dialog-address',
            'cancel:dialog-address',
            'close:dialog-address',
            'qc-show:dialog-address',
            'cancel:dialog-address',
            'close:dialog-address',
            'qc-show:dialog-address',
            'close:dialog-address',
            'qc-show:dialog-address',
            'close:dialog-address',
            'qc-remove:tag-removed',
            'qc-feedback:page-feedback',
            'qc-session-warn:session-timeout',
            'qc-session-extend:session-timeout',
          ],
        },
        'the issue-9 elements change state under the policy',
      );

      await tab.setViewportSize({ width: 320, height: 480 });
      const narrow = await tab.evaluate(async () => {
        const $ = (id) => document.getElementById(id);
        const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
        /** Polls `condition` for up to 3 s (layout, scrolling): the state is read after either way. */
        const until = async (condition) => {
          for (let waited = 0; waited < 3000 && !condition(); waited += 50) await wait(50);
        };
        const result = {};
        const expand = () => $('breadcrumb').querySelector('button');
        await until(() => expand()?.checkVisibility());
        result.breadcrumbCompact = expand()?.checkVisibility() ? expand().getAttribute('aria-expanded') : 'not shown';
        expand()?.click();
        await wait(50);
        result.breadcrumbFocus = document.activeElement?.closest('qc-breadcrumb')?.id ?? null;
        const menu = () =>
          [...$('side-nav').querySelectorAll('button[aria-expanded]')].find(
            (button) => button.textContent.includes('In this section') && button.checkVisibility(),
          );
        await until(() => menu());
        result.menuClosed = menu()?.getAttribute('aria-expanded') ?? 'not shown';
        menu()?.click();
        await wait(50);
        result.menuOpen = menu()?.getAttribute('aria-expanded') ?? 'not shown';

        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
        const toTop = $('to-top').querySelector('a');
        await until(() => toTop && !toTop.hidden);
        result.toTopShown = toTop !== null && !toTop.hidden;
        toTop?.click();
        await until(() => window.scrollY < window.innerHeight && document.activeElement?.id === 'top');
        result.toTopFocus = document.activeElement?.id;
        result.scrolledUp = window.scrollY < window.innerHeight;
        return result;
      });
      assert.deepEqual(
        narrow,
        {
          breadcrumbCompact: 'false',
          breadcrumbFocus: 'breadcrumb',
          menuClosed: 'false',
          menuOpen: 'true',
          toTopShown: true,
          toTopFocus: 'top',
          scrolledUp: true,
        },
        'at 320 px: the breadcrumb and side navigation fold, the back-to-top link appears and works',
      );

      const final = await tab.evaluate(renderedState, [
        ...pageIds.filter((id) => id !== 'tag-removed'),
        'notice-added',
      ]);
      assert.ok(final.every(Boolean), 'every element is still there, with the notice added by script');
      for (const state of final) {
        const name = `<${state.tag} id=${state.id}>`;
        assert.ok(state.updated, `${name} still rendered`);
        assert.ok(!state.img, `${name} created no <img>`);
        if (state.drawn) assert.ok(state.svg, `${name} drew its icon or signature (<svg>)`);
      }
      const finalById = new Map(final.map((state) => [state.id, state]));
      assert.ok(finalById.get('button-danger').innerIconSvg, 'an icon added to a button is drawn');
      assert.ok(finalById.get('notice-added').svg, 'a notice created by script draws its icon');
      assert.ok(finalById.get('notice-added').text.includes('Warning notice'), 'strings follow <html lang="en">');
      assert.ok(finalById.get('notice-added').text.includes(hostile), 'a hostile title set by script is text');

      const violations = await tab.evaluate(() => window.__violations);
      assert.deepEqual(violations, [], 'no Content-Security-Policy or Trusted Types violation');
      assert.deepEqual(log.pageErrors, [], 'no uncaught error');
      assert.deepEqual(log.consoleErrors, [], 'no console error');
      const outside = log.requests.filter((url) => new URL(url).origin !== server.origin);
      assert.deepEqual(outside, [], 'every request stays on the page origin');
      assert.ok(
        log.requests.some((url) => url.endsWith(files.loader)),
        'the loader was requested (the request log works)',
      );
    } finally {
      await close();
    }
  });

  // Control: the same page really enforces the policy and the listener sees what it blocks, so the
  // "no violation" above cannot pass because the policy or the listener silently did nothing.
  test('the page enforces the policy: an inline style attribute and an HTML string sink are reported', async () => {
    const { tab, close } = await open();
    try {
      const outcome = await tab.evaluate(async () => {
        const target = document.getElementById('top');
        target.setAttribute('style', 'color: red');
        let sinkThrew = false;
        try {
          target.insertAdjacentHTML('beforeend', '<b>x</b>');
        } catch {
          sinkThrew = true;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { sinkThrew, color: getComputedStyle(target).color, violations: window.__violations };
      });
      assert.ok(outcome.sinkThrew, 'Trusted Types refuse a plain string in an HTML sink');
      assert.notEqual(outcome.color, 'rgb(255, 0, 0)', 'the inline style was not applied');
      const directives = outcome.violations.map((violation) => violation.directive).sort();
      assert.deepEqual(directives, ['require-trusted-types-for', 'style-src-attr']);
    } finally {
      await close();
    }
  });
});
