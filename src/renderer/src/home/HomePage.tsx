import type { FallbuchApi } from '@shared/contract/api';
import { useI18n } from '../kernel/i18n';
import { useCoreValue } from '../kernel/session';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { PleaseWait } from '../ui/PleaseWait';
import { formatIsoDate } from '../ui/dates';
import { CounsellorHome } from './CounsellorHome';
import { SupervisorHome } from './SupervisorHome';
import './home.css';

const readToday = (api: FallbuchApi) => api.home.today({});

/** "Heute": the page after unlocking, for whichever role signed in; one call to the core. */
export function HomePage() {
  const { t, language } = useI18n();
  const { value, error, reload } = useCoreValue(readToday);
  const weekday = value
    ? new Date(`${value.today}T12:00:00Z`).toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { weekday: 'long', timeZone: 'UTC' })
    : '';
  return (
    <div className="home-page">
      <div className="home-title">
        <PageHeading>{t('home.title')}</PageHeading>
        {value ? (
          <p className="home-date">
            {weekday}, {formatIsoDate(value.today, language)}
          </p>
        ) : null}
      </div>
      <ErrorAlert heading={t('home.loadFailed')} error={error}>
        <button type="button" className="button" onClick={() => void reload()}>
          {t('common.retry')}
        </button>
      </ErrorAlert>
      {!value && !error ? <PleaseWait /> : null}
      {value?.role === 'counsellor' ? <CounsellorHome today={value} /> : null}
      {value?.role === 'supervisor' ? <SupervisorHome today={value} /> : null}
    </div>
  );
}
