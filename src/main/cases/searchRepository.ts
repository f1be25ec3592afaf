import { z } from 'zod';
import { searchHitSchema, type SearchHit } from '@shared/cases/domain';
import type { VaultDatabase } from '../kernel/db/database';
import { queryRows, queryValue, sql } from '../kernel/sql';
import { inCaseScope, type CaseScope } from '../session/repository';

/**
 * Turns what a person typed into an FTS5 query: every word becomes a quoted prefix term, all must
 * match. Quotes and operators typed by the user are dropped, so no input can change the query's
 * structure.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

export const SNIPPET_START = '\u0002';

export const SNIPPET_END = '\u0003';

/** Up to this many matches the hits are ranked by relevance (bm25); beyond it, newest first. */
export const RANKED_MATCHES_LIMIT = 2000;

/**
 * FTS5 computes the rank of every match before LIMIT applies, so a common word ("Termin") in
 * hundreds of thousands of notes costs seconds; counting the matches is about fifteen times
 * cheaper, and newest-first is streamed by FTS5 and stops after `limit`. So few matches are ranked,
 * many are listed newest first (the index's rowid grows with every insert and update). The count
 * is over all matches, as that is what ranking would cost.
 */
export function searchIndex(db: VaultDatabase, text: string, scope: CaseScope, limit = 50): SearchHit[] {
  const query = toFtsQuery(text);
  if (!query) return [];
  const matches = queryValue(db, sql`SELECT count(*) FROM search_index WHERE search_index MATCH ${query}`);
  const order = typeof matches === 'number' && matches > RANKED_MATCHES_LIMIT ? sql`s.rowid DESC` : sql`rank`;
  // The access filter sits before LIMIT, so a colleague's many hits cannot crowd out one's own.
  const rows = queryRows(
    db,
    sql`SELECT s.case_id AS caseId, c.code AS caseCode, s.source, s.source_id AS sourceId,
          snippet(search_index, 3, char(2), char(3), '…', 12) AS snippet
        FROM search_index s JOIN cases c ON c.id = s.case_id
        WHERE search_index MATCH ${query}
          AND ${inCaseScope(scope)}
        ORDER BY ${order} LIMIT ${limit}`,
  );
  return z.array(searchHitSchema).parse(rows);
}
