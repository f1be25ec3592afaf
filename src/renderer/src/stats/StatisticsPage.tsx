import type { MouseEvent } from 'react';
import { useT } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import type { StatisticsView } from '../kernel/navigation/route';
import { useSession } from '../kernel/session';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { CombineView } from './CombineView';
import { ExportWizard } from './ExportWizard';
import { HistoryView } from './HistoryView';
import { ProfilesView } from './ProfilesView';
import { useStatsProfiles } from './useStatsProfiles';
import '../ui/forms/forms.css';
import './statistics.css';
import './statisticsFiles.css';

const VIEWS: readonly StatisticsView[] = ['export', 'history', 'combine', 'profiles'];
const VIEW_LABEL = {
  export: 'statsUi.view.export',
  history: 'statsUi.view.history',
  combine: 'statsUi.view.combine',
  profiles: 'statsUi.view.profiles',
} as const satisfies Record<StatisticsView, string>;

/**
 * Anonymised statistics (issue 5): the export with preview and confirmation, the export history,
 * combining exports of several workstations, and the recipient profiles. Counsellors and
 * supervisors both use it; only supervisors change profiles and the consent rule.
 */
export function StatisticsPage({ view = 'export' }: { view?: StatisticsView }) {
  const t = useT();
  const { navigate } = useNavigation();
  const { info } = useSession();
  const { value: setup, error, reload } = useStatsProfiles();
  const open = (next: StatisticsView) => navigate({ page: 'statistics', view: next });

  function handleClick(event: MouseEvent<HTMLAnchorElement>, next: StatisticsView) {
    event.preventDefault();
    open(next);
  }

  return (
    <div className="stats-page">
      <PageHeading>{t('nav.statistics')}</PageHeading>
      <p className="page-intro">{t('statsUi.intro')}</p>
      <nav className="stats-views" aria-label={t('statsUi.view.label')}>
        <ul>
          {VIEWS.map((candidate) => (
            <li key={candidate}>
              <a
                className="stats-view-link"
                href={`#statistics-${candidate}`}
                aria-current={candidate === view ? 'page' : undefined}
                onClick={(event) => handleClick(event, candidate)}
              >
                {t(VIEW_LABEL[candidate])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorAlert error={error} />
      {view === 'history' ? <HistoryView /> : null}
      {view === 'combine' ? <CombineView /> : null}
      {setup === null ? (
        view === 'export' || view === 'profiles' ? (
          error ? null : (
            <PleaseWait />
          )
        ) : null
      ) : (
        <>
          {view === 'export' ? (
            <ExportWizard
              setup={setup}
              onManageProfiles={info.role === 'supervisor' ? () => open('profiles') : null}
              onShowHistory={() => open('history')}
            />
          ) : null}
          {view === 'profiles' ? <ProfilesView setup={setup} reload={reload} /> : null}
        </>
      )}
    </div>
  );
}
