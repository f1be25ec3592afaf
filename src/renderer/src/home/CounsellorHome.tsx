import type { ComponentProps, ReactNode } from 'react';
import type { CounsellorToday, ExpiringConsent } from '@shared/home';
import { todayIn } from '@shared/kernel/dates';
import { useT } from '../kernel/i18n';
import { StateBadge } from '../ui/StateBadge';
import { useFormatDate } from '../ui/dates';
import { dueStateOf } from '../deadlines';
import { CaseItem } from './CaseItem';
import { HomeLink, HomeSection } from './HomeLink';

/** "… und 12 weitere" under a capped list, linking to where the whole list is. */
function More({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  if (total <= shown) return null;
  return <p className="home-more">{t('home.more', { count: total - shown })}</p>;
}

/** A section with one capped list of the own cases: an item each, then "… und 12 weitere". */
function CappedListSection<T>({
  list,
  children: renderItem,
  ...section
}: Omit<ComponentProps<typeof HomeSection>, 'isEmpty' | 'children'> & {
  list: { items: readonly T[]; total: number };
  children: (item: T) => ReactNode;
}) {
  return (
    <HomeSection {...section} isEmpty={list.total === 0}>
      <ul className="home-list">{list.items.map(renderItem)}</ul>
      <More shown={list.items.length} total={list.total} />
    </HomeSection>
  );
}

function DeadlineGroups({ today }: { today: CounsellorToday }) {
  const t = useT();
  const { items, counts } = today.deadlines;
  const groups = [
    { bucket: 'overdue', heading: t('home.deadlines.overdue', { count: counts.overdue }), total: counts.overdue },
    { bucket: 'thisWeek', heading: t('home.deadlines.thisWeek', { count: counts.thisWeek }), total: counts.thisWeek },
  ] as const;
  return (
    <>
      {groups.map((group) => {
        const rows = items.filter((item) => item.bucket === group.bucket);
        if (rows.length === 0) return null;
        return (
          <div key={group.bucket} className="home-group">
            <h3>{group.heading}</h3>
            <ul className="home-list">
              {rows.map((item) => {
                const state = dueStateOf(item.dueOn, today.today);
                return (
                  <CaseItem
                    key={item.id}
                    {...item}
                    section="deadlines"
                    badge={<StateBadge tone={state.tone}>{t(state.key, { days: state.days })}</StateBadge>}
                  >
                    {t(`vocab.deadlineKind.${item.kind}`)}
                    {item.title ? `: ${item.title}` : null}
                  </CaseItem>
                );
              })}
            </ul>
            <More shown={rows.length} total={group.total} />
          </div>
        );
      })}
    </>
  );
}

function consentText(consent: ExpiringConsent, t: ReturnType<typeof useT>): string {
  if (consent.kind === 'release' && consent.recipient) return t('home.consents.kind.releaseTo', { recipient: consent.recipient });
  return t(`home.consents.kind.${consent.kind}`);
}

/** The counsellor's "Heute": five short lists of the own open cases, every item a link into its case. */
export function CounsellorHome({ today }: { today: CounsellorToday }) {
  const t = useT();
  const formatDate = useFormatDate();
  const weeks = today.noContactWeeks;
  const hasDeadlines = today.deadlines.items.length > 0;
  return (
    <div className="home-grid">
      <HomeSection
        id="deadlines"
        heading={t('home.deadlines.heading')}
        isEmpty={!hasDeadlines}
        emptyText={t('home.deadlines.none')}
        footer={<HomeLink to={{ page: 'deadlines' }}>{t('home.deadlines.all')}</HomeLink>}
      >
        <DeadlineGroups today={today} />
      </HomeSection>

      <CappedListSection id="tasks" heading={t('home.tasks.heading')} emptyText={t('home.tasks.none')} list={today.tasks}>
        {(task) => (
          <CaseItem key={task.id} {...task} section="deadlines">
            {task.title ?? t('home.tasks.untitled')} – {t('home.deadlines.due', { date: formatDate(task.dueOn) })}
          </CaseItem>
        )}
      </CappedListSection>

      <CappedListSection
        id="quiet"
        heading={t('home.quiet.heading', { weeks })}
        emptyText={t('home.quiet.none', { weeks })}
        footer={<HomeLink to={{ page: 'settings' }}>{t('home.quiet.change')}</HomeLink>}
        list={today.quietCases}
      >
        {(item) => (
          <CaseItem key={item.caseId} {...item} section="journal">
            {item.lastContactOn
              ? t('home.quiet.lastContact', { date: formatDate(item.lastContactOn) })
              : t('home.quiet.noContact', { date: formatDate(item.intakeDate) })}
          </CaseItem>
        )}
      </CappedListSection>

      <CappedListSection
        id="consents"
        heading={t('home.consents.heading')}
        emptyText={t('home.consents.none')}
        list={today.expiringConsents}
      >
        {(consent) => (
          <CaseItem key={consent.consentId} {...consent} section="privacy">
            {consentText(consent, t)} – {t('home.consents.until', { date: formatDate(consent.validUntil) })}
          </CaseItem>
        )}
      </CappedListSection>

      <CappedListSection
        id="recent"
        heading={t('home.recent.heading')}
        emptyText={t('home.recent.none')}
        list={{ items: today.recentCases, total: today.recentCases.length }}
      >
        {(item) => (
          <CaseItem key={item.caseId} {...item} section="overview">
            {t('home.recent.openedAt', { date: formatDate(todayIn(new Date(item.openedAt))) })}
          </CaseItem>
        )}
      </CappedListSection>
    </div>
  );
}
