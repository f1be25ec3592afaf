import { useId, useState } from 'react';
import { useT } from '../kernel/i18n';
import { PleaseWait } from '../ui/PleaseWait';
import { ErrorAlert } from '../ui/Alert';
import { PageHeading } from '../ui/PageHeading';
import { StatusMessage } from '../ui/StatusMessage';
import { AccountTable } from './AccountTable';
import { CaseAssignmentSection } from './CaseAssignmentSection';
import { HandOverSection } from './HandOverSection';
import { NewAccountForm } from './NewAccountForm';
import { useAccounts } from './useAccounts';
import './accounts.css';

/** "Konten" (supervisor): the accounts, a new account, case assignment and hand-over. */
export function AccountsPage() {
  const t = useT();
  const { value: accounts, error, reload } = useAccounts();
  const [done, setDone] = useState<string | null>(null);
  const listHeadingId = useId();

  return (
    <div className="accounts-page">
      <PageHeading>{t('accountsUi.title')}</PageHeading>
      <p className="screen-intro">{t('accountsUi.intro')}</p>
      <section className="settings-section" aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t('accountsUi.list.heading')}</h2>
        <ErrorAlert error={error} />
        <StatusMessage tone="success" message={done} />
        {accounts ? <AccountTable accounts={accounts} onChanged={reload} onDone={setDone} /> : error ? null : <PleaseWait />}
      </section>
      <NewAccountForm onCreated={reload} />
      {accounts ? (
        <>
          <CaseAssignmentSection accounts={accounts} onChanged={reload} />
          <HandOverSection accounts={accounts} onChanged={reload} />
        </>
      ) : null}
    </div>
  );
}
