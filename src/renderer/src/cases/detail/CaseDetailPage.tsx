import { useEffect, useState } from 'react';
import { useT } from '../../kernel/i18n';
import { useNavigation, type CaseSection } from '../../kernel/navigation';
import { PageNotReady } from '../../ui/PleaseWait';
import { FactList } from '../../ui/FactList';
import { PersonName } from '../../ui/privacyMode';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { displayDate } from '../../ui/dates';
import { JournalEntryDialog, JournalSection, isQuickEntryShortcut } from '../../journal';
import { ClosureSection, PlanningSection, ReopenCaseButton } from '../../planning';
import { CasePrivacySection } from '../../privacy';
import { CaseDeadlinesSection } from '../../deadlines';
import { DocumentsSection, useDocuments } from '../../documents';
import { PaperDialog, VignetteDialog } from '../../papers';
import { StatusSection } from '../status/StatusSection';
import { StatusValidity } from '../status/StatusValidity';
import { CaseTabs, panelId, tabId } from './CaseTabs';
import { OverviewSection } from './OverviewSection';
import { takeCaseNotice, type CaseNotice } from './caseNotice';
import { useCaseDetail } from './useCaseDetail';
import '../../ui/forms/forms.css';
import './caseDetail.css';

/**
 * One case: header (code, name, current status with its validity) and the sections as tabs.
 * Ctrl+N opens the quick journal entry from anywhere in the case.
 */
