/** @jsxImportSource preact */
// A Preact application using the published package: one type-only import of
// `@qc-ds/components/preact`, then qc-ds tags in JSX. Checked by tsc (`npm test`, types step).
import type {} from '@qc-ds/components/preact';
import '@qc-ds/components/qc-notice.js';
import { useRef, useState } from 'preact/hooks';
import type { QcTag } from '@qc-ds/components/tag.js';

export function ServicePage() {
  const [page, setPage] = useState(1);
  const tag = useRef<QcTag>(null);
  return (
    <main>
      <qc-notice type="success" title="Demande reçue" header="h2">
        Votre numéro de dossier est le 2026-0412.
      </qc-notice>
      <qc-button variant="primary" onClick={(event) => event.currentTarget.focus()}>
        Envoyer
      </qc-button>
      <qc-tag ref={tag} removable onqc-remove={(event) => event.preventDefault()}>
        Laval
      </qc-tag>
      <qc-select values={['qc']} label="Province" />
      <qc-pagination total-pages={5} current-page={page} onqc-page-change={(event) => setPage(event.detail.page)} />

      {/* @ts-expect-error: « danger-zone » is not a notice type */}
      <qc-notice type="danger-zone" />
      {/* @ts-expect-error: `values` is a string array, not a number */}
      <qc-select values={42} />
      {/* @ts-expect-error: the page-change detail has `page`, not `pageNumber` */}
      <qc-pagination onqc-page-change={(event) => setPage(event.detail.pageNumber)} />
      {/* @ts-expect-error: qc-button has no `colour` attribute */}
      <qc-button colour="red" />
    </main>
  );
}
