import { createHash, randomUUID } from 'node:crypto';
import {
  BUILT_IN_TEMPLATES,
  isConsentSufficient,
  isOwnTemplate,
  type BuiltInTemplateId,
  type FreePart,
  type Paper,
  type PaperConsent,
  type PaperDraft,
  type PaperFormat,
  type PaperRecord,
  type TemplateInfo,
  type WrittenPaperFile,
} from '@shared/papers/domain';
import type { ReleaseCheck } from '@shared/privacy';
import { AppError, fieldError } from '../kernel/errors';
import type { VaultDatabase } from '../kernel/db/database';
import { writeExportFile } from '../kernel/files';
import type { CorePorts } from '../kernel/ports';
import type { Session } from '../session/session';
import { addJournalEntry } from '../journal';
import { findRelease } from '../privacy';
import { BUILT_IN_SPECS, buildBuiltInPaper, type ResolvedRecipient } from './builtInTemplates';
import { readCaseFacts, readPartner, type CaseFacts } from './caseRepository';
import { renderPaperDocx } from './docxPaper';
import { personName, paperText } from './format';
import { keepInCase } from './keep';
import { effectiveLetterhead, type PolicyLetterhead } from './letterhead';
import { filledPaper, fillTemplate, ownTemplateSpec, templateValues } from './ownTemplates';
import { renderPaperPdf } from './pdfPaper';
import * as repository from './repository';

/**
 * Papers from templates in a case (issue 12): preview, consent check, writing PDF and DOCX, keeping
 * them in the case, the journal entry and the access-log entry (template, recipient kind, SHA-256
 * of each file — never a name).
 */

export interface Composed {
  paper: Paper;
  free: Partial<Record<FreePart, string>>;
  consent: PaperConsent;
  logo: Uint8Array | null;
  /** Own templates: the filled DOCX (the DOCX paper is the template itself, not a rendering). */
  filledDocx: Uint8Array | null;
  recipient: ResolvedRecipient;
}

export function templateInfos(db: VaultDatabase): TemplateInfo[] {
  const builtIn = BUILT_IN_TEMPLATES.map((id) => ({
    id,
    name: null,
    isOwn: false,
    ...BUILT_IN_SPECS[id],
    placeholders: [],
    fileName: null,
    createdAt: null,
  }));
  const own = repository.listTemplates(db).map((row) => ({
    id: `own:${row.id}`,
    name: row.name,
    isOwn: true,
    ...ownTemplateSpec(row.placeholders),
    placeholders: row.placeholders,
    fileName: row.fileName,
    createdAt: row.createdAt,
  }));
  return [...builtIn, ...own];
}

function resolveRecipient(
  db: VaultDatabase,
  draft: PaperDraft,
  facts: CaseFacts,
): ResolvedRecipient & { release: { partnerId: string | null; recipientText: string | null } | null } {
  const addressLines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const { recipient } = draft;
  if (recipient.kind === 'client') return { kind: 'client', lines: [personName(facts, true)], release: null };
  if (recipient.kind === 'partner') {
    const partner = readPartner(db, recipient.partnerId);
    if (!partner) throw fieldError('draft.recipient.partnerId', 'validation.invalid');
    return {
      kind: 'partner',
      lines: [partner.name, ...addressLines(recipient.address)],
      release: { partnerId: recipient.partnerId, recipientText: null },
    };
  }
  return {
    kind: 'other',
    lines: [recipient.name, ...addressLines(recipient.address)],
    release: { partnerId: null, recipientText: recipient.name },
  };
}

export function judgeConsent(paper: Paper, release: ReleaseCheck | null): PaperConsent {
  if (release === null) return { verdict: 'notNeeded', missing: [], missingSpecial: [], validUntil: null };
  if (release.status !== 'valid') return { verdict: release.status, missing: [], missingSpecial: [], validUntil: release.validUntil };
  const missing = paper.categories.filter((category) => !release.dataCategories.includes(category));
  const missingSpecial = paper.special.filter((category) => !release.specialCategories.includes(category));
  const verdict = missing.length > 0 || missingSpecial.length > 0 ? 'categoriesMissing' : 'valid';
  return { verdict, missing, missingSpecial, validUntil: release.validUntil };
}

