import { randomUUID } from 'node:crypto';
import { EMPTY_LETTERHEAD, type Paper, type PaperFormat } from '@shared/papers/domain';
import type { VignetteChoice, VignetteDraft } from '@shared/papers/vignette';
import { AppError } from '../kernel/errors';
import { writeExportFile } from '../kernel/files';
import type { CorePorts } from '../kernel/ports';
import type { Session } from '../session/session';
import { readCaseFacts, readPartnerNames, readVaultTraits } from './caseRepository';
import { renderPaperDocx } from './docxPaper';
import { paperText } from './format';
import { renderPaperPdf } from './pdfPaper';
import { insertPaper } from './repository';
import { lineText, vignetteDraft } from './vignette';

/**
 * The vignette's review and writing. Only the counsellor's choices travel from the renderer: the
 * lines are rebuilt from the case each time, so nothing precise enters except typed text, which is
 * scanned and must be confirmed. The file carries no letterhead (the office's town is a place), no
 * date and no case code — also not in its name; it is logged and recorded with its hash.
 */

function draftOf(session: Session, caseId: string, choices: readonly VignetteChoice[]): VignetteDraft {
  return session.transaction((db) => {
    session.record('case.vignette.draft', { case: session.requireCase(caseId) });
    const facts = readCaseFacts(db, caseId);
    if (!facts) throw new AppError('NOT_FOUND');
    return vignetteDraft(facts, choices, { partnerNames: readPartnerNames(db), vault: readVaultTraits(db) });
  });
}

export function draftVignette(session: Session, caseId: string, choices: readonly VignetteChoice[] = []): VignetteDraft {
  return draftOf(session, caseId, choices);
}

export function vignettePaper(draft: VignetteDraft): Paper {
  return {
    templateId: 'vignette',
    title: paperText('papers.template.vignette'),
    letterhead: { ...EMPTY_LETTERHEAD, hasLogo: false },
    recipientLines: [],
    dateLine: '',
    subject: '',
    salutation: null,
    blocks: draft.lines.filter((line) => !line.removed).map((line) => ({ kind: 'paragraph', text: lineText(line), free: null })),
    closing: null,
    signature: [],
    categories: [],
    special: [],
  };
}

export async function renderVignette(draft: VignetteDraft, format: PaperFormat): Promise<Uint8Array> {
  const paper = vignettePaper(draft);
  return format === 'pdf' ? renderPaperPdf(paper, { logo: null, withoutDates: true }) : renderPaperDocx(paper, { logo: null });
}

export async function writeVignette(
  session: Session,
  ports: CorePorts,
  input: { caseId: string; choices: VignetteChoice[]; format: PaperFormat; confirmWarnings: boolean },
): Promise<{ cancelled: true } | { cancelled: false; fileName: string; sha256: string; bytes: number }> {
  const draft = draftOf(session, input.caseId, input.choices);
  if (draft.check.warnings.length > 0 && !input.confirmWarnings)
    throw new AppError('INVALID_INPUT', { messageKey: 'papers.error.vignetteWarnings' });
  if (!ports.chooseSaveFile) throw new AppError('INTERNAL');
  const bytes = await renderVignette(draft, input.format);
  const path = await ports.chooseSaveFile({ defaultName: `Anonymisierter-Fallverlauf.${input.format}`, kind: input.format });
  if (path === null) return { cancelled: true };
  const written = writeExportFile(path, bytes);
  session.transaction((db) => {
    session.record('case.vignette.write', {
      case: session.requireCase(input.caseId),
      details: { template: 'vignette', recipientKind: 'none', files: [{ format: input.format, sha256: written.sha256 }] },
    });
    insertPaper(db, {
      id: randomUUID(),
      caseId: input.caseId,
      templateId: 'vignette',
      recipientKind: 'none',
      files: [{ format: input.format, fileName: written.fileName, sha256: written.sha256, bytes: written.bytes, documentId: null }],
      createdBy: session.actor.userId,
      at: session.at(),
    });
  });
  return { cancelled: false, ...written };
}
