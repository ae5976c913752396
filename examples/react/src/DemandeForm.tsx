import { useRef, useState } from 'react';
import { provinces, receivedFrom, texts, today, type Lang, type Received } from '../../shared/demande.ts';
import '@qc-ds/components/qc-error-summary.js';
import '@qc-ds/components/qc-textfield.js';
import '@qc-ds/components/qc-date-field.js';
import '@qc-ds/components/qc-fieldset.js';
import '@qc-ds/components/qc-select.js';
import '@qc-ds/components/qc-choice-group.js';
import '@qc-ds/components/qc-file-upload.js';
import '@qc-ds/components/qc-toggle-switch-group.js';
import '@qc-ds/components/qc-toggle-switch.js';
import '@qc-ds/components/qc-checkbox.js';
import '@qc-ds/components/qc-notice.js';
import '@qc-ds/components/qc-button.js';

/**
 * The application form, submitted with a React 19 form action: React calls `envoyer` with the
 * form's data once the browser finds every field valid (qc-ds shows the errors and the summary
 * otherwise), then resets the form. The fields are uncontrolled: the native controls inside the
 * qc-ds elements hold the values, as React recommends for form actions.
 */
export function DemandeForm({ lang }: { lang: Lang }) {
  const t = texts[lang];
  const [received, setReceived] = useState<Received | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);

  function envoyer(data: FormData): void {
    setReceived(receivedFrom(data));
    // Once React has shown it, the confirmation takes focus so it is read first.
    requestAnimationFrame(() => confirmation.current?.focus());
  }

  return (
    <>
      <div ref={confirmation} role="status" tabIndex={-1} data-confirmation>
        {received && (
          <qc-notice type="success" title={t.sentTitle}>
            <p>{t.sentIntro}</p>
            <dl>
              {received.map(([name, value]) => (
                <div key={name} data-name={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </qc-notice>
        )}
      </div>
      <form action={envoyer} onInput={() => setReceived(null)}>
        <qc-error-summary></qc-error-summary>
        <p>{t.requiredNote}</p>

        <qc-textfield label={t.given} required>
          <input name="prenom" autoComplete="given-name" />
        </qc-textfield>
        <qc-textfield label={t.family} required>
          <input name="nom" autoComplete="family-name" />
        </qc-textfield>
        <qc-textfield label={t.email} description={t.emailHint} size="lg" required>
          <input name="courriel" type="email" autoComplete="email" spellCheck={false} />
        </qc-textfield>
        <qc-date-field label={t.birth} name="naissance" autocomplete="bday" max={today()} required></qc-date-field>

        <qc-fieldset legend={t.address}>
          <qc-textfield label={t.city} required>
            <input name="ville" autoComplete="address-level2" />
          </qc-textfield>
          <qc-select label={t.province} width="md" required>
            <select name="province" autoComplete="address-level1" defaultValue="">
              <option value="">{t.provincePlaceholder}</option>
              {/* Keyed by code: when the language changes, React keeps each option and its selection. */}
              {provinces[lang].map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          </qc-select>
        </qc-fieldset>

        <qc-choice-group legend={t.type} name="type-permis" required>
          {t.types.map(([value, label]) => (
            <label key={value}>
              <input type="radio" value={value} /> <span>{label}</span>
            </label>
          ))}
        </qc-choice-group>
        <qc-choice-group legend={t.options} description={t.optionsHint} name="options">
          {t.optionList.map(([value, label]) => (
            <label key={value}>
              <input type="checkbox" value={value} /> <span>{label}</span>
            </label>
          ))}
        </qc-choice-group>

        <qc-file-upload
          label={t.document}
          description={t.documentHint}
          name="piece-identite"
          accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg"
          max-size="5 Mo"
        ></qc-file-upload>

        <qc-toggle-switch-group legend={t.notices}>
          {t.noticeList.map(([name, label]) => (
            <qc-toggle-switch key={name}>
              <label>
                <input type="checkbox" role="switch" name={name} value="oui" /> {label}
              </label>
            </qc-toggle-switch>
          ))}
        </qc-toggle-switch-group>

        <qc-checkbox required>
          <label>
            <input type="checkbox" name="attestation" value="oui" /> <span>{t.consent}</span>
          </label>
        </qc-checkbox>

        <qc-button type="submit">{t.send}</qc-button>
      </form>
    </>
  );
}
