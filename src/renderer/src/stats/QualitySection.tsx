import { useId } from 'react';
import type { QualityCase, QualityReport } from '@shared/stats/quality';
import type { QualityItem } from '@shared/stats/tableDefinition';
import { useI18n } from '../kernel/i18n';
import { useNavigation, type Route } from '../kernel/navigation';
import { formatNumber } from '../ui/dates';
import { SectionTable } from '../ui/SectionTable';
import { tableNumber } from './StatsTable';
import type { CatalogueTable } from './useStatsProfiles';

/** Where in the case an item is filled in (the case form's field, or the case's section). */
function routeOf(caseId: string, item: QualityItem | 'intakeDate' | 'problem', problem?: QualityCase['problems'][number]): Route {
  switch (problem ?? item) {
    case 'birthDate':
    case 'ageOutsideAtIntake':
      return { page: 'caseEdit', caseId, focus: 'birthDate' };
    case 'countryOfOrigin':
      return { page: 'caseEdit', caseId, focus: 'countryOfOrigin' };
    case 'benefits':
      return { page: 'caseEdit', caseId, focus: 'benefits' };
    case 'intakeInFuture':
      return { page: 'caseEdit', caseId, focus: 'intakeDate' };
    case 'residenceStatus':
    case 'workPermission':
    case 'validUntilBeforeValidFrom':
      return { page: 'case', caseId, section: 'status' };
    case 'closure':
    case 'statusAtClosure':
    case 'closureBeforeIntake':
      return { page: 'case', caseId, section: 'closure' };
    default:
      return { page: 'case', caseId, section: 'planning' };
  }
}

/**
 * The „Datenqualität“ part of the preview, at the workstation only: per table the share of counted
 * cases with the items it needs (and the band the files state), and the counsellor's own cases below
 * the threshold or with an implausible entry, each missing item a way straight to it in the case.
 */
export function QualitySection({ quality, catalogue }: { quality: QualityReport; catalogue: readonly CatalogueTable[] }) {
  const { t, language, translateMessage } = useI18n();
  const headingId = useId();
  const casesId = useId();
  const title = (id: string) => {
    const table = catalogue.find((candidate) => candidate.id === id);
    return table ? (language === 'de' ? table.title : table.titleEn) : id;
  };
  const percent = (share: number) => `${formatNumber(Math.round(share * 100), language)} %`;
  return (
    <section className="stats-quality" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('statsUi.quality.heading')}</h3>
      <p>{t('statsUi.quality.intro')}</p>
      {quality.tables.length > 0 ? (
        <SectionTable
          rows={quality.tables}
          columns={[
            'statsUi.quality.table',
            'statsUi.quality.items',
            'statsUi.quality.counted',
            'statsUi.quality.share',
            'statsUi.quality.band',
          ]}
          hasActions={false}
          className="stats-table stats-quality-table"
          scrollClassName="stats-table-scroll"
          caption={t('statsUi.quality.tableCaption')}
          region={{ label: t('statsUi.quality.tableCaption') }}
          rowClassName={(table) => (table.band === 'below67' || table.band === '67to80' ? 'stats-quality-weak' : undefined)}
          cells={(table) => (
            <>
              <th scope="row">
                {tableNumber(table.id)} {title(table.id)}
              </th>
              <td>{table.items.map((item) => translateMessage(`stats.item.${item}`)).join(', ')}</td>
              <td className="stats-cell">{formatNumber(table.counted, language)}</td>
              <td className="stats-cell">{percent(table.share)}</td>
              <td>{translateMessage(`stats.band.${table.band}`)}</td>
            </>
          )}
        />
      ) : null}
      <h4 id={casesId}>{t('statsUi.quality.casesHeading', { count: quality.cases.length })}</h4>
      <p>{t('statsUi.quality.casesIntro', { threshold: Math.round(quality.threshold * 100) })}</p>
      {quality.cases.length === 0 ? <p>{t('statsUi.quality.noCases')}</p> : null}
      <ul className="stats-quality-cases" aria-labelledby={casesId}>
        {quality.cases.map((entry) => (
          <li key={entry.caseId}>
            <span className="stats-quality-code">{entry.code}</span>
            {entry.completeness !== null ? (
              <span className="stats-merged">{t('statsUi.quality.caseShare', { share: Math.round(entry.completeness * 100) })}</span>
            ) : null}
            <FixLinks
              label={t('statsUi.quality.missing')}
              links={entry.missing.map((item) => ({
                id: item,
                text: translateMessage(`stats.item.${item}`),
                accessibleName: t('statsUi.quality.openField', { field: translateMessage(`stats.item.${item}`), code: entry.code }),
                route: routeOf(entry.caseId, item),
              }))}
            />
            <FixLinks
              label={t('statsUi.quality.problems')}
              links={entry.problems.map((problem) => ({
                id: problem,
                text: translateMessage(`statsUi.quality.problem.${problem}`),
                accessibleName: t('statsUi.quality.openProblem', {
                  problem: translateMessage(`statsUi.quality.problem.${problem}`),
                  code: entry.code,
                }),
                route: routeOf(entry.caseId, 'problem', problem),
              }))}
            />
          </li>
        ))}
      </ul>
      {quality.otherCases > 0 ? <p className="field-hint">{t('statsUi.quality.otherCases', { count: quality.otherCases })}</p> : null}
    </section>
  );
}

/** What a case lacks (missing items, problems): each a link to the field that fixes it; nothing when none. */
function FixLinks({
  label,
  links,
}: {
  label: string;
  links: readonly { id: string; text: string; accessibleName: string; route: Route }[];
}) {
  const { navigate } = useNavigation();
  if (links.length === 0) return null;
  return (
    <span className="stats-quality-items">
      <span className="stats-label">{label}</span>{' '}
      {links.map((link) => (
        <button
          key={link.text}
          type="button"
          className="button button-link"
          aria-label={link.accessibleName}
          onClick={() => navigate(link.route)}
        >
          {link.text}
        </button>
      ))}
    </span>
  );
}
