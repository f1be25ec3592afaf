import { COUNTRIES, COUNTRY_CODES, type CountryCode } from '@shared/kernel/countries';
import { comparable } from './sheet';

/**
 * Every way a list names a country: the ISO code (SY), the ISO alpha-3 code (SYR, as on passports),
 * the German and English name (also the everyday form: "Südkorea" beside "Korea, Republik"), and the
 * nationality adjective ("syrisch", "Syrian"). A name two countries share ("Kongo") suggests nothing.
 */

/** ISO 3166-1 alpha-3 → alpha-2; plus XKX (Kosovo, as the EU uses it) and ICAO's XXA/XXX (stateless/unspecified). */
const ALPHA3 =
  'AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU AUT:AT AZE:AZ ' +
  'BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ BIH:BA BWA:BW BVT:BV BRA:BR ' +
  'IOT:IO BRN:BN BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC ' +
  'COL:CO COM:KM COG:CG COD:CD COK:CK CRI:CR CIV:CI HRV:HR CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO ' +
  'ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF ' +
  'GAB:GA GMB:GM GEO:GE DEU:DE GHA:GH GIB:GI GRC:GR GRL:GL GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY ' +
  'HTI:HT HMD:HM VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM ' +
  'JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB LSO:LS LBR:LR LBY:LY ' +
  'LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ MRT:MR MUS:MU MYT:YT MEX:MX ' +
  'FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI ' +
  'NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH ' +
  'PCN:PN POL:PL PRT:PT PRI:PR QAT:QA REU:RE ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC ' +
  'WSM:WS SMR:SM STP:ST SAU:SA SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS ' +
  'SSD:SS ESP:ES LKA:LK SDN:SD SUR:SR SJM:SJ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK ' +
  'TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY UZB:UZ VUT:VU ' +
  'VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW XKX:XK XXA:XX XXX:XX';

export const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(ALPHA3.split(' ').map((pair) => pair.split(':') as [string, string]));

/** Nationality adjectives (German in the -isch form, English demonyms) and everyday names. */
const OTHER_NAMES: Record<string, readonly string[]> = {
  AF: ['afghanisch', 'Afghan'],
  AL: ['albanisch', 'Albanian'],
  AM: ['armenisch', 'Armenian'],
  AO: ['angolanisch', 'Angolan'],
  AZ: ['aserbaidschanisch', 'Azerbaijani'],
  BA: ['bosnisch', 'Bosnien', 'Bosnian'],
  BD: ['bangladeschisch', 'Bangladeshi'],
  BF: ['burkinisch', 'Burkinabe'],
  BG: ['bulgarisch', 'Bulgarian'],
  BI: ['burundisch', 'Burundian'],
  BJ: ['beninisch', 'Beninese'],
  BR: ['brasilianisch', 'Brazilian'],
  BY: ['belarussisch', 'weißrussisch', 'Weißrussland', 'Belarusian'],
  CD: ['DR Kongo', 'Demokratische Republik Kongo', 'Kongo-Kinshasa', 'DRC', 'DR Congo'],
  CG: ['Republik Kongo', 'Kongo-Brazzaville'],
  CI: ['ivorisch', 'Elfenbeinküste', 'Ivory Coast', 'Ivorian'],
  CM: ['kamerunisch', 'Cameroonian'],
  CN: ['chinesisch', 'Chinese'],
  CO: ['kolumbianisch', 'Colombian'],
  CU: ['kubanisch', 'Cuban'],
  DE: ['deutsch', 'German'],
  DZ: ['algerisch', 'Algerian'],
  EG: ['ägyptisch', 'Egyptian'],
  ER: ['eritreisch', 'Eritrean'],
  ET: ['äthiopisch', 'Ethiopian'],
  GB: ['britisch', 'Großbritannien', 'England', 'British'],
  GE: ['georgisch', 'Georgian'],
  GH: ['ghanaisch', 'Ghanaian'],
  GM: ['gambisch', 'Gambian'],
  GN: ['guineisch', 'Guinean'],
  IN: ['indisch', 'Indian'],
  IQ: ['irakisch', 'Iraqi'],
  IR: ['iranisch', 'Iranian', 'Persien'],
  JO: ['jordanisch', 'Jordanian'],
  KE: ['kenianisch', 'Kenyan'],
  KG: ['kirgisisch', 'Kyrgyz'],
  KZ: ['kasachisch', 'Kazakh'],
  LB: ['libanesisch', 'Lebanese'],
  LK: ['sri-lankisch', 'Sri Lankan'],
  LR: ['liberianisch', 'Liberian'],
  LY: ['libysch', 'Libyan'],
  MA: ['marokkanisch', 'Moroccan'],
  MD: ['moldauisch', 'Moldawien', 'Moldovan'],
  ME: ['montenegrinisch', 'Montenegrin'],
  MK: ['nordmazedonisch', 'mazedonisch', 'Mazedonien', 'Macedonian'],
  ML: ['malisch', 'Malian'],
  MN: ['mongolisch', 'Mongolian'],
  MR: ['mauretanisch', 'Mauritanian'],
  NE: ['nigrisch', 'Nigerien'],
  NG: ['nigerianisch', 'Nigerian'],
  NP: ['nepalesisch', 'Nepali'],
  PK: ['pakistanisch', 'Pakistani'],
  PL: ['polnisch', 'Polish'],
  PS: ['palästinensisch', 'Palästina', 'Palästinensische Gebiete', 'Palestine', 'Palestinian'],
  RO: ['rumänisch', 'Romanian'],
  RS: ['serbisch', 'Serbian'],
  RU: ['russisch', 'Russland', 'Tschetschenien', 'Russian'],
  RW: ['ruandisch', 'Rwandan'],
  SD: ['sudanesisch', 'Sudanese'],
  SL: ['sierra-leonisch', 'Sierra Leonean'],
  SN: ['senegalesisch', 'Senegalese'],
  SO: ['somalisch', 'Somali'],
  SS: ['südsudanesisch', 'South Sudanese'],
  SY: ['syrisch', 'Syrian', 'Syrien, Arabische Republik'],
  TD: ['tschadisch', 'Chadian'],
  TG: ['togoisch', 'Togolese'],
  TJ: ['tadschikisch', 'Tajik'],
  TM: ['turkmenisch', 'Turkmen'],
  TN: ['tunesisch', 'Tunisian'],
  TR: ['türkisch', 'Türkei', 'Turkey', 'Türkiye', 'Turkish'],
  UA: ['ukrainisch', 'Ukrainian'],
  UG: ['ugandisch', 'Ugandan'],
  US: ['USA', 'Vereinigte Staaten', 'amerikanisch', 'American'],
  UZ: ['usbekisch', 'Uzbek'],
  VE: ['venezolanisch', 'Venezuelan'],
  VN: ['vietnamesisch', 'Vietnamese'],
  XK: ['kosovarisch', 'Kosovar'],
  XX: ['staatenlos', 'ungeklärt', 'ungeklärte Staatsangehörigkeit', 'unbekannt', 'Stateless', 'unknown'],
  YE: ['jemenitisch', 'Yemeni'],
};

