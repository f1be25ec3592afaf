import { CONSENT_DATA_CATEGORIES, SPECIAL_CATEGORIES } from '@shared/privacy/consent';
import type { ProcessingRecordSettings } from '@shared/privacy/processingRecord';
import type { Language } from '@shared/kernel/language';
import { translate } from '@shared/i18n';
import { AppError } from '../kernel/errors';
import type { CorePorts } from '../kernel/ports';
import { writeExportFile, type WrittenFile } from '../kernel/files';
import type { Session } from '../session/session';
import type { AppConfigStore } from '../kernel/config';
import { countActiveAccounts } from './repository';
import { retentionSummary } from './disclosure';
import { readBackupState, readProcessingRecordSettings, readRetentionRules, writeProcessingRecordSettings } from '../settings';
import { renderTextPdf, type Block } from '../kernel/pdf';
import type { PolicyRules } from '../policy';

interface RecordContext {
  settings: ProcessingRecordSettings;
  retention: string;
  autoLockMinutes: number;
  accounts: number;
  reminderDays: number;
  date: string;
  /** What the machine policy pins, in words (heading and one line per pinned value). */
  policy: { heading: string; lines: string[] };
}

/** The Art. 30 entry as blocks; Markdown and PDF are two renderings of the same list. */
export function processingRecordBlocks(language: Language, context: RecordContext): Block[] {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const orUnset = (text: string) => (text.trim() === '' ? t('processingRecord.unset') : text);
  const list = (items: readonly string[]): Block[] =>
    items.length === 0
      ? [{ kind: 'paragraph', text: t('processingRecord.unset') }]
      : items.map((text) => ({ kind: 'paragraph', text: `- ${text}` }));
  return [
    { kind: 'title', text: t('processingRecord.title') },
    { kind: 'paragraph', text: t('processingRecord.activity') },
    { kind: 'small', text: t('processingRecord.generated', { date: context.date }) },
    { kind: 'heading', text: t('processingRecord.controller') },
    { kind: 'paragraph', text: orUnset(context.settings.controller) },
    { kind: 'heading', text: t('processingRecord.dpo') },
    { kind: 'paragraph', text: orUnset(context.settings.dataProtectionOfficer) },
    { kind: 'heading', text: t('processingRecord.purposes') },
    ...list(context.settings.purposes),
    { kind: 'heading', text: t('processingRecord.legalBases') },
    ...list(context.settings.legalBases),
    { kind: 'heading', text: t('processingRecord.dataSubjects') },
    ...list(context.settings.dataSubjects),
    { kind: 'heading', text: t('processingRecord.dataCategories') },
    ...list(CONSENT_DATA_CATEGORIES.map((category) => t(`consent.category.${category}`))),
    { kind: 'heading', text: t('processingRecord.specialCategories') },
    ...list(SPECIAL_CATEGORIES.map((category) => t(`consent.special.${category}`))),
    { kind: 'heading', text: t('processingRecord.recipients') },
    ...list(context.settings.recipients),
    { kind: 'heading', text: t('processingRecord.transfers') },
    { kind: 'paragraph', text: orUnset(context.settings.thirdCountryTransfers) },
    { kind: 'heading', text: t('processingRecord.deletion') },
    ...list([context.retention, t('processingRecord.deletion.accessLog'), t('processingRecord.deletion.statistics')]),
    { kind: 'heading', text: t('processingRecord.measures') },
    ...list([
      t('processingRecord.measure.encryption'),
      t('processingRecord.measure.recovery'),
      t('processingRecord.measure.autoLock', { minutes: context.autoLockMinutes }),
      t('processingRecord.measure.roles', { accounts: context.accounts }),
      t('processingRecord.measure.accessLog'),
      t('processingRecord.measure.offline'),
      t('processingRecord.measure.backup', { days: context.reminderDays }),
      t('processingRecord.measure.erasure'),
    ]),
    { kind: 'heading', text: context.policy.heading },
    ...context.policy.lines.map((text): Block => ({ kind: 'paragraph', text: `- ${text}` })),
  ];
}

export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks
    .map((block) => {
      if (block.kind === 'title') return `# ${block.text}\n`;
      if (block.kind === 'heading') return `\n## ${block.text}\n`;
      if (block.kind === 'small') return `_${block.text}_\n`;
      return `${block.text}\n`;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

export class ProcessingRecordService {
  constructor(
    private readonly session: Session,
    private readonly ports: CorePorts,
    private readonly config: AppConfigStore,
    private readonly policy: PolicyRules,
  ) {}

  private blocks(): { settings: ProcessingRecordSettings; blocks: Block[]; language: Language } {
    const open = this.session;
    const language = this.config.get().language;
    const settings = readProcessingRecordSettings(open.db);
    const accounts = countActiveAccounts(open.db);
    const blocks = processingRecordBlocks(language, {
      settings,
      retention: retentionSummary(language, readRetentionRules(open.db)),
      autoLockMinutes: open.settings.autoLockMinutes,
      accounts: typeof accounts === 'number' ? accounts : 0,
      reminderDays: readBackupState(open.db).reminderDays,
      date: this.session.today(),
      policy: this.policy.recordLines(language),
    });
    return { settings, blocks, language };
  }

  get(): { settings: ProcessingRecordSettings; markdown: string } {
    const { settings, blocks } = this.blocks();
    return { settings, markdown: toMarkdown(blocks) };
  }

  update(settings: ProcessingRecordSettings): { settings: ProcessingRecordSettings; markdown: string } {
    const { db } = this.session;
    db.transaction(() => {
      writeProcessingRecordSettings(db, settings);
      this.session.record('settings.update', { details: { keys: ['processingRecord'] } });
    })();
    return this.get();
  }

  async export(format: 'pdf' | 'markdown'): Promise<{ cancelled: true } | ({ cancelled: false } & WrittenFile)> {
    const choose = this.ports.chooseSaveFile;
    if (!choose) throw new AppError('INTERNAL');
    const extension = format === 'pdf' ? 'pdf' : 'md';
    const path = await choose({ defaultName: `Verarbeitungsverzeichnis-Fallbuch-${this.session.today()}.${extension}`, kind: format });
    if (path === null) return { cancelled: true };
    const { blocks, language } = this.blocks();
    const bytes =
      format === 'pdf'
        ? await renderTextPdf(blocks, {
            title: translate(language, 'processingRecord.title'),
            pageLabel: (page, pages) => translate(language, 'disclosure.page', { page, pages }),
            language: language === 'de' ? 'de-DE' : 'en-GB',
          })
        : toMarkdown(blocks);
    const written = writeExportFile(path, bytes);
    const { db } = this.session;
    db.transaction(() =>
      this.session.record('export.processingRecord', { details: { format, name: written.fileName, sha256: written.sha256 } }),
    )();
    return { cancelled: false, ...written };
  }
}
