// A React 19 application using the published package as a ministry does: one type-only import of
// `@qc-ds/components/jsx`, then qc-ds tags in JSX. Checked by tsc (`npm test`, types step): each
// `@ts-expect-error` below fails the check if the generated types stop catching that mistake.
import type {} from '@qc-ds/components/jsx';
import '@qc-ds/components/qc-notice.js';
import '@qc-ds/components/qc-pagination.js';
import { useRef, useState } from 'react';
import type { QcTag } from '@qc-ds/components/tag.js';

export function ServicePage() {
  const [page, setPage] = useState(1);
  const tag = useRef<QcTag>(null);
  return (
    <main>
      {/* Attribute value unions, booleans and numbers come from the component classes. */}
      <qc-notice type="warning" title="Délai prolongé" header="h3">
        Les demandes reçues après le 15 mars seront traitées en avril.
      </qc-notice>
      <qc-button variant="secondary" compact onClick={(event) => event.currentTarget.focus()}>
        Annuler
      </qc-button>
      <qc-tag ref={tag} removable onqc-remove={(event) => event.preventDefault()}>
        Montréal
      </qc-tag>
      <qc-select values={['qc', 'on']} label="Provinces" />
      <qc-pagination
        total-pages={12}
        current-page={page}
        onqc-page-change={(event) => {
          const next: number = event.detail.page;
          setPage(next);
        }}
      />
      <qc-tooltip onqc-close={(event) => console.log(event.detail.reason === 'escape')} />
      <qc-dialog oncancel={(event) => event.detail.reason === 'backdrop' && event.preventDefault()} />
      <div style={{ '--qc-notice-border-width': '2px' }} />

      {/* @ts-expect-error: « danger-zone » is not a notice type */}
      <qc-notice type="danger-zone" />
      {/* @ts-expect-error: `values` is a string array, not a number */}
      <qc-select values={42} />
      {/* @ts-expect-error: the page-change detail has `page`, not `pageNumber` */}
      <qc-pagination onqc-page-change={(event) => setPage(event.detail.pageNumber)} />
      {/* @ts-expect-error: a close reason is a string, not a number */}
      <qc-tooltip onqc-close={(event: CustomEvent<{ reason: number }>) => event.detail.reason} />
      {/* @ts-expect-error: qc-button has no `colour` attribute */}
      <qc-button colour="red" />
    </main>
  );
}