/** "syrische", "syrischer", "syrisches" → "syrisch": German adjectives come declined in lists. */
function adjectiveStem(key: string): string {
  return key.replace(/isch(e|er|es|en|em)$/, 'isch');
}

function namesOf(code: CountryCode): string[] {
  const country = COUNTRIES.find((candidate) => candidate.code === code);
  const names = [country?.de ?? '', country?.en ?? '', ...(OTHER_NAMES[code] ?? [])];
  for (const language of ['de', 'en']) {
    // The everyday short form ("Südkorea", "Iran") beside the official list form.
    if (/^[A-Z]{2}$/.test(code) && code !== 'XX' && code !== 'XK')
      names.push(new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? '');
  }
  // "Korea, Republik" is also written "Republik Korea".
  for (const name of [...names]) {
    const [first, second] = name.split(', ');
    if (first && second) names.push(`${second} ${first}`);
  }
  return names.filter((name) => name !== '');
}

function buildIndex(): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const code of COUNTRY_CODES) {
    for (const name of namesOf(code)) {
      const key = adjectiveStem(comparable(name));
      if (key === '' || ambiguous.has(key)) continue;
      const known = index.get(key);
      if (known !== undefined && known !== code) {
        index.delete(key);
        ambiguous.add(key);
      } else {
        index.set(key, code);
      }
    }
  }
  return index;
}

let nameIndex: ReadonlyMap<string, string> | null = null;

/** The country a list value names, or null. Built on first use (Intl look-ups for every code). */
export function countryOfText(text: string): string | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/i.test(trimmed) && COUNTRY_CODES.includes(upper as CountryCode)) return upper;
  if (/^[A-Z]{3}$/i.test(trimmed)) {
    const fromAlpha3 = ALPHA3_TO_ALPHA2.get(upper);
    if (fromAlpha3) return fromAlpha3;
  }
  nameIndex ??= buildIndex();
  return nameIndex.get(adjectiveStem(comparable(trimmed))) ?? null;
}
