import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { CSV_BOM, csvLine } from '../kernel/csv';
import type { TableColumn, TableShape } from './repository';

/**
 * The Gesamtexport as files: every table as JSON (an array of row objects) and CSV, one JSON Schema
 * describing every table file, the access log's verification, the files other features contribute
 * (documents), a manifest with the SHA-256 of every file, and a German read-me. Zipped in memory and
 * written once, where the supervisor chose, by the caller.
 */

/** A file a feature adds to the Gesamtexport (documents as files), below its own folder. */
export interface ExitFile {
  /** Path inside the export, with `/`, e.g. `dokumente/FB-2026-0001/Zeugnis.pdf`. */
  path: string;
  bytes: Uint8Array;
}

export const FORMAT = 'fallbuch-gesamtexport';
const SCHEMA_ID = 'https://fallbuch.de/schema/gesamtexport/v1/schema.json';

/** JSON for a cell: BLOBs (keys, MACs, encrypted documents) as base64 in an object of their own. */
function jsonValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return String(value);
}

/** SQLite type affinity of a declared type (https://sqlite.org/datatype3.html §3.1). */
function affinity(declaredType: string): 'integer' | 'text' | 'blob' | 'real' | 'numeric' {
  const type = declaredType.toUpperCase();
  if (type.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(type)) return 'text';
  if (type === '' || type.includes('BLOB')) return 'blob';
  if (/REAL|FLOA|DOUB/.test(type)) return 'real';
  return 'numeric';
}

const BLOB_SCHEMA = {
  type: 'object',
  properties: { base64: { type: 'string', contentEncoding: 'base64' } },
  required: ['base64'],
  additionalProperties: false,
};

/**
 * The JSON Schema of one column. STRICT tables hold exactly their declared type; other tables only
 * prefer it (SQLite stores what it is given), so there the schema names the preferred type first
 * and allows the others SQLite could have kept.
 */
function columnSchema(column: TableColumn, strict: boolean): Record<string, unknown> {
  const byAffinity: Record<ReturnType<typeof affinity>, Record<string, unknown>[]> = {
    integer: [{ type: 'integer' }],
    real: [{ type: 'number' }],
    text: [{ type: 'string' }],
    blob: [BLOB_SCHEMA],
    numeric: [{ type: 'number' }],
  };
  const preferred = byAffinity[affinity(column.declaredType)];
  const loose = [{ type: 'number' }, { type: 'string' }, BLOB_SCHEMA];
  const options = strict ? preferred : [...preferred, ...loose.filter((option) => !preferred.includes(option))];
  const withNull = column.notNull ? options : [...options, { type: 'null' }];
  return {
    description: `${column.name} (${column.declaredType || 'ohne Typ'}${column.notNull ? ', NOT NULL' : ''})`,
    ...(withNull.length === 1 ? withNull[0] : { anyOf: withNull }),
  };
}

export function schemaOf(tables: readonly TableShape[]): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (const table of tables) {
    definitions[table.name] = {
      title: `Tabelle ${table.name}`,
      type: 'array',
      items: {
        type: 'object',
        properties: Object.fromEntries(table.columns.map((column) => [column.name, columnSchema(column, table.strict)])),
        required: table.columns.map((column) => column.name),
        additionalProperties: false,
      },
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Fallbuch-Gesamtexport: Tabellen',
    description: 'Jede Datei tabellen/<name>.json ist ein Array von Zeilen; ihr Schema ist $defs/<name>.',
    $defs: definitions,
  };
}

export interface TableFiles {
  name: string;
  rows: number;
  json: Uint8Array;
  csv: Uint8Array;
}

