import {
  FAILED_SIGN_IN_THRESHOLD,
  HOME_LIST_LIMIT,
  UNUSED_ACCOUNT_DAYS,
  type AccountAttention,
  type AccountAttentionReason,
  type CounsellorToday,
  type SupervisorToday,
} from '@shared/home';
import { addDays, daysBetween, todayIn } from '@shared/kernel/dates';
import { deadlineBucketBounds } from '@shared/deadlines';
import { CONSENT_EXPIRY_LEAD_DAYS } from '@shared/privacy';
import type { Session } from '../session/session';
import { queryDashboard } from '../deadlines';
import { readBackupState, readPreference } from '../settings';
import { backupStatusOf } from '../backup';
import { readVaultCreatedAt } from '../vault';
import {
  listAccountFacts,
  listExpiringConsents,
  listLaterTasks,
  listQuietCases,
  listRecentlyOpenedCases,
  readLogState,
  type AccountFacts,
} from './repository';

/** How many of the cases opened last "Heute" lists. */
const RECENT_CASES = 5;

/**
 * "Heute" for a counsellor: overdue and this week's deadlines, later open tasks, cases without
 * contact for the chosen weeks, consents ending soon and the cases opened last — the own open cases
 * only. One transaction, one log entry ('home.view') with counts, never names or codes.
 */
export function counsellorToday(session: Session): CounsellorToday {
  const today = session.today();
  const { thisWeekUntil, next30DaysUntil } = deadlineBucketBounds(today);
  const counsellorId = session.actor.userId;
  return session.transaction((db) => {
    const weeksPreference = readPreference(db, counsellorId, 'home.noContactWeeks');
    const noContactWeeks = weeksPreference.key === 'home.noContactWeeks' ? weeksPreference.value : 4;
    const dashboard = queryDashboard(db, {
      today,
      thisWeekUntil,
      next30DaysUntil,
      counsellorId,
      openedCodes: [],
      limits: { overdue: HOME_LIST_LIMIT, thisWeek: HOME_LIST_LIMIT, next30Days: 0 },
    });
    const counts = { overdue: dashboard.counts.overdue, thisWeek: dashboard.counts.thisWeek };
    const items: CounsellorToday['deadlines']['items'] = [];
    for (const row of dashboard.items)
      if (row.bucket === 'overdue' || row.bucket === 'thisWeek') items.push({ ...row, bucket: row.bucket });
    const result: CounsellorToday = {
      role: 'counsellor',
      today,
      noContactWeeks,
      deadlines: { items, counts },
      tasks: listLaterTasks(db, { counsellorId, after: thisWeekUntil, limit: HOME_LIST_LIMIT }),
      quietCases: listQuietCases(db, { counsellorId, before: addDays(today, -7 * noContactWeeks), limit: HOME_LIST_LIMIT }),
      expiringConsents: listExpiringConsents(db, {
        counsellorId,
        today,
        until: addDays(today, CONSENT_EXPIRY_LEAD_DAYS),
        limit: HOME_LIST_LIMIT,
      }),
      recentCases: listRecentlyOpenedCases(db, { userId: counsellorId, limit: RECENT_CASES }),
    };
    session.record('home.view', {
      details: {
        deadlines: counts,
        tasks: result.tasks.total,
        quietCases: result.quietCases.total,
        expiringConsents: result.expiringConsents.total,
        recentCases: result.recentCases.length,
      },
    });
    return result;
  });
}

function attentionOf(account: AccountFacts, today: string): AccountAttentionReason[] {
  const reasons: AccountAttentionReason[] = [];
  const isActive = account.disabledAt === null;
  if (isActive && account.mustChange === 1) reasons.push('initialPassphrase');
  if (isActive && account.failedSignIns >= FAILED_SIGN_IN_THRESHOLD) reasons.push('failedSignIns');
  if (!isActive && account.openCases > 0) reasons.push('disabledWithCases');
  const lastUse = account.lastSignInAt ?? account.createdAt;
  if (isActive && account.mustChange === 0 && daysBetween(todayIn(new Date(lastUse)), today) > UNUSED_ACCOUNT_DAYS) reasons.push('unused');
  return reasons;
}

/**
 * "Heute" for a supervisor: the access log's state (last check, the last signed checkpoint), the
 * backup's age and the accounts that need attention. No case contents: counts and account names.
 */
export function supervisorToday(session: Session): SupervisorToday {
  const today = session.today();
  return session.transaction((db) => {
    const log = readLogState(db);
    const lastCheckpointAt =
      [log.lastSavedCheckpointAt, log.lastArchiveAt]
        .filter((at) => at !== null)
        .sort()
        .at(-1) ?? null;
    const backup = backupStatusOf(readBackupState(db), session.now(), readVaultCreatedAt(db));
    const accounts: AccountAttention[] = listAccountFacts(db).flatMap((account) => {
      const reasons = attentionOf(account, today);
      if (reasons.length === 0) return [];
      const { userId, name, role, failedSignIns, openCases, lastSignInAt } = account;
      return [{ userId, name, role, reasons, failedSignIns, openCases, lastSignInAt }];
    });
    const result: SupervisorToday = {
      role: 'supervisor',
      today,
      log: {
        entries: log.entries,
        lastVerifiedAt: log.lastVerifiedAt,
        entriesSinceCheck: log.entriesSinceCheck,
        lastCheckpointAt,
        checkpointAgeDays: lastCheckpointAt === null ? null : daysBetween(todayIn(new Date(lastCheckpointAt)), today),
      },
      backup: { lastBackupAt: backup.lastBackupAt, daysSince: backup.daysSince, reminderDays: backup.reminderDays, isDue: backup.isDue },
      accounts,
    };
    session.record('home.view', { details: { accounts: accounts.length, backupDue: backup.isDue } });
    return result;
  });
}
