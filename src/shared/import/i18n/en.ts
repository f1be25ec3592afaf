import type { importDe } from './de';

/** English texts, same keys as German. */
export const importEn = {
  'error.FILE_REFUSED': 'The file cannot be imported.',
  'import.journalHeading': 'Taken over from a list',
  'import.noDraft': 'No list is open (or Fallbuch was locked in between). Please choose the file again.',
  'import.profileNotFound': 'This saved mapping no longer exists.',
  'import.batchNotFound': 'This import does not exist (any more), or it belongs to another account.',
  'import.noSourceToDelete': 'There is no list just imported that could be deleted.',
  'import.sourceNotDeleted': 'The file could not be deleted (read-only or open elsewhere). Please delete it yourself.',
  'import.nothingToImport': 'No row can be imported. Please check the errors and the decisions on duplicates.',
  'import.undo.changed': '{count} cases of this import have been changed since. Confirm that they stay and only the others are removed.',

  'import.plan.noSheet': 'The file has no such sheet.',
  'import.plan.headerOutside': 'The chosen header row lies outside the table.',
  'import.plan.columnOutside': 'A mapped column does not exist in the table.',
  'import.plan.fieldTwice': 'A field is mapped to several columns (last column {column}). Each field may be used once.',
  'import.plan.nameRequired': 'Please map the name: a column "Name" (given and family name) or one each for family and given names.',

  'import.file.tooLarge': 'The file is larger than {limit} MB. Please split the list or remove sheets you do not need.',
  'import.file.unreadable': 'The file cannot be read (no access, or it was moved or deleted).',
  'import.file.empty': 'The file is empty (0 bytes).',
  'import.file.encrypted':
    'The workbook is encrypted with a password. Please remove the password in Excel (File › Info › Protect Workbook), save, and choose the file again.',
  'import.file.legacyXls':
    'This is a workbook in the old Excel format (.xls). Please save it in Excel as "Excel Workbook (*.xlsx)" and choose it again.',
  'import.file.wrongType': 'The file is not a list but a file of type {found}. Please choose an Excel workbook (.xlsx) or a CSV file.',
  'import.file.notXlsx':
    'The file ends in .xlsx but is not an Excel workbook (found: {found}). Please save the list in Excel as .xlsx again.',
  'import.file.notCsv': 'The file ends in .csv but is an Excel workbook. Please rename it to .xlsx or save it as CSV.',
  'import.file.noData': 'The file holds no table with data.',
  'import.file.damaged': 'The Excel file is damaged or incomplete and cannot be read. Please open and save it in Excel again.',
  'import.file.zipBomb':
    'Unpacked, the Excel file would exceed {limit} MB. To protect the computer it is not read. Please save only the table you need.',
  'import.file.notWorkbook': 'The file is a ZIP archive but not an Excel workbook.',
  'import.file.tooManyRows': 'The list has more than {limit} rows. Please split it into several lists.',
  'import.file.tooManyColumns': 'The list has more than {limit} columns. Please remove columns you do not need.',
  'import.file.cellTooLong': 'A cell (row {row}, column {column}) is longer than {limit} characters. Please shorten it.',
  'import.file.notText': 'The file is not a text file (CSV): it contains control characters. Please choose a CSV or .xlsx file.',
  'import.file.csvQuote': 'The CSV file is damaged: a quotation mark from row {row} is never closed.',

  'import.row.dateInvalid': '"{value}" is not a date (expected e.g. 12.03.2005).',
  'import.row.dateNoYear': '"{value}": the year is missing. Please give it with the year, e.g. 12.03.2026.',
  'import.row.dateAmbiguous': '"{value}" is ambiguous (day and month could be swapped). Please write DD.MM.YYYY.',
  'import.row.twoDigitYearUnresolved': '"{value}": the two-digit year is ambiguous. Please write four digits.',
  'import.row.serialOutOfRange': '"{value}" is out of range as an Excel date number.',
  'import.row.notWholeNumber': '"{value}" is not a whole number.',
  'import.row.valueUnmapped': '"{value}" is not mapped to an entry (step "Map values").',
  'import.row.counsellorUnmapped': '"{value}" is not mapped to an account (step "Map values").',
  'import.row.counsellorInactive': 'The mapped account is not an active counsellor.',
  'import.row.nameNotSplit': 'The name "{value}" cannot be split into given and family name.',
  'import.row.nameMissing': 'Given or family name is missing.',
  'import.row.nameHasDigits': 'The name contains digits (perhaps a sum or footer line).',
  'import.row.statusMissing': 'A validity is given but no residence status.',
  'import.row.tooLong': 'The text is too long (at most {max} characters).',

  'import.note.twoDigitBirthYear': '"{value}" read as {date}: only this way does the two-digit year fit the age 18–27.',
  'import.note.twoDigitYear': '"{value}" read as {date} (two-digit year).',
  'import.note.serialDate': '"{value}" read as an Excel date number: {date}.',
  'import.note.formulaText': 'Starts with "{first}": taken as text, not as a formula.',
  'import.note.statusFromHeader': 'Status "Duldung (§ 60a AufenthG)" taken from the column header.',
  'import.note.notData': 'Row skipped: no case data (e.g. a sum or footnote).',
  'import.note.ageOutsideRange': 'Age {age}: outside 18–27 (a note only).',

  'disclosure.column.batch_id': 'Import',
  'disclosure.column.origin': 'Source of the data',
  'disclosure.column.source_row': 'Row in the imported list',
  'disclosure.column.merged_fields': 'Fields completed from the list',
  'disclosure.column.fingerprint': 'Checksum at import',
  'disclosure.column.status_id': 'Status created by the import (id)',
  'disclosure.column.journal_id': 'Journal entry created by the import (id)',
} as const satisfies Record<keyof typeof importDe, string>;