export function CaseDetailPage({
  caseId,
  section = 'overview',
  newEntryRequest,
}: {
  caseId: string;
  section?: CaseSection;
  /** Set (a new number each time) when the palette asked for a new entry here. */
  newEntryRequest?: number | undefined;
}) {
  const t = useT();
  const { navigate } = useNavigation();
  const { detail, error, reload } = useCaseDetail(caseId);
  const documents = useDocuments(caseId);
  const [notice] = useState<CaseNotice | null>(() => takeCaseNotice(caseId));
  const [isQuickEntryOpen, setQuickEntryOpen] = useState(false);
  const [paperDialog, setPaperDialog] = useState<'paper' | 'vignette' | null>(null);

  useEffect(() => {
    if (newEntryRequest !== undefined) setQuickEntryOpen(true);
  }, [newEntryRequest]);

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!isQuickEntryShortcut(event)) return;
      event.preventDefault();
      // A dialog that is already open keeps the keyboard (no second entry over the first).
      if (document.querySelector('dialog[open]')) return;
      setQuickEntryOpen(true);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);

  // The window title names the case by its code only: the task bar of a shared office is visible to
  // everyone, privacy mode or not. Leaving the case gives the title back to the case area.
  const code = detail?.code;
  useEffect(() => {
    if (!code) return;
    document.title = t('app.documentTitle', { page: t('caseDetail.heading', { code }) });
    return () => {
      document.title = t('app.documentTitle', { page: t('nav.cases') });
    };
  }, [code, t]);

  if (!detail) return <PageNotReady title={t('caseDetail.title')} error={error} />;

  const current = detail.statuses.find((status) => status.id === detail.currentStatusId) ?? null;
  const openDeadlines = detail.deadlines.filter((deadline) => deadline.state === 'open').length;

  function select(next: CaseSection) {
    navigate({ page: 'case', caseId, section: next });
  }

  return (
    <div className="case-detail">
      <header className="surface-panel case-header">
        <PageHeading>
          <span className="case-code">{t('caseDetail.heading', { code: detail.code })}</span>
        </PageHeading>
        <p className="case-person">
          <PersonName familyName={detail.fields.familyName} givenNames={detail.fields.givenNames} />
        </p>
        <FactList
          className="case-facts"
          facts={[
            [t('caseDetail.currentStatus'), <StatusValidity status={current?.status ?? null} validUntil={current?.validUntil ?? null} />],
            [t('caseDetail.counsellor'), detail.counsellorName],
            [
              t('caseDetail.caseState'),
              detail.closedOn ? t('caseDetail.closedOn', { date: displayDate(detail.closedOn) }) : t('caseDetail.open'),
            ],
          ]}
        />
        <div className="case-actions">
          {/* A closed case's main action is reopening it; entries (aftercare) remain possible beside it. */}
          {detail.closedOn ? <ReopenCaseButton detail={detail} className="button button-primary" onReopened={reload} /> : null}
          <button
            type="button"
            className={detail.closedOn ? 'button' : 'button button-primary'}
            aria-keyshortcuts="Control+N"
            onClick={() => setQuickEntryOpen(true)}
          >
            {t('journal.new')}
            <kbd className="shortcut" aria-hidden="true">
              {t('journal.shortcut')}
            </kbd>
          </button>
          <button type="button" className="button" onClick={() => setPaperDialog('paper')}>
            {t('papers.create')}
          </button>
          <button type="button" className="button" onClick={() => setPaperDialog('vignette')}>
            {t('vignette.create')}
          </button>
          <button type="button" className="button" onClick={() => navigate({ page: 'caseEdit', caseId })}>
            {t('caseDetail.edit')}
          </button>
          <button type="button" className="button button-link" onClick={() => navigate({ page: 'cases' })}>
            {t('caseDetail.backToList')}
          </button>
        </div>
      </header>
      {detail.closedOn ? (
        <p className="callout case-closed-notice">{t('closure.closedNotice', { date: displayDate(detail.closedOn) })}</p>
      ) : null}
      {notice ? <CaseNoticeMessage notice={notice} /> : null}

      <CaseTabs
        current={section}
        onSelect={select}
        counts={{ deadlines: openDeadlines, journal: detail.journal.length, documents: documents.documents?.length ?? 0 }}
      />
      <section className="case-panel" role="tabpanel" id={panelId(section)} aria-labelledby={tabId(section)}>
        {section === 'overview' ? (
          <OverviewSection detail={detail} onOpen={select} documentCount={documents.documents?.length ?? null} />
        ) : null}
        {section === 'status' ? <StatusSection detail={detail} onChanged={reload} /> : null}
        {section === 'deadlines' ? <CaseDeadlinesSection detail={detail} onChanged={reload} /> : null}
        {section === 'journal' ? <JournalSection detail={detail} onChanged={reload} onAdd={() => setQuickEntryOpen(true)} /> : null}
        {section === 'documents' ? <DocumentsSection detail={detail} documents={documents} /> : null}
        {section === 'planning' ? <PlanningSection detail={detail} /> : null}
        {section === 'closure' ? <ClosureSection detail={detail} onChanged={reload} /> : null}
        {section === 'privacy' ? <CasePrivacySection detail={detail} /> : null}
      </section>

      {paperDialog === 'paper' ? (
        <PaperDialog
          caseId={caseId}
          onClose={() => setPaperDialog(null)}
          onWritten={() => {
            setPaperDialog(null);
            void reload();
            void documents.reload();
          }}
        />
      ) : null}
      {paperDialog === 'vignette' ? <VignetteDialog caseId={caseId} onClose={() => setPaperDialog(null)} /> : null}
      {isQuickEntryOpen ? (
        <JournalEntryDialog
          caseId={caseId}
          onClose={() => setQuickEntryOpen(false)}
          onSaved={() => {
            setQuickEntryOpen(false);
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}

function CaseNoticeMessage({ notice }: { notice: CaseNotice }) {
  const t = useT();
  const hasAgeWarning = notice.warnings.includes('ageOutsideRange');
  return (
    <>
      <StatusMessage
        tone="success"
        message={notice.kind === 'created' ? t('caseForm.created', { code: notice.code }) : t('caseForm.saved')}
      />
      {hasAgeWarning ? (
        <p className="field-warning case-warning">
          <span className="warning-icon" aria-hidden="true">
            !
          </span>
          {t('caseDetail.ageWarning')}
        </p>
      ) : null}
    </>
  );
}
