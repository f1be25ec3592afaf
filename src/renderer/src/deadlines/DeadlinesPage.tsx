import { useMemo, useRef, useState } from 'react';
import type { AppErrorData } from '@shared/ipc/result';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useAnnounce } from '../ui/Announcer';
import { Alert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { useFormatDate } from '../cases/list/formatDate';
import { useCaseSummaries } from '../cases/list/useCaseSummaries';
import { DeadlineItem, type DeadlineItemData, type PersonOfCase } from './DeadlineItem';
import { DismissDialog } from './DismissDialog';
import { useDeadlines, type DeadlineScope } from './useDeadlines';
import './deadlines.css';

const GROUPS = ['overdue', 'thisWeek', 'next30Days'] as const;
type Group = (typeof GROUPS)[number];

/**
 * "Fristen": the open deadlines of the user's cases (or all cases), grouped overdue / this week /
 * next 30 days, each with its state in words. "Erledigt" and "Verwerfen" (with a reason) resolve
 * one; later deadlines are only counted here and listed with their case.
 */
export function DeadlinesPage() {
  const { t, translateError } = useI18n();
  const { call } = useSession();
  const announce = useAnnounce();
  const formatDate = useFormatDate();
  const [scope, setScope] = useState<DeadlineScope>('mine');
  const { deadlines, reload } = useDeadlines(scope);
  const { summaries } = useCaseSummaries();
  const [dismissing, setDismissing] = useState<DeadlineItemData | null>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  const groupHeadings = useRef(new Map<Group, HTMLHeadingElement>());

  const people = useMemo(() => {
    const byCase = new Map<string, PersonOfCase>();
    if (summaries.state === 'ready') for (const summary of summaries.value) byCase.set(summary.id, summary);
    return byCase;
  }, [summaries]);

  const grouped = useMemo(() => {
    const groups: Record<Group, DeadlineItemData[]> = { overdue: [], thisWeek: [], next30Days: [] };
    let later = 0;
    if (deadlines.state === 'ready') {
      for (const item of deadlines.value.items) {
        if (item.bucket === 'later') later += 1;
        else groups[item.bucket].push(item);
      }
    }
    return { groups, later };
  }, [deadlines]);

  async function resolve(item: DeadlineItemData, state: 'done' | 'dismissed', reason: string | null): Promise<AppErrorData | null> {
    setActionError(null);
    const result = await call((api) => api.deadlines.resolve({ id: item.id, state, reason }));
    if (!result.ok) return result.error;
    const kind = t(`vocab.deadlineKind.${item.kind}`);
    announce(t(state === 'done' ? 'deadlines.doneAnnounce' : 'deadlines.dismissedAnnounce', { kind, code: item.caseCode }));
    // The item goes away; the keyboard continues at its group's heading rather than at the page top.
    const group = item.bucket === 'later' ? null : groupHeadings.current.get(item.bucket);
    group?.focus();
    reload();
    return null;
  }

  async function markDone(item: DeadlineItemData) {
    const error = await resolve(item, 'done', null);
    if (error) setActionError(error);
  }

  const isReady = deadlines.state === 'ready' && summaries.state !== 'loading';
  return (
    <div className="deadlines-page">
      <PageHeading>{t('nav.deadlines')}</PageHeading>
      <p className="page-intro">{t('deadlines.intro')}</p>
      <div className="scope-switch" role="group" aria-label={t('deadlines.scope.label')}>
        <span className="scope-label" aria-hidden="true">
          {t('deadlines.scope.label')}
        </span>
        {(['mine', 'all'] as const).map((option) => (
          <button key={option} type="button" className="button button-quiet" aria-pressed={scope === option} onClick={() => setScope(option)}>
            {t(option === 'mine' ? 'deadlines.scope.mine' : 'deadlines.scope.all')}
          </button>
        ))}
      </div>
      {actionError ? <Alert>{translateError(actionError)}</Alert> : null}
      {deadlines.state === 'failed' ? (
        <Alert heading={t('deadlines.loadFailed')}>
          <p>{translateError(deadlines.error)}</p>
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        </Alert>
      ) : null}
      {!isReady && deadlines.state !== 'failed' ? <p className="loading">{t('deadlines.loading')}</p> : null}
      {isReady && deadlines.state === 'ready'
        ? GROUPS.map((group) => {
            const items = grouped.groups[group];
            return (
              <section key={group} className={`deadline-group deadline-group-${group}`} aria-labelledby={`deadline-group-${group}`}>
                <h2
                  id={`deadline-group-${group}`}
                  tabIndex={-1}
                  ref={(element) => {
                    if (element) groupHeadings.current.set(group, element);
                  }}
                >
                  {t(`deadlines.group.${group}`)}
                  <span className="group-count">{t('deadlines.group.count', { count: items.length })}</span>
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{t(`deadlines.groupEmpty.${group}`)}</p>
                ) : (
                  <ul className="deadline-list">
                    {items.map((item) => (
                      <DeadlineItem
                        key={item.id}
                        item={item}
                        today={deadlines.value.today}
                        person={people.get(item.caseId)}
                        onDone={() => void markDone(item)}
                        onDismiss={() => setDismissing(item)}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
      {isReady && grouped.later > 0 ? <p className="muted deadlines-later">{t('deadlines.later', { count: grouped.later })}</p> : null}
      {dismissing ? (
        <DismissDialog
          description={t('deadlines.dismissDialog.text', {
            kind: t(`vocab.deadlineKind.${dismissing.kind}`),
            code: dismissing.caseCode,
            date: formatDate(dismissing.dueOn),
          })}
          onCancel={() => setDismissing(null)}
          onConfirm={async (reason) => {
            const error = await resolve(dismissing, 'dismissed', reason);
            if (!error) setDismissing(null);
            return error;
          }}
        />
      ) : null}
    </div>
  );
}
