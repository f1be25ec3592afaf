import { Fragment, useId, useState } from 'react';
import type { Account } from '@shared/accounts/domain';
import type { AppErrorData } from '@shared/kernel/result';
import { useT, useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { QuestionDialog } from '../ui/ConfirmDialog';
import { DataTableHead } from '../ui/DataTableHead';
import { FieldError } from '../ui/FieldError';
import { formatLoggedTime } from '../ui/dates';
import { InitialPassphraseDialog } from './InitialPassphraseDialog';

type Action = { kind: 'disable' | 'enable' | 'reset'; account: Account };

/**
 * The accounts as a table: name, role, state, whether the initial passphrase still has to be
 * changed, open cases, and the actions. A refusal from the core (e.g. the last active supervisor)
 * is shown right at the button that caused it.
 */
export function AccountTable({
  accounts,
  onChanged,
  onDone,
}: {
  accounts: Account[];
  onChanged: () => Promise<void>;
  onDone: (message: string) => void;
}) {
  const { t, language, translateError } = useI18n();
  const { info, call, lock } = useSession();
  const [action, setAction] = useState<Action | null>(null);
  const [rowError, setRowError] = useState<{ userId: string; error: AppErrorData } | null>(null);
  const captionId = useId();

  async function disable(account: Account) {
    setAction(null);
    const result = await call((api) => api.accounts.disable({ userId: account.userId }));
    if (!result.ok) {
      setRowError({ userId: account.userId, error: result.error });
      return;
    }
    setRowError(null);
    // Disabling one's own account (another supervisor stays active) ends this session.
    if (account.userId === info.userId) {
      await lock();
      return;
    }
    await onChanged();
    onDone(t('accountsUi.disable.done', { name: account.name }));
  }

  return (
    <>
      <div className="account-table-scroll">
        <table className="account-table-grid accounts-table" aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            {t('accountsUi.list.caption')}
          </caption>
          <DataTableHead
            columns={[
              'accountsUi.column.name',
              'accountsUi.column.role',
              'accountsUi.column.state',
              'accountsUi.column.openCases',
              'accountsUi.column.actions',
            ]}
            hasActions={false}
          />
          <tbody>
            {accounts.map((account) => {
              const isSelf = account.userId === info.userId;
              const error = rowError?.userId === account.userId ? rowError.error : null;
              const errorId = `account-error-${account.userId}`;
              return (
                <Fragment key={account.userId}>
                  <tr data-account={account.name}>
                    <th scope="row">
                      {account.name}
                      {isSelf ? <span className="radio-detail"> {t('accountsUi.list.you')}</span> : null}
                    </th>
                    <td>{t(account.role === 'supervisor' ? 'role.supervisor' : 'role.counsellor')}</td>
                    <td>
                      {account.disabled ? (
                        <span className="account-state account-state-disabled">
                          <span aria-hidden="true">⊘ </span>
                          {account.disabledAt
                            ? t('accountsUi.state.disabledSince', { date: formatLoggedTime(account.disabledAt, language) })
                            : t('accountsUi.state.disabled')}
                        </span>
                      ) : (
                        <span className="account-state account-state-active">
                          <span aria-hidden="true">✓ </span>
                          {t('accountsUi.state.active')}
                        </span>
                      )}
                      {account.mustChangePassphrase && !account.disabled ? (
                        <p className="account-must-change">{t('accountsUi.mustChange.yes')}</p>
                      ) : null}
                    </td>
                    <td className="number">{account.role === 'counsellor' ? account.openCases.toLocaleString(language) : '–'}</td>
                    <td>
                      <div className="row-actions">
                        {account.disabled ? (
                          <button type="button" className="button" onClick={() => setAction({ kind: 'enable', account })}>
                            {t('accountsUi.enable.button')}
                            <span className="visually-hidden"> {account.name}</span>
                          </button>
                        ) : (
                          <>
                            <button
                              type="button"
                              className="button"
                              aria-describedby={error ? errorId : undefined}
                              onClick={() => {
                                setRowError(null);
                                setAction({ kind: 'disable', account });
                              }}
                            >
                              {t('accountsUi.disable.button')}
                              <span className="visually-hidden"> {account.name}</span>
                            </button>
                            {/* One's own passphrase is changed in the settings, not reset here. */}
                            {isSelf ? null : (
                              <button type="button" className="button" onClick={() => setAction({ kind: 'reset', account })}>
                                {t('accountsUi.reset.button')}
                                <span className="visually-hidden"> {account.name}</span>
                              </button>
                            )}
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                  {/* The refusal right below the row whose button caused it (and named by that button). */}
                  {error ? (
                    <tr className="account-error-row" data-account-error={account.name}>
                      <td colSpan={5} role="alert">
                        <FieldError id={errorId} message={translateError(error)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {action?.kind === 'disable' ? (
        <DisableDialog
          account={action.account}
          isSelf={action.account.userId === info.userId}
          onConfirm={() => void disable(action.account)}
          onClose={() => setAction(null)}
        />
      ) : null}
      {action?.kind === 'enable' || action?.kind === 'reset' ? (
        <InitialPassphraseDialog
          account={action.account}
          mode={action.kind}
          onClose={() => setAction(null)}
          onSubmit={async ({ initialPassphrase, recoveryKey }) => {
            const { account, kind } = action;
            const result =
              kind === 'enable'
                ? await call((api) => api.accounts.enable({ userId: account.userId, initialPassphrase }))
                : await call((api) => api.accounts.resetAccess({ userId: account.userId, recoveryKey, initialPassphrase }));
            if (result.ok) {
              setAction(null);
              await onChanged();
              onDone(t(kind === 'enable' ? 'accountsUi.enable.done' : 'accountsUi.reset.done', { name: account.name }));
            }
            return result;
          }}
        />
      ) : null}
    </>
  );
}

function DisableDialog({
  account,
  isSelf,
  onConfirm,
  onClose,
}: {
  account: Account;
  isSelf: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <QuestionDialog
      title={t('accountsUi.disable.title', { name: account.name })}
      text={
        <p>
          {t('accountsUi.disable.intro')}
          {isSelf ? ` ${t('accountsUi.disable.self')}` : ''}
          {account.role === 'counsellor' && account.openCases > 0
            ? ` ${account.openCases === 1 ? t('accountsUi.disable.openCasesOne') : t('accountsUi.disable.openCases', { count: account.openCases })}`
            : ''}
        </p>
      }
      confirmLabel={t('accountsUi.disable.confirm')}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
