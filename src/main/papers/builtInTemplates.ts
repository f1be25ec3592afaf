import type { BuiltInTemplateId, FreePart, Letterhead, Paper, PaperBlock, PaperDraft, RecipientKind } from '@shared/papers/domain';
import { CONSENT_DATA_CATEGORIES, type ConsentDataCategory, type SpecialCategory } from '@shared/privacy';
import { fieldError } from '../kernel/errors';
import type { CaseFacts } from './caseRepository';
import { FIELD_CATEGORY, OFFER_CATEGORY, countryName, germanDate, label, paperText, personName, townOf } from './format';

/**
 * The five built-in German templates as code: each turns the case's facts, the draft (recipient,
 * free parts, ticked sections) and the letterhead into a `Paper`. Free parts not sent yet get their
 * default text, which is returned too so the form starts from what the paper says.
 */

export interface TemplateSpec {
  freeParts: FreePart[];
  hasSections: boolean;
  hasAppointment: boolean;
}

export const BUILT_IN_SPECS: Record<BuiltInTemplateId, TemplateSpec> = {
  participation: { freeParts: ['subject', 'remarks', 'place'], hasSections: false, hasAppointment: false },
  appointment: { freeParts: ['subject', 'remarks', 'place'], hasSections: false, hasAppointment: true },
  coverLetter: { freeParts: ['subject', 'body', 'place'], hasSections: false, hasAppointment: false },
  statusReport: { freeParts: ['subject', 'occasion', 'summary', 'place'], hasSections: true, hasAppointment: false },
  helpPlan: { freeParts: ['subject', 'agreements', 'place'], hasSections: false, hasAppointment: false },
};

export interface ResolvedRecipient {
  kind: RecipientKind;
  /** The address field's lines (name first); the client's name only, as the case keeps no postal address. */
  lines: string[];
}

export interface PaperInput {
  templateId: BuiltInTemplateId;
  facts: CaseFacts;
  draft: PaperDraft;
  letterhead: Letterhead & { hasLogo: boolean };
  recipient: ResolvedRecipient;
  today: string;
  /** Who writes and signs: the signed-in counsellor. */
  author: string;
}

class Collector {
  readonly categories = new Set<ConsentDataCategory>(['identity']);
  readonly special = new Set<SpecialCategory>();

  add(category: ConsentDataCategory | SpecialCategory): void {
    if ((CONSENT_DATA_CATEGORIES as readonly string[]).includes(category)) this.categories.add(category as ConsentDataCategory);
    else this.special.add(category as SpecialCategory);
  }
}

function personFacts(facts: CaseFacts, today: string, withCode: boolean): PaperBlock {
  const rows = [
    { label: paperText('paper.label.name'), value: personName(facts, false) },
    { label: paperText('paper.label.birthDate'), value: germanDate(facts.birthDate) },
    { label: paperText('paper.label.nationality'), value: facts.nationalities.map(countryName).join(', ') || '–' },
    { label: paperText('paper.label.since'), value: germanDate(facts.intakeDate) },
    { label: paperText('paper.label.programme'), value: label('programme', facts.programme) },
  ];
  if (withCode) {
    rows.push({ label: paperText('paper.label.caseCode'), value: facts.code });
    rows.push({ label: paperText('paper.label.counsellor'), value: facts.counsellorName ?? '–' });
    rows.push({ label: paperText('paper.label.asOf'), value: germanDate(today) });
  }
  return { kind: 'facts', rows };
}

function inPeriod(date: string, period: PaperDraft['period']): boolean {
  return (period.from === null || date >= period.from) && (period.to === null || date <= period.to);
}

