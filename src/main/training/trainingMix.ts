import type { CaseContact, CaseFields } from '@shared/cases/domain';
import type { Random } from './random';

/**
 * What a training vault adds to the synthetic mix, so every field can be practised: contact data
 * (invented: the telephone numbers are from the range the Bundesnetzagentur keeps free for films and
 * books, the e-mail domain is example.org), a time of day in the journal, and for some clients from
 * Syria and Iraq the name in Arabic script with the Latin spelling of their papers.
 */

/** Arabic spellings of some of the invented Latin names (the document spelling stays Latin). */
const ARABIC: Readonly<Record<string, string>> = {
  // Syria
  Mohammad: 'محمد',
  Ahmad: 'أحمد',
  Omar: 'عمر',
  Khaled: 'خالد',
  Yousef: 'يوسف',
  Rami: 'رامي',
  Bashar: 'بشار',
  Hassan: 'حسن',
  Abdulrahman: 'عبد الرحمن',
  Aya: 'آية',
  Rama: 'راما',
  Nour: 'نور',
  Hiba: 'هبة',
  Lina: 'لينا',
  Sara: 'سارة',
  Fatima: 'فاطمة',
  Rahaf: 'رهف',
  'Al-Hassan': 'الحسن',
  Khalil: 'خليل',
  Haddad: 'حداد',
  Mansour: 'منصور',
  Darwish: 'درويش',
  'Al-Ahmad': 'الأحمد',
  Hamdan: 'حمدان',
  Suleiman: 'سليمان',
  Kurdi: 'كردي',
  Ibrahim: 'إبراهيم',
  'Al-Khatib': 'الخطيب',
  Othman: 'عثمان',
  // Iraq
  Ali: 'علي',
  Hussein: 'حسين',
  Haider: 'حيدر',
  Mustafa: 'مصطفى',
  Karwan: 'كاروان',
  Rebin: 'ريبين',
  Ahmed: 'أحمد',
  Zaid: 'زيد',
  Zainab: 'زينب',
  Shilan: 'شيلان',
  Rawan: 'روان',
  Dilan: 'ديلان',
  Noor: 'نور',
  Huda: 'هدى',
  Lana: 'لانا',
  'Al-Saadi': 'السعدي',
  Jaff: 'الجاف',
  Barzani: 'بارزاني',
  Hamad: 'حمد',
  'Al-Jubouri': 'الجبوري',
  Mahmoud: 'محمود',
  Kareem: 'كريم',
  Qasim: 'قاسم',
  Khidir: 'خضر',
};

const STREETS = ['Am Übungshof', 'Beispielweg', 'Musterstraße', 'Lindenallee', 'Schulstraße', 'Gartenweg'];
const PLACES = ['51373 Leverkusen', '51379 Leverkusen', '51381 Leverkusen', '51065 Köln'];

/** Office hours in quarter hours, 08:00–16:45. */
export function trainingTimeOfDay(random: Random): string {
  return `${String(random.int(8, 16)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`;
}

function mailbox(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z]+/g, '')
    .toLowerCase();
}

/** Contact data for most clients, and the Arabic-script name for about two in five of those from SY and IQ. */
export function trainingDetails(random: Random, originCode: string, fields: CaseFields): { fields: CaseFields; contact: CaseContact } {
  const arabicFamily = ARABIC[fields.familyName];
  const arabicGiven = ARABIC[fields.givenNames];
  const inArabic =
    (originCode === 'SY' || originCode === 'IQ') && arabicFamily !== undefined && arabicGiven !== undefined && random.chance(0.4);
  const hasContact = random.chance(0.75);
  return {
    fields: inArabic ? { ...fields, familyName: arabicFamily, givenNames: arabicGiven } : fields,
    contact: {
      phone: hasContact ? `030 23125 ${random.int(100, 999)}` : null,
      email: hasContact && random.chance(0.5) ? `${mailbox(fields.givenNames)}.${mailbox(fields.familyName)}@example.org` : null,
      postalAddress: hasContact ? `${random.pick(STREETS)} ${random.int(1, 80)}\n${random.pick(PLACES)}` : null,
      documentFamilyName: inArabic ? fields.familyName : null,
      documentGivenNames: inArabic ? fields.givenNames : null,
    },
  };
}
