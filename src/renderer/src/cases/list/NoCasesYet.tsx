import { useT } from '../../kernel/i18n';
import { useNavigation } from '../../kernel/navigation';
import { useRequiredCaseFieldLabels } from '../form/requiredFields';

/**
 * The empty list: how to start, naming exactly the fields the case form requires (read from its
 * schema, so the sentence cannot drift from the form).
 */
export function NoCasesYet() {
  const t = useT();
  const { navigate } = useNavigation();
  const { required, prefilled } = useRequiredCaseFieldLabels();
  return (
    <div className="empty-state">
      <h2>{t('caseList.empty.heading')}</h2>
      <p>{t('caseList.empty.text', { required, prefilled })}</p>
      <p>{t('caseList.empty.optional')}</p>
      <p className="muted">{t('caseList.empty.privacy')}</p>
      <div className="actions actions-start">
        <button type="button" className="button button-primary" onClick={() => navigate({ page: 'caseNew' })}>
          {t('caseList.empty.action')}
        </button>
        {/* Day one: most counsellors start with a caseload in an Excel list. */}
        <button type="button" className="button" onClick={() => navigate({ page: 'import' })}>
          {t('importUi.fromEmptyList')}
        </button>
      </div>
    </div>
  );
}