function reportSections(input: PaperInput, collector: Collector): PaperBlock[] {
  const { facts, draft } = input;
  const blocks: PaperBlock[] = [];
  const ticked = new Set(draft.sections);
  if (ticked.has('statusHistory')) {
    collector.add('residence');
    blocks.push({ kind: 'heading', text: paperText('paper.section.statusHistory') });
    blocks.push(
      tableOrNone(
        ['paper.column.status', 'paper.column.validFrom', 'paper.column.validUntil', 'paper.column.workPermission'],
        facts.statuses.map((status) => [
          label('residenceStatus', status.status),
          germanDate(status.validFrom),
          germanDate(status.validUntil),
          label('workPermissionNote', status.workPermission),
        ]),
      ),
    );
  }
  if (ticked.has('goals')) blocks.push(...goalBlocks(facts, collector));
  if (ticked.has('referrals')) {
    collector.add('counsellingHistory');
    blocks.push({ kind: 'heading', text: paperText('paper.section.referrals') });
    for (const referral of facts.referrals) collector.add(OFFER_CATEGORY[referral.offerKind] ?? 'counsellingHistory');
    blocks.push(
      tableOrNone(
        ['paper.column.offer', 'paper.column.partner', 'paper.column.referredOn', 'paper.column.result'],
        facts.referrals.map((referral) => [
          label('offerKind', referral.offerKind),
          referral.partnerName ?? '–',
          germanDate(referral.referredOn),
          label('referralResult', referral.result),
        ]),
      ),
    );
  }
  if (ticked.has('contacts')) {
    collector.add('counsellingHistory');
    const contacts = facts.contacts.filter((contact) => inPeriod(contact.occurredOn, draft.period));
    const from = germanDate(draft.period.from ?? facts.intakeDate);
    const to = germanDate(draft.period.to ?? input.today);
    blocks.push({ kind: 'heading', text: paperText('paper.section.contacts', { from, to }) });
    blocks.push({ kind: 'paragraph', text: paperText('paper.contactCount', { count: contacts.length }), free: null });
    for (const contact of contacts) for (const topic of contact.topics) collector.add(FIELD_CATEGORY[topic] ?? 'counsellingHistory');
    if (contacts.length > 0) {
      blocks.push(
        tableOrNone(
          ['paper.column.date', 'paper.column.kind', 'paper.column.minutes', 'paper.column.topics'],
          contacts.map((contact) => [
            germanDate(contact.occurredOn),
            label('contactKind', contact.kind),
            contact.durationMinutes === null ? '–' : String(contact.durationMinutes),
            contact.topics.map((topic) => label('fieldOfAction', topic)).join(', ') || '–',
          ]),
        ),
      );
    }
  }
  return blocks;
}

function goalBlocks(facts: CaseFacts, collector: Collector): PaperBlock[] {
  collector.add('counsellingHistory');
  for (const goal of facts.goals) collector.add(FIELD_CATEGORY[goal.field] ?? 'counsellingHistory');
  return [
    { kind: 'heading', text: paperText('paper.section.goals') },
    tableOrNone(
      ['paper.column.field', 'paper.column.goal', 'paper.column.agreedOn', 'paper.column.targetDate', 'paper.column.goalStatus'],
      facts.goals.map((goal) => [
        label('fieldOfAction', goal.field),
        goal.wording,
        germanDate(goal.agreedOn),
        germanDate(goal.targetDate),
        label('goalStatus', goal.status),
      ]),
    ),
  ];
}

/** A table under the headings of `columns` (text keys), or „keine“ where there are no rows. */
function tableOrNone(columns: readonly string[], rows: string[][]): PaperBlock {
  if (rows.length === 0) return { kind: 'paragraph', text: paperText('paper.none'), free: null };
  return { kind: 'table', header: columns.map((key) => paperText(key)), rows };
}

function freeParagraph(text: string, free: FreePart): PaperBlock[] {
  return text.trim() === '' ? [] : [{ kind: 'paragraph', text: text.trim(), free }];
}

