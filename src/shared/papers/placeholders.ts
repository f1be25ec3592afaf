import { z } from 'zod';
import type { ConsentDataCategory } from '../privacy';

/**
 * The placeholders an own DOCX template may use (`{nachname}`; loops `{#ziele}…{/ziele}`). Nothing
 * else: a template reads exactly these values and no other part of the case, and an unknown name is
 * refused at upload with where it stands. Each value belongs to a data category, so the consent
 * check knows what a paper from the template contains.
 */
export interface PlaceholderSpec {
  name: string;
  category: ConsentDataCategory | null;
  /** For loops: the placeholders inside `{#name}…{/name}`. */
  fields?: readonly string[];
}

/** Plain placeholders, listed by the data category their values belong to. */
const inCategory = (category: ConsentDataCategory | null, names: readonly string[]): PlaceholderSpec[] =>
  names.map((name) => ({ name, category }));

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  ...inCategory('identity', ['vorname', 'nachname', 'name', 'anrede', 'geburtsdatum', 'staatsangehoerigkeit', 'herkunftsland']),
  ...inCategory('language', ['sprachen', 'deutschkenntnisse']),
  ...inCategory('counsellingHistory', ['fallzeichen', 'teilnahme_seit', 'programm']),
  ...inCategory(null, ['berater']),
  ...inCategory('residence', ['aufenthaltsstatus', 'status_gueltig_bis', 'erwerbstaetigkeit']),
  ...inCategory(null, [
    'empfaenger',
    'empfaenger_anschrift',
    'stelle',
    'stelle_anschrift',
    'stelle_kontakt',
    'unterschrift',
    'datum',
    'betreff',
  ]),
  ...inCategory('counsellingHistory', ['freitext']),
  { name: 'ziele', category: 'counsellingHistory', fields: ['handlungsfeld', 'ziel', 'zielstatus', 'vereinbart_am', 'zieldatum'] },
  { name: 'statusverlauf', category: 'residence', fields: ['status', 'gueltig_ab', 'gueltig_bis'] },
  { name: 'vermittlungen', category: 'counsellingHistory', fields: ['angebot', 'partner', 'vermittelt_am', 'ergebnis'] },
];

export function placeholderSpec(name: string): PlaceholderSpec | undefined {
  return PLACEHOLDERS.find((spec) => spec.name === name);
}

/** The parts of a DOCX that are filled; a problem names the part and the paragraph (counted from 1). */
export const TEMPLATE_PARTS = ['body', 'header', 'footer', 'footnotes', 'endnotes'] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];

/** Why an uploaded template was refused, and where. */
export const TEMPLATE_PROBLEMS = [
  'notDocx',
  'tooLarge',
  'macros',
  'activeContent',
  'remoteContent',
  'fields',
  'syntax',
  'unknownPlaceholder',
  'misplacedField',
] as const;
export type TemplateProblemKind = (typeof TEMPLATE_PROBLEMS)[number];

export const templateProblemSchema = z.object({
  kind: z.enum(TEMPLATE_PROBLEMS),
  /** The placeholder or part concerned (never case data: the supervisor's own file). */
  name: z.string().nullable(),
  part: z.enum(TEMPLATE_PARTS).nullable(),
  paragraph: z.number().int().nullable(),
});
export type TemplateProblem = z.infer<typeof templateProblemSchema>;
