import { useEffect, useMemo, useRef, useState } from 'react';
import { DASHBOARD_BUCKETS, DASHBOARD_DEFAULT_LIMIT, type DashboardBucket } from '@shared/deadlines/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { useAnnounce } from '../ui/Announcer';
import { PageHeading } from '../ui/PageHeading';
import { useFormatDate } from '../ui/dates';
import { DeadlineItem, type DeadlineItemData } from './DeadlineItem';
import { DismissDialog } from './DismissDialog';
import { useDeadlines, type DeadlineLimits, type DeadlineScope } from './useDeadlines';
import './deadlines.css';

const GROUPS = DASHBOARD_BUCKETS;
type Group = DashboardBucket;
/** How many more items "Weitere … anzeigen" adds to a group: enough to work through, few enough to stay quick. */
const MORE_STEP = 100;

/**
 * "Fristen": the open deadlines of the user's cases (or all cases), grouped overdue / this week /
 * next 30 days, each with its state in words. "Erledigt" and "Verwerfen" (with a reason) resolve
 * one; later deadlines are only counted here and listed with their case. Each group shows its
 * first items (earliest first) and its full count; "Weitere … anzeigen" asks the core for more, so a
 * caseload of thousands stays a short answer and a quick page.
 */
export function DeadlinesPage() {
  const t = useT();
  const { call } = useSession();
  const announce = useAnnounce();
  const formatDate = useFormatDate();
  const [scope, setScope] = useState<DeadlineScope>('mine');
  const [limits, setLimits] = useState<DeadlineLimits>({});
  const { deadlines, reload } = useDeadlines(scope, limits);
  const [dismissing, setDismissing] = useState<DeadlineItemData | null>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  const groupHeadings = useRef(new Map<Group, HTMLHeadingElement>());
  const groupLists = useRef(new Map<Group, HTMLUListElement>());
  /** After "Weitere … anzeigen": the group and the index of its first new item, to move the focus there. */
  const focusAfterMore = useRef<{ group: Group; index: number } | null>(null);

  const groups = useMemo(() => {
    const byBucket: Record<Group, DeadlineItemData[]> = { overdue: [], thisWeek: [], next30Days: [] };
    if (deadlines.state === 'ready') for (const item of deadlines.value.items) byBucket[item.bucket].push(item);
    return byBucket;
  }, [deadlines]);

  useEffect(() => {
    const target = focusAfterMore.current;
    if (!target) return;
    const link = groupLists.current.get(target.group)?.children.item(target.index)?.querySelector<HTMLAnchorElement>('a.case-link');
    if (!link) return;
    focusAfterMore.current = null;
    link.focus();
  }, [groups]);

  function showMore(group: Group) {
    const shown = groups[group].length;
    focusAfterMore.current = { group, index: shown };
    setLimits((current) => ({ ...current, [group]: Math.max(current[group] ?? DASHBOARD_DEFAULT_LIMIT, shown) + MORE_STEP }));
  }

  function changeScope(next: DeadlineScope) {
    setScope(next);
    setLimits({});
  }

  async function resolve(item: DeadlineItemData, state: 'done' | 'dismissed', reason: string | null): Promise<AppErrorData | null> {
    setActionError(null);
    const result = await call((api) => api.deadlines.resolve({ id: item.id, state, reason }));
    if (!result.ok) return result.error;
    const kind = t(`vocab.deadlineKind.${item.kind}`);
    announce(t(state === 'done' ? 'deadlines.doneAnnounce' : 'deadlines.dismissedAnnounce', { kind, code: item.caseCode }));
    // The item goes away; the keyboard continues at its group's heading rather than at the page top.
    groupHeadings.current.get(item.bucket)?.focus();
    reload();
    return null;
  }

  async function markDone(item: DeadlineItemData) {
    const error = await resolve(item, 'done', null);
    if (error) setActionError(error);
  }

  return (
    <div className="deadlines-page">
      <PageHeading>{t('nav.deadlines')}</PageHeading>
      <p className="page-intro">{t('deadlines.intro')}</p>
      <div className="scope-switch" role="group" aria-label={t('deadlines.scope.label')}>
        <span className="scope-label" aria-hidden="true">
          {t('deadlines.scope.label')}
        </span>
        {(['mine', 'all'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button-quiet"
            aria-pressed={scope === option}
            onClick={() => changeScope(option)}
          >
            {t(option === 'mine' ? 'deadlines.scope.mine' : 'deadlines.scope.all')}
          </button>
        ))}
      </div>
      <ErrorAlert error={actionError} />
      <ErrorAlert heading={t('deadlines.loadFailed')} error={deadlines.state === 'failed' ? deadlines.error : null}>
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
      {deadlines.state === 'loading' ? <p className="loading">{t('deadlines.loading')}</p> : null}
      {deadlines.state === 'ready'
        ? GROUPS.map((group) => {
            const items = groups[group];
            const total = deadlines.value.counts[group];
            const hidden = total - items.length;
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
                  <span className="group-count">{t('deadlines.group.count', { count: total })}</span>
                </h2>
                {items.length === 0 ? (
                  <p className="muted">{t(`deadlines.groupEmpty.${group}`)}</p>
                ) : (
                  <ul
                    className="deadline-list"
                    ref={(element) => {
                      if (element) groupLists.current.set(group, element);
                    }}
                  >
                    {items.map((item) => (
                      <DeadlineItem
                        key={item.id}
                        item={item}
                        today={deadlines.value.today}
                        person={item}
                        onDone={() => void markDone(item)}
                        onDismiss={() => setDismissing(item)}
                      />
                    ))}
                  </ul>
                )}
                {hidden > 0 ? (
                  <div className="deadlines-more">
                    <p className="muted" id={`deadline-more-${group}`}>
                      {t('deadlines.shownOf', { shown: items.length, total })}
                    </p>
                    <button type="button" className="button" aria-describedby={`deadline-more-${group}`} onClick={() => showMore(group)}>
                      {t('deadlines.showMore', { count: Math.min(hidden, MORE_STEP) })}
                    </button>
                  </div>
                ) : null}
              </section>
            );
          })
        : null}
      {deadlines.state === 'ready' && deadlines.value.counts.later > 0 ? (
        <p className="muted deadlines-later">{t('deadlines.later', { count: deadlines.value.counts.later })}</p>
      ) : null}
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
