import { useEffect, useState } from 'react';
import { texts, type Lang } from '../../shared/demande.ts';
import { DemandeForm } from './DemandeForm.tsx';
import '@qc-ds/components/qc-button.js';

/**
 * The page: a language switch and the form. The language is the page's (`<html lang>`): qc-ds
 * elements follow it, so their built-in texts (« Année », errors, the error summary) switch too.
 */
export function App() {
  const [lang, setLang] = useState<Lang>('fr');
  const t = texts[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t.title]);

  return (
    <div className="qc-container">
      <p className="qc-ds-example-lang">
        <qc-button
          type="button"
          variant="tertiary"
          lang={t.switchLanguageLang}
          onClick={() => setLang(t.switchLanguageLang as Lang)}
        >
          {t.switchLanguage}
        </qc-button>
      </p>
      <main>
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <DemandeForm lang={lang} />
      </main>
    </div>
  );
}
