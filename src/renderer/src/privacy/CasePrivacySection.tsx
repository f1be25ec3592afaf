import { useState } from 'react';
import type { CaseDetail } from '@shared/cases/domain';
import { useI18n } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { useAnnounce } from '../ui/Announcer';
import { ConsentSection } from './consent/ConsentSection';
import { DisclosureSection } from './DisclosureSection';
import { ErasureDialog } from './ErasureDialog';
import { HistorySection } from './HistorySection';
import './privacyRights.css';

/**
 * The "Datenschutz" tab of a case: consents, the change history (Art. 16), Auskunft (Art. 15) and
 * erasure (Art. 17). Case-level rights are counsellor actions: supervisors see no case contents.
 */
export function CasePrivacySection({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  const announce = useAnnounce();
  const [isErasing, setErasing] = useState(false);
  const [version, setVersion] = useState(0);
  return (
    <div className="case-privacy">
      <ConsentSection caseId={detail.id} onChanged={() => setVersion((current) => current + 1)} />
      <HistorySection caseId={detail.id} version={version} />
      <DisclosureSection caseId={detail.id} />
      <section className="privacy-block privacy-danger" aria-labelledby="erasure-heading">
        <h2 id="erasure-heading">{t('rightsUi.erasure.heading')}</h2>
        <p>{t('rightsUi.erasure.explain')}</p>
        <button type="button" className="button button-danger" onClick={() => setErasing(true)}>
          {t('rightsUi.erasure.open')}
        </button>
      </section>
      {isErasing ? (
        <ErasureDialog
          caseId={detail.id}
          onClose={() => setErasing(false)}
          onErased={(code) => {
            setErasing(false);
            announce(t('rightsUi.erasure.done', { code }));
            navigate({ page: 'cases' });
          }}
        />
      ) : null}
    </div>
  );
}
