import { z } from 'zod';

/**
 * The controller's entries for the Art. 30 DSGVO record (Verzeichnis von Verarbeitungstätigkeiten).
 * What Fallbuch itself knows (deletion periods, technical measures, roles) is filled in from the
 * configuration when the record is generated; these are the parts only the controller can say.
 */
const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');
const lines = z.array(text(300).min(1, 'validation.required')).max(30, 'validation.tooMany');

export const processingRecordSettingsSchema = z.strictObject({
  controller: text(500),
  dataProtectionOfficer: text(500),
  purposes: lines,
  legalBases: lines,
  dataSubjects: lines,
  recipients: lines,
  thirdCountryTransfers: text(500),
});
export type ProcessingRecordSettings = z.infer<typeof processingRecordSettingsSchema>;

export const DEFAULT_PROCESSING_RECORD: ProcessingRecordSettings = {
  controller: '',
  dataProtectionOfficer: '',
  purposes: [
    'Individuelle Fallbegleitung junger Geflüchteter (Case Management) zur Teilhabe an Ausbildung und Arbeit',
    'Fristenüberwachung zum Aufenthaltsstatus',
    'Anonymisierte Statistik für Fördermittelgeber und Bündnis',
  ],
  legalBases: [
    'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)',
    'Art. 9 Abs. 2 lit. a DSGVO (ausdrückliche Einwilligung für besondere Kategorien)',
    'Art. 6 Abs. 1 lit. e DSGVO i. V. m. den Förderrichtlinien des Landes NRW',
  ],
  dataSubjects: ['Ratsuchende junge Geflüchtete (18–27 Jahre)', 'Beschäftigte der Beratungsstelle (Konten, Zugriffsprotokoll)'],
  recipients: [
    'Kooperationspartner nur mit Schweigepflichtentbindung der Person (z. B. Ausländerbehörde, Jobcenter, Agentur für Arbeit)',
    'Fördermittelgeber und Bündnis: ausschließlich anonymisierte Tabellen',
  ],
  thirdCountryTransfers: 'Keine. Fallbuch baut keine Netzwerkverbindungen auf.',
};
