import { useEffect, useState, type FormEvent } from 'react';
import type { ChannelOutput } from '@shared/contract/contract';
import type { AppErrorData } from '@shared/kernel/result';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { InputField } from '../ui/forms';
import { ErrorAlert } from '../ui/Alert';
import { StatusMessage } from '../ui/StatusMessage';
import { WrittenFiles } from '../ui/WrittenFiles';
import { formatDateTime } from '../ui/dates';
import { useBackupStatus } from './useBackupStatus';
import './backup.css';

type Created = Extract<ChannelOutput<'backup:create'>, { cancelled: false }>;

/** "Sicherung erstellen": an encrypted copy of the vault in a folder of the user's choice; the reminder. */
export function BackupSection() {
  const { t, translateMessage, language } = useI18n();
  const { call } = useSession();
  const { status, setStatus } = useBackupStatus();
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [isWorking, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [days, setDays] = useState('');
  const [daysError, setDaysError] = useState<string | null>(null);

  useEffect(() => {
    if (status && days === '') setDays(String(status.reminderDays));
  }, [status, days]);

  async function create() {
    setWorking(true);
    setError(null);
    setMessage(null);
    const result = await call((api) => api.backup.create({}));
    setWorking(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value.cancelled) {
      setMessage(t('rightsUi.cancelled'));
      return;
    }
    setCreated(result.value);
    setMessage(t('backupUi.create.done'));
    const next = await call((api) => api.backup.status({}));
    if (next.ok) setStatus(next.value);
  }

  async function saveReminder(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = Number(days);
    const result = await call((api) => api.backup.setReminder({ reminderDays: value }));
    if (result.ok) {
      setStatus(result.value);
      setDaysError(null);
      setMessage(t('backupUi.reminder.saved'));
    } else setDaysError(translateMessage(result.error.fields?.reminderDays ?? result.error.message));
  }

  return (
    <section className="settings-section privacy-block" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backupUi.create.heading')}</h2>
      <p>{t('backupUi.create.intro')}</p>
      {status ? (
        <p className={status.isDue ? 'backup-state backup-state-due' : 'backup-state'}>
          <span className="backup-state-icon" aria-hidden="true">
            {status.isDue ? '!' : '✓'}
          </span>
          {status.lastBackupAt
            ? t('backupUi.status.last', { date: formatDateTime(status.lastBackupAt, language), days: status.daysSince ?? 0 })
            : t('backupUi.status.never')}
          {status.isDue ? ` ${t('backupUi.status.due')}` : ''}
        </p>
      ) : null}
      <button type="button" className="button button-primary" disabled={isWorking} onClick={() => void create()}>
        {t('backupUi.create.action')}
      </button>
      <StatusMessage tone={created ? 'success' : 'info'} message={isWorking ? t('backupUi.create.working') : message} />
      <ErrorAlert error={error} />
      {created ? <WrittenFiles files={[created]} /> : null}
      <form className="form backup-reminder" noValidate onSubmit={(event) => void saveReminder(event)}>
        <InputField
          className="field-short"
          label={t('backupUi.reminder.label')}
          hint={t('backupUi.reminder.hint')}
          error={daysError}
          value={days}
          onChange={setDays}
          inputMode="numeric"
        />
        <button type="submit" className="button">
          {t('backupUi.reminder.save')}
        </button>
      </form>
    </section>
  );
}