/** The paper for a draft from given facts (a case's, or the training case's for a template preview). */
export function composePaper(
  db: VaultDatabase,
  input: {
    caseId: string | null;
    facts: CaseFacts;
    draft: PaperDraft;
    today: string;
    author: string;
    policyLetterhead: PolicyLetterhead | null;
  },
): Composed {
  const { facts, draft, today, author } = input;
  const current = effectiveLetterhead(db, input.policyLetterhead);
  const letterhead = { ...current.letterhead, hasLogo: current.logo !== null };
  const recipient = resolveRecipient(db, draft, facts);
  let paper: Paper;
  let free: Partial<Record<FreePart, string>>;
  let filledDocx: Uint8Array | null = null;
  if (isOwnTemplate(draft.templateId)) {
    const template = repository.findTemplate(db, draft.templateId.slice('own:'.length));
    if (!template) throw new AppError('NOT_FOUND');
    filledDocx = fillTemplate(template.content, templateValues({ facts, draft, letterhead: current.letterhead, recipient, today, author }));
    paper = filledPaper(filledDocx, {
      templateId: draft.templateId,
      name: template.name,
      letterhead,
      placeholders: template.placeholders,
      facts,
    });
    free = Object.fromEntries(ownTemplateSpec(template.placeholders).freeParts.map((part) => [part, draft.free[part] ?? '']));
  } else {
    ({ paper, free } = buildBuiltInPaper({
      templateId: draft.templateId as BuiltInTemplateId,
      facts,
      draft,
      letterhead,
      recipient,
      today,
      author,
    }));
  }
  const release =
    recipient.release && input.caseId !== null ? findRelease(db, { caseId: input.caseId, ...recipient.release }, today) : null;
  const consent =
    recipient.release === null
      ? judgeConsent(paper, null)
      : judgeConsent(
          paper,
          release ?? { status: 'none', consentId: null, validUntil: null, purpose: null, dataCategories: [], specialCategories: [] },
        );
  return { paper, free, consent, logo: current.logo, filledDocx, recipient };
}

const DOCUMENT_KIND: Record<BuiltInTemplateId, 'certificate' | 'correspondence' | 'other'> = {
  participation: 'certificate',
  appointment: 'certificate',
  coverLetter: 'correspondence',
  statusReport: 'correspondence',
  helpPlan: 'other',
};

/** File names carry the case code (a pseudonym) and the day, never a name. */
function fileBaseName(paper: Paper, code: string, today: string): string {
  const title =
    paper.title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'Schriftstueck';
  return `${title}-${code}-${today}`;
}

export class PapersService {
  constructor(
    private readonly session: Session,
    private readonly ports: CorePorts,
    private readonly policyLetterhead: PolicyLetterhead | null,
  ) {}

  private compose(db: VaultDatabase, caseId: string, draft: PaperDraft): Composed {
    const facts = readCaseFacts(db, caseId);
    if (!facts) throw new AppError('NOT_FOUND');
    return composePaper(db, {
      caseId,
      facts,
      draft,
      today: this.session.today(),
      author: this.session.actor.name,
      policyLetterhead: this.policyLetterhead,
    });
  }

  preview(caseId: string, draft: PaperDraft): { paper: Paper; consent: PaperConsent; free: Partial<Record<FreePart, string>> } {
    return this.session.transaction((db) => {
      this.session.record('case.paper.preview', { case: this.session.requireCase(caseId), details: { template: draft.templateId } });
      const { paper, consent, free } = this.compose(db, caseId, draft);
      return { paper, consent, free };
    });
  }

