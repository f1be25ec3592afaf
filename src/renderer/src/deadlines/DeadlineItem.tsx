import type { MouseEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import { useT } from '../kernel/i18n';
import { useNavigation } from '../kernel/navigation';
import { PersonName } from '../ui/privacyMode';
import { StateBadge } from '../ui/StateBadge';
import { useFormatDate } from '../ui/dates';
import { dueStateOf } from './deadlineText';

export type DeadlineItemData = ChannelOutput<'deadlines:list'>['items'][number];
export interface PersonOfCase {
  familyName: string;
  givenNames: string;
}

/** One open deadline: its state in words (with an icon), what it is, the case, and what to do. */
export function DeadlineItem({
  item,
  today,
  person,
  onDone,
  onDismiss,
}: {
  item: DeadlineItemData;
  today: string;
  person: PersonOfCase | undefined;
  onDone: () => void;
  onDismiss: () => void;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  const { navigate } = useNavigation();
  const state = dueStateOf(item.dueOn, today);
  const kind = t(`vocab.deadlineKind.${item.kind}`);

  function openCase(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    navigate({ page: 'case', caseId: item.caseId, section: 'deadlines' });
  }

  return (
    <li className="deadline-item" data-deadline-id={item.id} data-case-code={item.caseCode}>
      <div className="deadline-main">
        <p className="deadline-state">
          <StateBadge tone={state.tone}>{t(state.key, { days: state.days })}</StateBadge>
          <span className="deadline-due">{t('deadlines.due', { date: formatDate(item.dueOn) })}</span>
        </p>
        <h3 className="deadline-kind">
          {kind}
          {item.title ? <span className="deadline-title">: {item.title}</span> : null}
        </h3>
        {item.opensOn ? <p className="deadline-opens">{t('deadlines.opensOn', { date: formatDate(item.opensOn) })}</p> : null}
        <p className="deadline-case">
          <a className="case-link" href={`#case-${item.caseCode}`} onClick={openCase}>
            <span className="visually-hidden">{t('deadlines.openCase', { code: item.caseCode })}</span>
            <span className="case-code" aria-hidden="true">
              {item.caseCode}
            </span>
          </a>
          {person ? <PersonName familyName={person.familyName} givenNames={person.givenNames} /> : null}
        </p>
      </div>
      <div className="deadline-actions" role="group" aria-label={t('deadlines.actionsLabel', { kind, code: item.caseCode })}>
        <button type="button" className="button" onClick={onDone}>
          <span aria-hidden="true">✓</span>
          {t('deadlines.done')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          {t('deadlines.dismiss')}
        </button>
      </div>
    </li>
  );
}
