import { useId } from 'react';
import type { QualityCase, QualityReport } from '@shared/stats/quality';
import type { QualityItem } from '@shared/stats/tableDefinition';
import { useI18n } from '../kernel/i18n';
import { useNavigation, type Route } from '../kernel/navigation';
import { formatNumber } from '../ui/dates';
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
  const { navigate } = useNavigation();
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
        <div className="stats-table-scroll" role="region" tabIndex={0} aria-label={t('statsUi.quality.tableCaption')}>
          <table className="stats-table stats-quality-table">
            <caption className="visually-hidden">{t('statsUi.quality.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statsUi.quality.table')}</th>
                <th scope="col">{t('statsUi.quality.items')}</th>
                <th scope="col">{t('statsUi.quality.counted')}</th>
                <th scope="col">{t('statsUi.quality.share')}</th>
                <th scope="col">{t('statsUi.quality.band')}</th>
              </tr>
            </thead>
            <tbody>
              {quality.tables.map((table) => (
                <tr key={table.id} className={table.band === 'below67' || table.band === '67to80' ? 'stats-quality-weak' : undefined}>
                  <th scope="row">
                    {tableNumber(table.id)} {title(table.id)}
                  </th>
                  <td>{table.items.map((item) => translateMessage(`stats.item.${item}`)).join(', ')}</td>
                  <td className="stats-cell">{formatNumber(table.counted, language)}</td>
                  <td className="stats-cell">{percent(table.share)}</td>
                  <td>{translateMessage(`stats.band.${table.band}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
            {entry.missing.length > 0 ? (
              <span className="stats-quality-items">
                <span className="stats-label">{t('statsUi.quality.missing')}</span>{' '}
                {entry.missing.map((item) => (
                  <button
                    key={item}
                    type="button"
                    className="button button-link"
                    aria-label={t('statsUi.quality.openField', { field: translateMessage(`stats.item.${item}`), code: entry.code })}
                    onClick={() => navigate(routeOf(entry.caseId, item))}
                  >
                    {translateMessage(`stats.item.${item}`)}
                  </button>
                ))}
              </span>
            ) : null}
            {entry.problems.length > 0 ? (
              <span className="stats-quality-items">
                <span className="stats-label">{t('statsUi.quality.problems')}</span>{' '}
                {entry.problems.map((problem) => (
                  <button
                    key={problem}
                    type="button"
                    className="button button-link"
                    aria-label={t('statsUi.quality.openProblem', {
                      problem: translateMessage(`statsUi.quality.problem.${problem}`),
                      code: entry.code,
                    })}
                    onClick={() => navigate(routeOf(entry.caseId, 'problem', problem))}
                  >
                    {translateMessage(`statsUi.quality.problem.${problem}`)}
                  </button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {quality.otherCases > 0 ? <p className="field-hint">{t('statsUi.quality.otherCases', { count: quality.otherCases })}</p> : null}
    </section>
  );
}