  list(caseId: string): PaperRecord[] {
    return this.session.transaction((db) => {
      this.session.record('case.papers.list', { case: this.session.requireCase(caseId) });
      return repository.listPapers(db, caseId);
    });
  }

  async create(
    caseId: string,
    input: { draft: PaperDraft; formats: PaperFormat[]; saveCopy: boolean; journal: boolean },
  ): Promise<{ cancelled: true } | { cancelled: false; paperId: string; files: WrittenPaperFile[]; journalEntryId: string | null }> {
    const head = this.session.requireCase(caseId);
    const composed = this.session.transaction((db) => {
      this.session.record('case.paper.read', { case: head, details: { template: input.draft.templateId } });
      return this.compose(db, caseId, input.draft);
    });
    if (!isConsentSufficient(composed.consent)) {
      throw new AppError('CONSENT_REQUIRED', {
        messageKey: `papers.consent.refused.${composed.consent.verdict}`,
        params: {
          categories: [
            ...composed.consent.missing.map((category) => paperText(`consent.category.${category}`)),
            ...composed.consent.missingSpecial.map((category) => paperText(`consent.special.${category}`)),
          ].join(', '),
        },
      });
    }
    const today = this.session.today();
    const formats = [...new Set(input.formats)].sort();
    const base = fileBaseName(composed.paper, head.code, today);
    let copyPath: string | null = null;
    if (input.saveCopy) {
      if (!this.ports.chooseSaveFile) throw new AppError('INTERNAL');
      const first = formats[0] ?? 'pdf';
      copyPath = await this.ports.chooseSaveFile({ defaultName: `${base}.${first}`, kind: first });
      if (copyPath === null) return { cancelled: true };
    }
    const rendered = await Promise.all(
      formats.map(async (format) => ({
        format,
        bytes:
          format === 'pdf'
            ? await renderPaperPdf(composed.paper, { logo: composed.logo })
            : (composed.filledDocx ?? (await renderPaperDocx(composed.paper, { logo: composed.logo }))),
      })),
    );
    const files: WrittenPaperFile[] = [];
    for (const { format, bytes } of rendered) {
      const fileName = `${base}.${format}`;
      const written = copyPath === null ? null : writeExportFile(copyPath.replace(/\.(pdf|docx)$/i, '') + `.${format}`, bytes);
      const kind = isOwnTemplate(composed.paper.templateId) ? 'other' : DOCUMENT_KIND[composed.paper.templateId as BuiltInTemplateId];
      const documentId = await keepInCase(this.session, caseId, { bytes, fileName, kind, date: today, note: composed.paper.title });
      const sha256 = written?.sha256 ?? createHash('sha256').update(bytes).digest('hex');
      files.push({ format, fileName: written?.fileName ?? fileName, sha256, bytes: bytes.length, documentId });
    }
    const paperId = randomUUID();
    const journalEntryId = this.session.transaction((db) => {
      repository.insertPaper(db, {
        id: paperId,
        caseId,
        templateId: composed.paper.templateId,
        recipientKind: composed.recipient.kind,
        files,
        createdBy: this.session.actor.userId,
        at: this.session.at(),
      });
      const entry = input.journal
        ? addJournalEntry(this.session, caseId, {
            occurredOn: today,
            durationMinutes: null,
            // An Aktenvermerk: the journal records the paper, it was no contact with the person.
            kind: 'note',
            interpreter: false,
            topics: [],
            participants: [],
            note: paperText('papers.journal', { title: composed.paper.title, recipient: composed.recipient.lines[0] ?? '' }),
          }).id
        : null;
      this.session.record('case.paper.create', {
        case: head,
        details: {
          template: composed.paper.templateId,
          recipientKind: composed.recipient.kind,
          files: files.map((file) => ({ format: file.format, sha256: file.sha256 })),
        },
      });
      return entry;
    });
    return { cancelled: false, paperId, files, journalEntryId };
  }
}