/** One table as its JSON and CSV file, from rows in column order. */
export function tableFiles(table: TableShape, rows: Iterable<unknown[]>): TableFiles {
  const names = table.columns.map((column) => column.name);
  const jsonRows: string[] = [];
  const csvLines: string[] = [csvLine(names)];
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    names.forEach((name, index) => {
      record[name] = jsonValue(row[index]);
    });
    jsonRows.push(JSON.stringify(record));
    csvLines.push(csvLine(row.map(csvValue)));
  }
  return {
    name: table.name,
    rows: jsonRows.length,
    json: Buffer.from(`[\n${jsonRows.join(',\n')}\n]\n`, 'utf8'),
    csv: Buffer.from(`${CSV_BOM}${csvLines.join('\r\n')}\r\n`, 'utf8'),
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const README = `Fallbuch – Gesamtexport bei Systemwechsel
==========================================

Diese ZIP-Datei enthält alle Daten eines Fallbuch-Tresors UNVERSCHLÜSSELT.
Bitte nur auf geschützten Laufwerken speichern und nach der Übernahme löschen.

Inhalt
------
manifest.json                  Liste aller Dateien mit Größe und SHA-256-Prüfwert, Anzahl der Zeilen je Tabelle
schema.json                    JSON Schema (Draft 2020-12) aller Tabellen-Dateien ($defs/<tabelle>)
tabellen/<tabelle>.json        jede Tabelle als JSON-Array von Zeilen (maßgeblich: exakte Werte)
tabellen/<tabelle>.csv         dieselbe Tabelle als CSV (UTF-8 mit BOM, Trennzeichen Semikolon, für Excel)
zugriffsprotokoll/pruefung.json  Ergebnis der Prüfung des Zugriffsprotokolls beim Export
dokumente/                     Dokumente der Fälle als Dateien (sofern vorhanden)

Hinweise
--------
- Binäre Werte (Schlüssel, Prüfsummen, verschlüsselte Inhalte) stehen als {"base64": "..."} im JSON und als Base64 im CSV.
- Im CSV beginnt ein Wert, der mit = + - @ anfängt, mit einem Apostroph, damit Excel ihn nicht als Formel ausführt.
  Die JSON-Dateien enthalten die Werte unverändert.
- Das Zugriffsprotokoll steht vollständig in tabellen/audit_log.*; wie die Prüfung funktioniert, beschreibt docs/access-log.md.
- Der Suchindex (virtuelle Tabellen) fehlt: er wird aus den übrigen Tabellen berechnet.
`;

export interface ArchiveInput {
  vaultId: string;
  createdAt: string;
  schemaVersion: number;
  appVersion: string;
  tables: TableFiles[];
  derived: string[];
  verification: unknown;
  schema: Record<string, unknown>;
  contributed: ExitFile[];
}

/** The whole export as ZIP bytes, and the manifest's own hash for the access log. */
export function buildArchive(input: ArchiveInput): { zip: Uint8Array; manifestSha256: string } {
  const files: Record<string, Uint8Array> = {};
  const add = (path: string, bytes: Uint8Array) => {
    if (files[path]) throw new Error(`duplicate export path ${path}`);
    files[path] = bytes;
  };
  add('LIESMICH.txt', Buffer.from(README, 'utf8'));
  add('schema.json', Buffer.from(`${JSON.stringify(input.schema, null, 2)}\n`, 'utf8'));
  for (const table of input.tables) {
    add(`tabellen/${table.name}.json`, table.json);
    add(`tabellen/${table.name}.csv`, table.csv);
  }
  add('zugriffsprotokoll/pruefung.json', Buffer.from(`${JSON.stringify(input.verification, null, 2)}\n`, 'utf8'));
  for (const file of input.contributed) add(file.path, file.bytes);
  const manifest = {
    format: FORMAT,
    version: 1,
    vaultId: input.vaultId,
    createdAt: input.createdAt,
    schemaVersion: input.schemaVersion,
    appVersion: input.appVersion,
    tables: input.tables.map((table) => ({
      name: table.name,
      rows: table.rows,
      json: `tabellen/${table.name}.json`,
      csv: `tabellen/${table.name}.csv`,
    })),
    derivedTablesLeftOut: input.derived,
    documents: input.contributed.length,
    files: Object.entries(files).map(([path, bytes]) => ({ path, bytes: bytes.length, sha256: sha256(bytes) })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  files['manifest.json'] = manifestBytes;
  // A fixed time stamp on every entry: the same vault exports to the same bytes.
  const mtime = new Date(input.createdAt);
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { mtime }]])), { level: 6 });
  return { zip, manifestSha256: sha256(manifestBytes) };
}
