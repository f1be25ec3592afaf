import { createHash, randomUUID } from 'node:crypto';
import { CATALOGUE_VERSION, TABLE_IDS, findTable } from '@shared/stats/catalogue';
import { tableTitle } from '@shared/stats/document';
import type { ConsentRule, ProfileInput, StatsProfile } from '@shared/stats/schemas';
import type { HandlerOutput } from '../session/handlers';
import type { Session } from '../session/session';
import { AppError } from '../kernel/errors';
import * as repository from './exportRepository';

/**
 * Statistics profiles, the counting rule and the export history. Every change is one transaction
 * with its access-log entry; no case is looked at here.
 */
export const BUILT_IN_PROFILES: readonly StatsProfile[] = [
  { id: 'buendnis', name: 'Bündnis', method: 'ckm', k: 3, tables: [...TABLE_IDS], builtIn: true },
  { id: 'ministerium', name: 'Ministerium', method: 'suppression', k: 3, tables: [...TABLE_IDS], builtIn: true },
];

function profiles(session: Session): StatsProfile[] {
  return [...BUILT_IN_PROFILES, ...repository.listCustomProfiles(session.db)];
}

export function findProfile(session: Session, id: string): StatsProfile {
  const profile = profiles(session).find((candidate) => candidate.id === id);
  if (!profile) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
  return profile;
}

export function listProfiles(session: Session): HandlerOutput<'stats:profiles'> {
  return {
    profiles: profiles(session),
    consentRule: repository.readConsentRule(session.db),
    catalogue: {
      version: CATALOGUE_VERSION,
      tables: TABLE_IDS.map((id) => {
        const title = tableTitle(id);
        const table = findTable(id);
        return { id, item: table?.item ?? 0, title: title.de, titleEn: title.en, yearlyOnly: table?.yearlyOnly ?? false };
      }),
    },
  };
}

export function saveProfile(session: Session, input: ProfileInput): HandlerOutput<'stats:saveProfile'> {
  if (input.id && BUILT_IN_PROFILES.some((profile) => profile.id === input.id))
    throw new AppError('CONFLICT', { messageKey: 'stats.error.builtInProfile' });
  if (input.tables.some((id) => !TABLE_IDS.includes(id)))
    throw new AppError('INVALID_INPUT', {
      messageKey: 'stats.error.unknownTable',
      fields: { 'profile.tables': 'stats.error.unknownTable' },
    });
  return session.transaction((db) => {
    if (input.id && !repository.listCustomProfiles(db).some((profile) => profile.id === input.id))
      throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
    const id = input.id ?? randomUUID();
    const tables = TABLE_IDS.filter((table) => input.tables.includes(table));
    repository.upsertProfile(db, { id, name: input.name, method: input.method, k: input.k, tables }, session.at());
    session.record('stats.profile.save', { details: { id, method: input.method, k: input.k, tables } });
    return { id };
  });
}

export function deleteProfile(session: Session, id: string): void {
  if (BUILT_IN_PROFILES.some((profile) => profile.id === id)) throw new AppError('CONFLICT', { messageKey: 'stats.error.builtInProfile' });
  session.transaction((db) => {
    if (!repository.deleteProfile(db, id)) throw new AppError('NOT_FOUND', { messageKey: 'stats.error.profileNotFound' });
    session.record('stats.profile.delete', { details: { id } });
  });
}

export function saveSettings(session: Session, consentRule: ConsentRule): HandlerOutput<'stats:saveSettings'> {
  return session.transaction((db) => {
    repository.writeConsentRule(db, consentRule);
    session.record('stats.settings.update', { details: { consentRule } });
    return { consentRule: repository.readConsentRule(db) };
  });
}

export function history(session: Session): HandlerOutput<'stats:history'> {
  return repository.listExports(session.db);
}

/** A one-way tag of the workstation's vault, so a coordinator can refuse the same export twice. */
export function sourceOf(session: Session): string {
  return createHash('sha256').update(`fallbuch-stats-source:${session.vaultId}`).digest('hex').slice(0, 16);
}