/** Builds a built-in paper; throws a field error when the draft lacks what the template needs. */
export function buildBuiltInPaper(input: PaperInput): { paper: Paper; free: Partial<Record<FreePart, string>> } {
  const { facts, draft, letterhead, today, templateId } = input;
  const collector = new Collector();
  collector.add('counsellingHistory');
  const name = personName(facts, false);
  const formal = personName(facts, true);
  const office = letterhead.organisation || paperText('paper.word.ourOffice');
  const born = facts.birthDate ? paperText('paper.bornOn', { date: germanDate(facts.birthDate) }) : '';
  const defaults: Record<FreePart, string> = {
    subject: paperText(`paper.subject.${templateId}`, { name, born }).replace(/\s+,/g, ',').trim(),
    body: '',
    remarks: templateId === 'participation' ? paperText('paper.participation.remarks') : '',
    occasion: paperText('paper.statusReport.occasion'),
    summary: '',
    agreements: '',
    place: townOf(letterhead.addressLines),
  };
  const spec = BUILT_IN_SPECS[templateId];
  const free: Partial<Record<FreePart, string>> = {};
  for (const part of spec.freeParts) free[part] = draft.free[part] ?? defaults[part];
  const text = (part: FreePart) => free[part] ?? '';

  let blocks: PaperBlock[];
  let salutation: string | null = null;
  let closing: string | null = paperText('paper.closing');
  if (templateId === 'participation') {
    const closedOn = facts.closure?.closedOn ?? null;
    const sentence = closedOn
      ? paperText('paper.participation.closed', {
          person: formal,
          born,
          from: germanDate(facts.intakeDate),
          to: germanDate(closedOn),
          office,
        })
      : paperText('paper.participation.ongoing', { person: formal, born, since: germanDate(facts.intakeDate), office });
    blocks = [
      { kind: 'paragraph', text: sentence.replace(/\s+,/g, ','), free: null },
      personFacts(facts, today, false),
      ...freeParagraph(text('remarks'), 'remarks'),
    ];
  } else if (templateId === 'appointment') {
    if (!draft.appointment) throw fieldError('draft.appointment', 'papers.validation.appointment');
    const { date, time } = draft.appointment;
    const when = time ? paperText('paper.appointment.at', { date: germanDate(date), time }) : germanDate(date);
    const key = date <= today ? 'paper.appointment.attended' : 'paper.appointment.planned';
    blocks = [{ kind: 'paragraph', text: paperText(key, { person: formal, born, when, office }).replace(/\s+,/g, ','), free: null }];
    blocks.push(...freeParagraph(text('remarks'), 'remarks'));
  } else if (templateId === 'coverLetter') {
    salutation =
      input.recipient.kind === 'client'
        ? facts.gender === 'female' || facts.gender === 'male'
          ? paperText(facts.gender === 'female' ? 'paper.salutation.ms' : 'paper.salutation.mr', { name: facts.familyName })
          : paperText('paper.salutation.person', { name })
        : paperText('paper.salutation.office');
    blocks = freeParagraph(text('body'), 'body');
  } else if (templateId === 'statusReport') {
    salutation = null;
    closing = null;
    blocks = [
      personFacts(facts, today, true),
      ...(text('occasion').trim()
        ? [
            {
              kind: 'paragraph' as const,
              text: paperText('paper.occasion', { occasion: text('occasion').trim() }),
              free: 'occasion' as const,
            },
          ]
        : []),
      ...reportSections(input, collector),
      ...(text('summary').trim()
        ? [{ kind: 'heading' as const, text: paperText('paper.section.summary') }, ...freeParagraph(text('summary'), 'summary')]
        : []),
    ];
  } else {
    closing = null;
    blocks = [
      personFacts(facts, today, true),
      ...goalBlocks(facts, collector),
      ...(text('agreements').trim()
        ? [{ kind: 'heading' as const, text: paperText('paper.section.agreements') }, ...freeParagraph(text('agreements'), 'agreements')]
        : []),
      { kind: 'paragraph', text: paperText('paper.helpPlan.agreed'), free: null },
      {
        kind: 'signatures',
        labels: [paperText('paper.signature.person', { name }), paperText('paper.signature.counsellor', { name: input.author })],
      },
    ];
  }
  const place = text('place').trim();
  const paper: Paper = {
    templateId,
    title: paperText(`papers.template.${templateId}`),
    letterhead,
    recipientLines: input.recipient.lines,
    dateLine: place ? `${place}, ${germanDate(today)}` : germanDate(today),
    subject: text('subject').trim(),
    salutation,
    blocks,
    closing,
    signature: templateId === 'helpPlan' ? [] : [input.author, ...(letterhead.signatureBlock ? letterhead.signatureBlock.split('\n') : [])],
    categories: CONSENT_DATA_CATEGORIES.filter((category) => collector.categories.has(category)),
    special: [...collector.special].sort(),
  };
  return { paper, free };
}
