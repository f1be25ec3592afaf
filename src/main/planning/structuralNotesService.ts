import { randomUUID } from 'node:crypto';
import type { StructuralNote, StructuralNoteInput } from '@shared/planning/structuralNotes';
import { AppError, fieldError } from '../kernel/errors';
import * as repository from './structuralNotesRepository';
import type { Session } from '../session/session';

/** A case code such as LEV-2026-0042 (prefix, year, running number). */
const CASE_CODE = /\b[A-Z]{2,5}-\d{4}-\d{4,}\b/u;

/**
 * Structural notes (Systemhinweise) for the local alliance. They are anonymous by construction: no
 * case, no author and only the month are stored, and a text that names a person of the case files
 * or a case code is refused — the note would otherwise link back to a person.
 */
export class StructuralNotesService {
  constructor(private readonly session: Session) {}

  listNotes(year: number | null): StructuralNote[] {
    return this.session.transaction((db) => {
      this.session.record('structuralNotes.list');
      return repository.listStructuralNotes(db, { year });
    });
  }

  addNote(note: StructuralNoteInput): { id: string } {
    if (note.observedIn > this.session.today().slice(0, 7)) throw fieldError('note.observedIn', 'validation.monthFuture');
    return this.session.transaction((db) => {
      if (CASE_CODE.test(note.text)) throw fieldError('note.text', 'validation.notAnonymous');
      const names = repository.listNameWords(db);
      if (repository.splitWords(note.text).some((word) => names.has(word))) throw fieldError('note.text', 'validation.notAnonymous');
      const id = randomUUID();
      // Only the day is kept: an exact time could be matched with the journal entry written just before.
      repository.insertStructuralNote(db, { id, note, at: this.session.today() });
      this.session.record('structuralNote.add', { details: { field: note.field, kind: note.kind } });
      return { id };
    });
  }

  deleteNote(id: string): void {
    this.session.transaction((db) => {
      if (!repository.deleteStructuralNote(db, id)) throw new AppError('NOT_FOUND');
      this.session.record('structuralNote.delete');
    });
  }
}
