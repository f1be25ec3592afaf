import { useId, useState } from 'react';
import type { StatsProfile } from '@shared/stats/schemas';
import { useI18n } from '../kernel/i18n';
import { useSession } from '../kernel/session';
import { useAnnounce } from '../ui/Announcer';
import { DataTableHead } from '../ui/DataTableHead';
import { RowActionButtons } from '../ui/RowActions';
import { ConsentRuleSettings } from './ConsentRuleSettings';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { ProfileForm } from './ProfileForm';
import type { StatsSetup } from './useStatsProfiles';

/**
 * Recipient profiles and the consent rule. Everyone sees them; only a supervisor changes them (the
 * controller decides what may leave the workstation — see the access lines in areas/stats.ts).
 */
export function ProfilesView({ setup, reload }: { setup: StatsSetup; reload: () => Promise<void> }) {
  const { t, translateMessage } = useI18n();
  const { info } = useSession();
  const announce = useAnnounce();
  const isSupervisor = info.role === 'supervisor';
  const [editing, setEditing] = useState<StatsProfile | null>(null);
  const [deleting, setDeleting] = useState<StatsProfile | null>(null);
  const [formKey, setFormKey] = useState(0);
  const headingId = useId();
  const tableCount = setup.catalogue.tables.length;

  function resetForm() {
    setEditing(null);
    setFormKey((key) => key + 1);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statsUi.profiles.heading')}</h2>
      <p className="page-intro">{t(isSupervisor ? 'statsUi.profiles.introSupervisor' : 'statsUi.profiles.introCounsellor')}</p>
      <div className="stats-table-scroll">
        <table className="stats-table stats-profiles">
          <caption className="visually-hidden">{t('statsUi.profiles.heading')}</caption>
          <DataTableHead
            columns={['statsUi.profiles.name', 'statsUi.profiles.method', 'statsUi.profiles.kShort', 'statsUi.profiles.tables']}
          />
          <tbody>
            {setup.profiles.map((profile) => (
              <tr key={profile.id}>
                <th scope="row">
                  {profile.name}
                  <span className="stats-merged">{t(profile.builtIn ? 'statsUi.profiles.builtIn' : 'statsUi.profiles.custom')}</span>
                </th>
                <td>{translateMessage(`stats.method.${profile.method}`)}</td>
                <td className="stats-cell">
                  {profile.method === 'suppression' ? profile.k : <span aria-label={t('statsUi.profiles.kNotUsed')}>–</span>}
                </td>
                <td>
                  {profile.tables.length === tableCount
                    ? t('statsUi.profile.allTables', { count: tableCount })
                    : t('statsUi.profile.someTables', { count: profile.tables.length, total: tableCount })}
                </td>
                {isSupervisor ? (
                  <td className="stats-row-actions">
                    {profile.builtIn ? (
                      <span className="field-hint">{t('statsUi.profiles.fixed')}</span>
                    ) : (
                      <RowActionButtons
                        actions={[
                          {
                            label: t('statsUi.profiles.edit'),
                            accessibleName: t('statsUi.profiles.editNamed', { name: profile.name }),
                            onClick: () => {
                              setEditing(profile);
                              setFormKey((key) => key + 1);
                            },
                          },
                          {
                            label: t('statsUi.profiles.delete'),
                            accessibleName: t('statsUi.profiles.deleteNamed', { name: profile.name }),
                            onClick: () => setDeleting(profile),
                          },
                        ]}
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isSupervisor ? (
        <ProfileForm
          key={formKey}
          editing={editing}
          catalogue={setup.catalogue.tables}
          onCancel={resetForm}
          onSaved={async () => {
            resetForm();
            await reload();
          }}
        />
      ) : null}
      <ConsentRuleSettings current={setup.consentRule} isEditable={isSupervisor} onSaved={reload} />
      {deleting ? (
        <DeleteProfileDialog
          profile={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={async () => {
            announce(t('statsUi.profiles.deleted', { name: deleting.name }));
            if (editing?.id === deleting.id) resetForm();
            setDeleting(null);
            await reload();
          }}
        />
      ) : null}
    </section>
  );
}
