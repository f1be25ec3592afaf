import type { CaseDetail } from '@shared/cases/domain';
import { ageOn, todayIn } from '@shared/kernel/dates';
import { useI18n } from '../../kernel/i18n';
import type { CaseSection } from '../../kernel/navigation';
import { FactList, type Fact } from '../../ui/FactList';
import { PersonName } from '../../ui/privacyMode';
import { useVocabularyLabel } from '../../ui/forms';
import { displayDate } from '../../ui/dates';
import { DeadlineState } from '../../deadlines';
import { JournalNote, journalDate } from '../../journal';
import { countryName } from '../form/countryNames';
import { ContactFacts } from './ContactFacts';

const RECENT = 3;

/** The case at a glance: intake facts, contact data, the next open deadlines and the latest contacts. */
export function OverviewSection({
  detail,
  onOpen,
  documentCount,
}: {
  detail: CaseDetail;
  onOpen: (section: CaseSection) => void;
  documentCount: number | null;
}) {
  const { t, language } = useI18n();
  const label = useVocabularyLabel();
  const { fields, contact } = detail;
  const today = todayIn(new Date());
  const none = t('caseDetail.none');
  const deadlines = detail.deadlines
    .filter((deadline) => deadline.state === 'open')
    .sort((left, right) => left.dueOn.localeCompare(right.dueOn))
    .slice(0, RECENT);
  const journal = detail.journal.slice(0, RECENT);
  const facts: Fact[] = [
    contact.documentFamilyName || contact.documentGivenNames
      ? [
          t('caseList.column.documentName'),
          <PersonName familyName={contact.documentFamilyName ?? ''} givenNames={contact.documentGivenNames ?? ''} />,
        ]
      : null,
    [
      t('caseForm.birthDate'),
      fields.birthDate
        ? t('caseDetail.birthDateWithAge', { date: displayDate(fields.birthDate), age: ageOn(fields.birthDate, today) })
        : none,
    ],
    [t('caseForm.gender'), label('gender', fields.gender)],
    [t('caseForm.nationalities'), fields.nationalities.map((code) => countryName(code, language)).join(', ') || none],
    [t('caseForm.countryOfOrigin'), countryName(fields.countryOfOrigin, language) || none],
    [t('caseForm.languages'), fields.languages.join(', ') || none],
    [t('caseForm.interpreterNeeded'), fields.interpreterNeeded ? t('caseDetail.yes') : t('caseDetail.no')],
    [t('caseForm.entryDate'), displayDate(fields.entryDate) || none],
    [t('caseForm.programme'), label('programme', fields.programme)],
    [t('caseForm.accessRoute'), label('accessRoute', fields.accessRoute)],
    [t('caseForm.intakeDate'), displayDate(fields.intakeDate)],
    [t('caseForm.phase'), label('phase', fields.phase)],
    [t('caseForm.housing'), fields.housing ? label('housingType', fields.housing) : none],
    [t('caseForm.benefits'), fields.benefits ? label('benefit', fields.benefits) : none],
    [t('caseForm.germanLevel'), fields.germanLevel ? label('germanLevel', fields.germanLevel) : none],
    [t('caseForm.schoolYears'), fields.schoolYears === null ? none : String(fields.schoolYears)],
    [t('caseForm.schoolCertificate'), fields.schoolCertificate ?? none],
    [
      t('documents.overviewCount'),
      <button key="documents" type="button" className="button button-link" onClick={() => onOpen('documents')}>
        {documentCount === 1 ? t('documents.countOne') : t('documents.count', { count: documentCount ?? 0 })}
      </button>,
    ],
  ];
  return (
    <div className="overview">
      <section aria-labelledby="overview-facts">
        <h2 id="overview-facts">{t('caseDetail.facts')}</h2>
        <FactList facts={facts} />
      </section>
      <ContactFacts contact={contact} />
      <section aria-labelledby="overview-deadlines">
        <h2 id="overview-deadlines">{t('caseDetail.nextDeadlines')}</h2>
        {deadlines.length === 0 ? (
          <p>{t('caseDetail.noOpenDeadlines')}</p>
        ) : (
          <ul className="plain-list">
            {deadlines.map((deadline) => (
              <li key={deadline.id}>
                <DeadlineState dueOn={deadline.dueOn} /> — {deadline.title ?? label('deadlineKind', deadline.kind)}
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button button-link" onClick={() => onOpen('deadlines')}>
          {t('caseDetail.allDeadlines')}
        </button>
      </section>
      <section aria-labelledby="overview-journal">
        <h2 id="overview-journal">{t('caseDetail.latestContacts')}</h2>
        {journal.length === 0 ? (
          <p>{t('journal.empty')}</p>
        ) : (
          <ul className="plain-list">
            {journal.map((entry) => (
              <li key={entry.id}>
                <strong>
                  {journalDate(entry, t)} · {label('contactKind', entry.kind)}
                </strong>
                <JournalNote text={entry.note} names={[fields.familyName, fields.givenNames]} isShort />
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="button button-link" onClick={() => onOpen('journal')}>
          {t('caseDetail.allContacts')}
        </button>
      </section>
    </div>
  );
}
