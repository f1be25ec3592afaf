import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import type { Letterhead, Paper, PaperBlock, PaperDraft } from '@shared/papers/domain';
import { placeholderSpec } from '@shared/papers/placeholders';
import { CONSENT_DATA_CATEGORIES, SPECIAL_CATEGORIES, type ConsentDataCategory, type SpecialCategory } from '@shared/privacy';
import type { ResolvedRecipient, TemplateSpec } from './builtInTemplates';
import type { CaseFacts } from './caseRepository';
import { docxBlocks } from './docxText';
import { FIELD_CATEGORY, OFFER_CATEGORY, countryName, germanDate, label, personName, salutationWord } from './format';

/**
 * Own templates at work: the values of the known placeholders from the case (German wording, dates
 * as TT.MM.JJJJ), docxtemplater filling them with a parser that reads exactly those names and
 * nothing else (no expressions, no property paths), and the filled body as a `Paper` for the
 * preview and the PDF. The DOCX keeps the template's own layout; the PDF shows its text under the
 * office letterhead (Fallbuch has no Word layout engine).
 */

export interface ValueSource {
  facts: CaseFacts;
  draft: PaperDraft;
  letterhead: Letterhead;
  recipient: ResolvedRecipient;
  today: string;
  author: string;
}

type Values = Record<string, string | Record<string, string>[]>;

export function templateValues(source: ValueSource): Values {
  const { facts, draft, letterhead, recipient } = source;
  const current = facts.statuses.at(-1) ?? null;
  return {
    vorname: facts.givenNames,
    nachname: facts.familyName,
    name: personName(facts, false),
    anrede: salutationWord(facts.gender),
    geburtsdatum: germanDate(facts.birthDate),
    staatsangehoerigkeit: facts.nationalities.map(countryName).join(', '),
    herkunftsland: facts.countryOfOrigin ? countryName(facts.countryOfOrigin) : '',
    sprachen: facts.languages.join(', '),
    deutschkenntnisse: facts.germanLevel ? label('germanLevel', facts.germanLevel) : '',
    fallzeichen: facts.code,
    teilnahme_seit: germanDate(facts.intakeDate),
    programm: label('programme', facts.programme),
    berater: source.author,
    aufenthaltsstatus: current ? label('residenceStatus', current.status) : '',
    status_gueltig_bis: current?.validUntil ? germanDate(current.validUntil) : '',
    erwerbstaetigkeit: current?.workPermission ? label('workPermissionNote', current.workPermission) : '',
    empfaenger: recipient.lines[0] ?? '',
    empfaenger_anschrift: recipient.lines.slice(1).join('\n'),
    stelle: letterhead.organisation,
    stelle_anschrift: letterhead.addressLines.join('\n'),
    stelle_kontakt: letterhead.contact,
    unterschrift: [source.author, letterhead.signatureBlock].filter(Boolean).join('\n'),
    datum: germanDate(source.today),
    betreff: draft.free.subject ?? '',
    freitext: draft.free.body ?? '',
    ziele: facts.goals.map((goal) => ({
      handlungsfeld: label('fieldOfAction', goal.field),
      ziel: goal.wording,
      zielstatus: label('goalStatus', goal.status),
      vereinbart_am: goal.agreedOn ? germanDate(goal.agreedOn) : '',
      zieldatum: goal.targetDate ? germanDate(goal.targetDate) : '',
    })),
    statusverlauf: facts.statuses.map((status) => ({
      status: label('residenceStatus', status.status),
      gueltig_ab: status.validFrom ? germanDate(status.validFrom) : '',
      gueltig_bis: status.validUntil ? germanDate(status.validUntil) : '',
    })),
    vermittlungen: facts.referrals.map((referral) => ({
      angebot: label('offerKind', referral.offerKind),
      partner: referral.partnerName ?? '',
      vermittelt_am: germanDate(referral.referredOn),
      ergebnis: label('referralResult', referral.result),
    })),
  };
}

/** Reads a placeholder's value from the innermost scope that has it as its own property; nothing else. */
function knownOnly(tag: string) {
  const name = tag.trim();
  return {
    get(scope: unknown): unknown {
      if (scope === null || typeof scope !== 'object') return undefined;
      return Object.hasOwn(scope, name) ? (scope as Record<string, unknown>)[name] : undefined;
    },
  };
}

export function fillTemplate(content: Uint8Array, values: Values): Uint8Array {
  const document = new Docxtemplater(new PizZip(content), {
    paragraphLoop: true,
    linebreaks: true,
    errorLogging: false,
    parser: knownOnly,
    nullGetter: () => '',
  });
  document.render(values);
  return document.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

/** What the form offers for an own template: the free parts its placeholders ask for. */
export function ownTemplateSpec(placeholders: readonly string[]): TemplateSpec {
  return {
    freeParts: [
      ...(placeholders.includes('betreff') ? (['subject'] as const) : []),
      ...(placeholders.includes('freitext') ? (['body'] as const) : []),
    ],
    hasSections: false,
    hasAppointment: false,
  };
}

/** What a paper from the template contains: each placeholder's category, and for goals and referrals what their fields tell. */
export function ownTemplateCategories(
  placeholders: readonly string[],
  facts: CaseFacts,
): { categories: ConsentDataCategory[]; special: SpecialCategory[] } {
  const found = new Set<string>(['identity']);
  for (const name of placeholders) {
    const category = placeholderSpec(name)?.category;
    if (category) found.add(category);
  }
  if (placeholders.includes('ziele')) for (const goal of facts.goals) found.add(FIELD_CATEGORY[goal.field] ?? 'counsellingHistory');
  if (placeholders.includes('vermittlungen'))
    for (const referral of facts.referrals) found.add(OFFER_CATEGORY[referral.offerKind] ?? 'counsellingHistory');
  return {
    categories: CONSENT_DATA_CATEGORIES.filter((category) => found.has(category)),
    special: SPECIAL_CATEGORIES.filter((category) => found.has(category)),
  };
}

/** The filled template's body as paper blocks: headings, paragraphs (empty ones dropped), tables with their first row as header. */
export function filledPaper(
  filled: Uint8Array,
  meta: {
    templateId: string;
    name: string;
    letterhead: Letterhead & { hasLogo: boolean };
    placeholders: readonly string[];
    facts: CaseFacts;
  },
): Paper {
  const xml = new PizZip(filled).file('word/document.xml')?.asText() ?? '';
  const blocks: PaperBlock[] = [];
  for (const block of docxBlocks(xml)) {
    if (block.kind === 'table') {
      const [header = [], ...rows] = block.rows;
      if (header.length > 0) blocks.push({ kind: 'table', header, rows });
    } else if (block.text.trim() !== '') {
      blocks.push(block.heading === null ? { kind: 'paragraph', text: block.text, free: null } : { kind: 'heading', text: block.text });
    }
  }
  return {
    templateId: meta.templateId,
    title: meta.name,
    letterhead: meta.letterhead,
    recipientLines: [],
    dateLine: '',
    subject: '',
    salutation: null,
    blocks,
    closing: null,
    signature: [],
    ...ownTemplateCategories(meta.placeholders, meta.facts),
  };
}
