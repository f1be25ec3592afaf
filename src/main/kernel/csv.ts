/**
 * CSV cells for German Excel (`;`-separated, UTF-8 with BOM, CRLF). A leading = + - @ would make
 * Excel evaluate the cell as a formula, so such a cell gets a leading apostrophe; exports that must
 * keep every value exactly carry a JSON twin and say so.
 */
export const CSV_BOM = '\uFEFF';

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvCell).join(';');
}
