import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Letterhead, LetterheadView, Paper, PaperDraft, TemplateId, TemplateInfo } from '@shared/papers/domain';
import type { TemplateProblem } from '@shared/papers/placeholders';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import type { Session } from '../session/session';
import { cleanLogo, effectiveLetterhead, letterheadView, type PolicyLetterhead } from './letterhead';
import * as repository from './repository';
import { SAMPLE_CASE } from './sampleCase';
import { composePaper, templateInfos } from './service';
import { MAX_TEMPLATE_BYTES, inspectTemplate } from './templateCheck';

/**
 * What the supervisor controls for papers: the office letterhead (set once, used on every paper)
 * and own DOCX templates (checked, kept encrypted in the vault, previewed against the training
 * case — never against a person of the vault).
 */

export function getLetterhead(session: Session, policy: PolicyLetterhead | null): LetterheadView {
  return letterheadView(effectiveLetterhead(session.db, policy));
}

/** Stores the letterhead; fields the machine policy pins keep the policy's value on every paper. */
export function updateLetterhead(session: Session, letterhead: Letterhead, policy: PolicyLetterhead | null): LetterheadView {
  return session.transaction((db) => {
    repository.writeLetterhead(db, letterhead, session.actor.userId, session.at());
    session.record('letterhead.update');
    return letterheadView(effectiveLetterhead(db, policy));
  });
}

/** PNG/JPEG from the open dialog, cleaned (re-encoded as PNG, no metadata) before it is kept. */
export async function chooseLogo(
  session: Session,
  ports: CorePorts,
  policy: PolicyLetterhead | null,
): Promise<{ cancelled: true } | (LetterheadView & { cancelled: false })> {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  const [path] = (await ports.chooseOpenFiles({ kind: 'image' })) ?? [];
  if (path === undefined) return { cancelled: true };
  if (statSync(path).size > 5 * 1024 * 1024) throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.logoTooLarge' });
  const logo = await cleanLogo(readFileSync(path));
  return session.transaction((db) => {
    repository.writeLogo(db, logo, session.actor.userId, session.at());
    session.record('letterhead.logo', { details: { sha256: createHash('sha256').update(logo).digest('hex') } });
    return { ...letterheadView(effectiveLetterhead(db, policy)), cancelled: false as const };
  });
}

export function removeLogo(session: Session, policy: PolicyLetterhead | null): LetterheadView {
  return session.transaction((db) => {
    repository.writeLogo(db, null, session.actor.userId, session.at());
    session.record('letterhead.logo', { details: { removed: true } });
    return letterheadView(effectiveLetterhead(db, policy));
  });
}

export type UploadOutcome =
  | { cancelled: true }
  | { cancelled: false; outcome: 'saved'; template: TemplateInfo }
  | { cancelled: false; outcome: 'refused'; fileName: string; problems: TemplateProblem[] };

/** An own template from the open dialog: inspected (no code, no remote content, only known placeholders), then kept. */
export async function uploadTemplate(session: Session, ports: CorePorts, name: string): Promise<UploadOutcome> {
  if (!ports.chooseOpenFiles) throw new AppError('INTERNAL');
  const [path] = (await ports.chooseOpenFiles({ kind: 'docx' })) ?? [];
  if (path === undefined) return { cancelled: true };
  const fileName = basename(path);
  const size = statSync(path).size;
  const bytes = size > MAX_TEMPLATE_BYTES ? null : new Uint8Array(readFileSync(path));
  const inspection =
    bytes === null
      ? { ok: false as const, problems: [{ kind: 'tooLarge' as const, name: null, part: null, paragraph: null }] }
      : inspectTemplate(bytes);
  const sha256 = bytes === null ? null : createHash('sha256').update(bytes).digest('hex');
  if (!inspection.ok || bytes === null || sha256 === null) {
    session.transaction(() =>
      session.record('paperTemplate.refused', { details: { sha256, problems: inspection.ok ? [] : inspection.problems } }),
    );
    return { cancelled: false, outcome: 'refused', fileName, problems: inspection.ok ? [] : inspection.problems };
  }
  const id = randomUUID();
  return session.transaction((db) => {
    repository.insertTemplate(db, {
      id,
      name,
      fileName,
      content: bytes,
      sha256,
      placeholders: inspection.placeholders,
      createdBy: session.actor.userId,
      at: session.at(),
    });
    session.record('paperTemplate.upload', { object: `own:${id}`, details: { sha256 } });
    const template = templateInfos(db).find((info) => info.id === `own:${id}`);
    if (!template) throw new AppError('INTERNAL');
    return { cancelled: false, outcome: 'saved', template };
  });
}

export function removeTemplate(session: Session, templateId: TemplateId): void {
  if (!templateId.startsWith('own:')) throw new AppError('INVALID_INPUT', { fields: { templateId: 'validation.invalid' } });
  session.transaction((db) => {
    if (!repository.deleteTemplate(db, templateId.slice('own:'.length))) throw new AppError('NOT_FOUND');
    session.record('paperTemplate.remove', { object: templateId });
  });
}

/** The draft a template is previewed with: to the person, the training case's data, no free text typed. */
export function sampleDraft(templateId: TemplateId): PaperDraft {
  return {
    templateId,
    recipient: { kind: 'client' },
    free: {},
    sections: ['statusHistory', 'goals', 'referrals', 'contacts'],
    period: { from: null, to: null },
    appointment: { date: '2026-03-02', time: '10:00' },
  };
}

/** Any template (built-in or own) filled with the training case („Schulungsfall“), for the supervisor's preview. */
export function previewTemplate(session: Session, templateId: TemplateId, policy: PolicyLetterhead | null): { paper: Paper } {
  return session.transaction((db) => {
    const { paper } = composePaper(db, {
      caseId: null,
      facts: SAMPLE_CASE,
      draft: sampleDraft(templateId),
      today: session.today(),
      author: session.actor.name,
      policyLetterhead: policy,
    });
    return { paper };
  });
}
