import type { exitDe } from './de';

/** Texts of the feature "exit" in English; every German key must exist here. */
export const exitEn = {
  'audit.action.exit.dataKeyRevealed': 'Data key for the data-protection audit shown',
  'audit.action.exit.export': 'Full export saved',
  'exit.nav': 'System change',
  'exit.page.title': 'Data-protection audit and system change',
  'exit.page.intro':
    "Fallbuch locks no one in. With two keys – your passphrase and the office's recovery key – you get the data key for an audit by the data-protection officer, or all data in open formats.",
  'exit.credentials.passphrase': 'Your passphrase (supervisor)',
  'exit.credentials.recoveryKey': "The office's recovery key",
  'validation.acknowledgeRequired': 'Please confirm that you have read the notice.',
  'exit.confirmationMismatch': 'Please type exactly “GESAMTEXPORT” to confirm.',
  'exit.dataKey.heading': 'Data key for the data-protection audit',
  'exit.dataKey.explain':
    'With the data key, the official SQLCipher program opens the vault file fallbuch.db without Fallbuch, so the data-protection officer can check for herself what is stored.',
  'exit.dataKey.warning':
    'Warning: whoever knows the data key can read every case – without a passphrase and without an entry in the access log. Give it only to the auditor, never by e-mail, and do not keep it. Showing it is logged.',
  'exit.dataKey.acknowledge': 'I have read the notice and give the key only to the auditor.',
  'exit.dataKey.show': 'Show the data key',
  'exit.dataKey.shownOnce': 'The data key is shown only now. Once you hide it, it cannot be seen again.',
  'exit.dataKey.label': 'Data key (hexadecimal, 64 characters)',
  'exit.dataKey.pragmas': 'How the auditor opens the file in the SQLCipher program (type exactly this):',
  'exit.dataKey.hide': 'Hide the key',
  'exit.export.heading': 'Full export for a system change',
  'exit.export.explain':
    'The full export holds every table of the vault as JSON (with a schema) and as CSV, the documents as files, and the access log with the result of its verification – in one ZIP file any other system can read.',
  'exit.export.warning':
    'Warning: the ZIP file is NOT encrypted. It holds all case data in plain text. Save it only on a protected drive, hand it only to the successor system and delete it afterwards. The export is logged with the file’s checksum.',
  'exit.export.acknowledge': 'I understand that the export holds all data unencrypted.',
  'exit.export.confirmLabel': 'Type “GESAMTEXPORT” to confirm',
  'exit.export.start': 'Save the full export …',
  'exit.export.working': 'The full export is being created …',
  'exit.export.done': 'Full export saved: {fileName} ({tables} tables, {documents} documents). Checksum (SHA-256): {sha256}',
  'exit.export.logIntact': 'The access log was verified and is unchanged.',
  'exit.export.logNotIntact':
    'Warning: verifying the access log found deviations. The result is in the export (zugriffsprotokoll/pruefung.json).',
  'exit.export.cancelled': 'Cancelled. Nothing was saved.',
} as const satisfies Record<keyof typeof exitDe, string>;
