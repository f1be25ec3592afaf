import type { VerifyReport } from '@shared/audit/domain';
import { useI18n } from '../kernel/i18n';
import { describeReport } from './formatAudit';

/**
 * The verification result in words, with an icon as a second channel: "Protokoll geprüft am …:
 * 12.345 Einträge bis Eintrag Nr. 12.345, unverändert." or the findings, each naming the entries concerned.
 */
export function VerifyResult({ report }: { report: VerifyReport }) {
  const { t, language } = useI18n();
  const words = describeReport(report, language);
  return (
    <div className={`verify-result ${words.isIntact ? 'verify-intact' : 'verify-tampered'}`} data-intact={words.isIntact}>
      <p className="verify-headline">
        <span className="verify-icon" aria-hidden="true">
          {words.isIntact ? '✓' : '✗'}
        </span>
        {t(words.headline.key, words.headline.params)}
      </p>
      {words.findings.length > 0 ? (
        <ul className="verify-findings">
          {words.findings.map((finding, index) => (
            <li key={index}>{t(finding.key, finding.params)}</li>
          ))}
        </ul>
      ) : null}
      {words.notes.map((note, index) => (
        <p key={index} className="verify-note">
          {t(note.key, note.params)}
        </p>
      ))}
    </div>
  );
}
