// Serves the `a11ySnapshot()` command of @web/test-runner-commands from Chromium's own
// accessibility tree (Chrome DevTools Protocol `Accessibility.getFullAXTree`).
// The stock a11ySnapshotPlugin calls Playwright's `page.accessibility`, which Playwright removed
// (1.57+), so every call failed with "Cannot read properties of undefined (reading 'snapshot')".
//
// Result shape (close to the old Playwright snapshot): `{ role, name, level?, disabled?, expanded?, selected?, required?,
// multiselectable?, invalid?, checked?, value? (comboboxes), description?, children? }`, with
// Chromium role names (`heading`, `paragraph`, `note`, `image`, `link`, `list`…), `text` for text
// runs and `WebArea` for the document. Ignored nodes (aria-hidden, display:none…) and unnamed
// `generic`/`none` wrappers are left out and their children lifted, like `interestingOnly`.

const SKIPPED_ROLES = new Set(['InlineTextBox', 'LineBreak']);
const TRANSPARENT_ROLES = new Set(['generic', 'none', 'presentation', 'GenericContainer', 'Ignored']);

/** @param {any} node */
function propertyOf(node, name) {
  return node.properties?.find((p) => p.name === name)?.value?.value;
}

/** @returns {import('@web/test-runner-core').TestRunnerPlugin<{ selector?: string }>} */
export function a11ySnapshotCdpPlugin() {
  return {
    name: 'a11y-snapshot-cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-snapshot') return undefined;
      if (session.browser.type !== 'playwright') {
        throw new Error(`a11ySnapshot is only supported with the Playwright launcher (${session.browser.type}).`);
      }
      const page = session.browser.getPage(session.id);
      const client = await page.context().newCDPSession(page);
      try {
        await client.send('Accessibility.enable');
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));

        let root = nodes.find((n) => !n.parentId);
        if (payload?.selector) {
          const { root: doc } = await client.send('DOM.getDocument', { depth: 0 });
          const { nodeId } = await client.send('DOM.querySelector', { nodeId: doc.nodeId, selector: payload.selector });
          if (!nodeId) return null;
          const { node } = await client.send('DOM.describeNode', { nodeId });
          root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? root;
        }

        /** @returns {any[]} the snapshot nodes for `axNode` (several when it is transparent) */
        const convert = (axNode, isRoot = false) => {
          const role = axNode.role?.value ?? '';
          if (SKIPPED_ROLES.has(role)) return [];
          const children = (axNode.childIds ?? []).flatMap((id) => (byId.has(id) ? convert(byId.get(id)) : []));
          const name = axNode.name?.value ?? '';
          if (!isRoot && (axNode.ignored || (TRANSPARENT_ROLES.has(role) && !name))) return children;
          const out = { role: role === 'StaticText' ? 'text' : role === 'RootWebArea' ? 'WebArea' : role, name };
          const level = propertyOf(axNode, 'level');
          if (level !== undefined) out.level = level;
          // States and description, as the old Playwright snapshot had them (only when present).
          if (propertyOf(axNode, 'disabled') === true) out.disabled = true;
          // Widget states (listboxes, comboboxes, options): present only when true, like Playwright's;
          // `expanded` also when false, so a collapsed popup can be told from a node without one.
          const expanded = propertyOf(axNode, 'expanded');
          if (typeof expanded === 'boolean') out.expanded = expanded;
          for (const state of ['selected', 'required', 'multiselectable']) {
            if (propertyOf(axNode, state) === true) out[state] = true;
          }
          if (propertyOf(axNode, 'invalid') === 'true') out.invalid = true;
          // Checkboxes, radios, switches: `true`, `false` or `'mixed'` (only on checkable nodes).
          const checked = propertyOf(axNode, 'checked');
          if (checked !== undefined) out.checked = checked === 'mixed' ? 'mixed' : String(checked) === 'true';
          // The value a combobox announces (the chosen option of a select, the text of an editable one).
          if (role === 'combobox' && axNode.value?.value) out.value = String(axNode.value.value);
          const description = axNode.description?.value;
          if (description) out.description = description;
          if (children.length) out.children = children;
          return [out];
        };

        const [snapshot] = root ? convert(root, true) : [];
        return snapshot ?? null;
      } finally {
        await client.detach().catch(() => {});
      }
    },
  };
}
