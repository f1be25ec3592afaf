import { z } from 'zod';
import { structuralNoteSchema, type StructuralNote, type StructuralNoteInput } from '@shared/planning/structuralNotes';
import type { VaultDatabase } from '../kernel/db/database';
import { execute, queryRows, sql } from '../kernel/sql';

/**
 * SQL of the structural notes. The table has no case or user column by design; `observed_on` holds
 * the month only (`YYYY-MM`).
 */

const NOTE_COLUMNS = sql`id, field, kind, observed_on AS observedIn, text, created_at AS createdAt`;

export function listStructuralNotes(db: VaultDatabase, options: { year: number | null }): StructuralNote[] {
  const year = options.year === null ? null : String(options.year);
  const rows = queryRows(
    db,
    sql`SELECT ${NOTE_COLUMNS} FROM structural_notes
        WHERE ${year} IS NULL OR substr(observed_on, 1, 4) = ${year}
        ORDER BY observed_on DESC, created_at DESC, rowid DESC`,
  );
  return z.array(structuralNoteSchema).parse(rows);
}

export function insertStructuralNote(db: VaultDatabase, row: { id: string; note: StructuralNoteInput; at: string }): void {
  const { note } = row;
  execute(
    db,
    sql`INSERT INTO structural_notes (id, field, kind, observed_on, text, created_at)
        VALUES (${row.id}, ${note.field}, ${note.kind}, ${note.observedIn}, ${note.text}, ${row.at})`,
  );
}

export function deleteStructuralNote(db: VaultDatabase, id: string): boolean {
  return execute(db, sql`DELETE FROM structural_notes WHERE id = ${id}`).changes > 0;
}

/** Every word of the names in the case files (lower case, at least three letters), to keep notes anonymous. */
export function listNameWords(db: VaultDatabase): Set<string> {
  const words = new Set<string>();
  const rows = queryRows(db, sql`SELECT family_name AS familyName, given_names AS givenNames FROM cases`);
  for (const row of z.array(z.object({ familyName: z.string(), givenNames: z.string() })).parse(rows)) {
    for (const word of splitWords(`${row.familyName} ${row.givenNames}`)) if (word.length >= 3) words.add(word);
  }
  return words;
}

export function splitWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('de')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}
