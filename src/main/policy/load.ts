import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { translate } from '@shared/i18n';
import type { Language } from '@shared/kernel/language';
import { NO_POLICY, machinePolicySchema, type MachinePolicy, type PolicyProblem } from '@shared/policy/domain';

/**
 * Reading the machine policy file. It runs before anything else at start: a damaged or invalid file
 * stops the app with a message that names the file and the field, because silently ignoring it
 * would run Fallbuch with settings the organisation has forbidden.
 */

export const POLICY_FILE_NAME = 'policy.json';

/**
 * Where IT puts the file: `%ProgramData%\Fallbuch\policy.json` on Windows (machine-wide, writable
 * only by administrators), `/etc/fallbuch/policy.json` elsewhere.
 */
export function machinePolicyPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? env.ALLUSERSPROFILE;
    const base = programData && path.win32.isAbsolute(programData) ? programData : 'C:\\ProgramData';
    return path.win32.join(base, 'Fallbuch', POLICY_FILE_NAME);
  }
  return path.posix.join('/etc', 'fallbuch', POLICY_FILE_NAME);
}

export type PolicyLoadResult = { ok: true; policy: MachinePolicy; file: string | null } | { ok: false; problem: PolicyProblem };

/** Notepad saves UTF-8 with a byte-order mark, or UTF-16 when „Unicode“ is chosen: both are read. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('utf8');
}

/** Line and column of a JSON.parse error; V8 says either "position N" or "(line L column C)". */
function jsonErrorPosition(message: string, text: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function problem(file: string, field: string | null, messageKey: string, params: Record<string, string | number> = {}): PolicyProblem {
  return { file, field, messageKey, params };
}

const TYPE_KEYS: Readonly<Record<string, string>> = {
  number: 'policy.problem.type.number',
  int: 'policy.problem.type.number',
  string: 'policy.problem.type.string',
  boolean: 'policy.problem.type.boolean',
  array: 'policy.problem.type.array',
  object: 'policy.problem.type.object',
};

/** The field names a (possibly nested) object schema knows, for the „unknown field“ message. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = machinePolicySchema;
  for (const segment of path) {
    const shape = objectShape(schema);
    const next = shape?.[String(segment)];
    if (!next) return [];
    schema = next;
  }
  return Object.keys(objectShape(schema) ?? {});
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  let current: z.ZodType = schema;
  // Unwrap optional and refined wrappers down to the object.
  for (let depth = 0; depth < 5; depth += 1) {
    const definition = current.def as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
    if (definition.type === 'object' && definition.shape) return definition.shape;
    if (!definition.innerType) return null;
    current = definition.innerType;
  }
  return null;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let current = json;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** One zod issue as a field and a text key with its values (`json` is the parsed file, to tell a missing field). */
export function describeIssue(file: string, issue: z.core.$ZodIssue, json: unknown): PolicyProblem {
  const segments = issue.path.map(String);
  const field = segments.join('.');
  if (issue.code !== 'unrecognized_keys' && field !== '' && valueAt(json, issue.path) === undefined) {
    return problem(file, field, 'policy.problem.missing');
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const unknown = issue.keys[0] ?? '';
      return problem(file, [...segments, unknown].join('.'), 'policy.problem.unknown', {
        known: knownKeys(issue.path).join(', '),
      });
    }
    case 'invalid_type': {
      if (issue.expected === 'int') return problem(file, field, 'policy.problem.integer');
      return problem(file, field || null, field ? 'policy.problem.type' : 'policy.problem.notObject', {
        expected: TYPE_KEYS[issue.expected] ?? 'policy.problem.type.object',
      });
    }
    case 'too_small':
      if (issue.message.startsWith('policy.')) return problem(file, field, issue.message);
      return problem(file, field, 'policy.problem.min', { minimum: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return problem(file, field, 'policy.problem.tooLong', { maximum: Number(issue.maximum) });
      if (issue.origin === 'array') return problem(file, field, 'policy.problem.tooManyItems', { maximum: Number(issue.maximum) });
      return problem(file, field, 'policy.problem.max', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return problem(file, field, 'policy.problem.value', { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    case 'invalid_format':
      if (issue.message === 'validation.caseCodePrefix') return problem(file, field, 'policy.problem.caseCodePrefix');
      if (issue.message.startsWith('policy.')) return problem(file, field, issue.message);
      return problem(file, field, 'policy.problem.invalid');
    default:
      return problem(file, field || null, issue.message.startsWith('policy.') ? issue.message : 'policy.problem.invalid');
  }
}

/** Parses policy text; `file` only names it in the problem. */
export function parseMachinePolicy(text: string, file: string): PolicyLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = jsonErrorPosition(error instanceof Error ? error.message : '', text);
    return {
      ok: false,
      problem: position ? problem(file, null, 'policy.problem.json', position) : problem(file, null, 'policy.problem.jsonNoPosition'),
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problem: problem(file, null, 'policy.problem.notObject') };
  }
  const parsed = machinePolicySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: first ? describeIssue(file, first, json) : problem(file, null, 'policy.problem.invalid') };
  }
  return { ok: true, policy: parsed.data, file };
}

/**
 * Reads the policy file. No file means no policy; a file that exists but cannot be read (no
 * permission, a folder in its place) is a problem like an invalid one.
 */
export function loadMachinePolicy(file: string): PolicyLoadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, policy: NO_POLICY, file: null };
    return { ok: false, problem: problem(file, null, 'policy.problem.unreadable', { code }) };
  }
  return parseMachinePolicy(decode(bytes), file);
}

/** The whole message for the start-up dialog, in the given language. */
export function policyProblemMessage(language: Language, found: PolicyProblem): string {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(language, key, params);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(found.params)) {
    params[name] = typeof value === 'string' && value.startsWith('policy.problem.') ? t(value) : value;
  }
  const detail = t(found.messageKey, params);
  return [
    t('policy.problem.intro'),
    '',
    t('policy.problem.file', { file: found.file }),
    found.field ? t('policy.problem.field', { field: found.field, problem: detail }) : detail,
    '',
    t('policy.problem.outro'),
  ].join('\n');
}
