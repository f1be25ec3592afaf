import { journalEntrySchema, type JournalEntry, type JournalInput } from '@shared/journal/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRow, queryRows, sql } from '../kernel/sql';

/** SQL of the journal (contacts of a case); topics and participants are JSON arrays. */

const JOURNAL_SELECT = sql`SELECT j.id, j.case_id AS caseId, j.occurred_on AS occurredOn, j.occurred_time AS occurredTime,
  j.duration_minutes AS durationMinutes,
  j.kind, j.interpreter, j.topics, j.participants, j.note, u.name AS authorName, j.created_at AS createdAt, j.updated_at AS updatedAt
  FROM journal_entries j LEFT JOIN users u ON u.id = j.author_id`;

function parseJournalRow(raw: unknown): JournalEntry {
  const row = raw as Record<string, unknown>;
  return journalEntrySchema.parse({
    ...row,
    interpreter: row.interpreter === 1,
    topics: JSON.parse(String(row.topics)),
    participants: JSON.parse(String(row.participants)),
  });
}

export function listJournal(db: VaultDatabase, caseId: string): JournalEntry[] {
  return queryRows(
    db,
    sql`${JOURNAL_SELECT} WHERE j.case_id = ${caseId} ORDER BY j.occurred_on DESC, j.occurred_time DESC, j.created_at DESC`,
  ).map(parseJournalRow);
}

export function findJournalEntry(db: VaultDatabase, id: string): JournalEntry | null {
  const row = queryRow(db, sql`${JOURNAL_SELECT} WHERE j.id = ${id}`);
  return row ? parseJournalRow(row) : null;
}

export function insertJournalEntry(
  db: VaultDatabase,
  row: { id: string; caseId: string; authorId: string; at: string; input: JournalInput },
): void {
  const { input } = row;
  execute(
    db,
    sql`INSERT INTO journal_entries (id, case_id, occurred_on, occurred_time, duration_minutes, kind, interpreter, topics, participants,
          note, author_id, created_at, updated_at)
        VALUES (${row.id}, ${row.caseId}, ${input.occurredOn}, ${input.occurredTime ?? null}, ${input.durationMinutes}, ${input.kind},
          ${input.interpreter}, ${JSON.stringify(input.topics)}, ${JSON.stringify(input.participants)}, ${input.note}, ${row.authorId},
          ${row.at}, ${row.at})`,
  );
}

export function updateJournalEntry(db: VaultDatabase, id: string, input: JournalInput, at: string): void {
  execute(
    db,
    sql`UPDATE journal_entries SET occurred_on = ${input.occurredOn}, occurred_time = ${input.occurredTime ?? null},
          duration_minutes = ${input.durationMinutes}, kind = ${input.kind},
          interpreter = ${input.interpreter}, topics = ${JSON.stringify(input.topics)}, participants = ${JSON.stringify(input.participants)},
          note = ${input.note}, updated_at = ${at}
        WHERE id = ${id}`,
  );
}

export function deleteJournalEntry(db: VaultDatabase, id: string): void {
  execute(db, sql`DELETE FROM journal_entries WHERE id = ${id}`);
}
