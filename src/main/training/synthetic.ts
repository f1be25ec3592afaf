import type { CaseFields, StatusInput } from '@shared/cases/domain';
import type { JournalInput } from '@shared/journal/domain';
import { addDays, addMonths, type IsoDate } from '@shared/kernel/dates';
import { DEADLINE_RULES_VERSION, DEFAULT_DEADLINE_SETTINGS, deriveDeadlines, type DeadlineSettings } from '@shared/deadlines/rules';
import type { ClosureReason, Gender, GoalStatus, ReferralResult, ResidenceStatus, Whereabouts } from '@shared/kernel/vocabulary';
import type { VaultDatabase } from '../kernel/db/database';
import { insertCase, insertStatus, insertTrainingStart, reserveCaseCode } from '../cases';
import { insertOwnDeadline, syncDerivedDeadlines, writeRulesVersion } from '../deadlines';
import { insertJournalEntry } from '../journal';
import { findPartnerByName, insertClosure, insertGoal, insertPartner, insertReferral, saveAssessment, setCaseClosedOn } from '../planning';
import { createRandom } from './random';
import {
  ACCESS_ROUTES,
  AGENCIES,
  CLOSINGS,
  CONTACT_KINDS,
  FIELDS,
  NOTE_SENTENCES,
  OFFERS_BY_PARTNER,
  ORIGINS,
  ORIGIN_WEIGHTS,
  PARTNERS,
  PHASES,
  PROGRAMMES,
  STATUS_WEIGHTS,
  WORK_PERMISSION,
  validityMonths,
  type Origin,
} from './syntheticCatalogue';
import { trainingDetails, trainingTimeOfDay } from './trainingMix';

/**
 * Synthetic case files for training vaults, benchmarks and E2E/renderer seeding. Deterministic: the
 * same seed gives the same cases, names and notes in every database, so the encrypted vault and its
 * plain-SQLite twin hold identical content. Every name is invented; nothing here is real data.
 *
 * Distributions follow what NRW programmes report for 18–27-year-olds: Duldung and Gestattung
 * dominate, Ukrainians hold § 24 permits, about 40 journal entries per case.
 */

export interface SeedOptions {
  /** How many cases. */
  count: number;
  /** The counsellor(s) the cases are assigned to and whose journal entries they are; existing user ids. */
  counsellorIds: readonly string[];
  seed?: number;
  /** Average journal entries per case (±25 %). */
  entriesPerCase?: number;
  /** The day the data is "as of" (intake dates and notes lie before it). */
  today?: IsoDate;
  prefix?: string;
  /** Cases per transaction. */
  batchSize?: number;
  deadlineSettings?: DeadlineSettings;
  /**
   * What a training vault adds (issue 10): times of day in the journal, contact data and, for some
   * clients from Syria and Iraq, the name in Arabic script with the Latin spelling of the document.
   * Off by default, so benchmark vaults keep exactly the content (and random sequence) they had.
   */
  isTrainingMix?: boolean;
}

export interface SeedResult {
  cases: number;
  journalEntries: number;
  caseIds: string[];
}

function isoAt(date: IsoDate): string {
  return `${date}T09:00:00.000Z`;
}

/**
 * Fills a migrated vault database with synthetic cases through the core's repositories, in bulk
 * transactions (no access-log entry per case: seeding is not a user's action). Works on the
 * encrypted vault and on a plain SQLite file with the same schema alike.
 */
export function seedCases(db: VaultDatabase, options: SeedOptions): SeedResult {
  const random = createRandom(options.seed ?? 20261121);
  const today = options.today ?? '2026-11-21';
  const entriesPerCase = options.entriesPerCase ?? 40;
  const prefix = options.prefix ?? 'BEN';
  const batchSize = options.batchSize ?? 500;
  const settings = options.deadlineSettings ?? { ...DEFAULT_DEADLINE_SETTINGS };
  // Seeded deadlines come from today's rules: the core must not derive them again at unlock.
  db.transaction(() => writeRulesVersion(db, DEADLINE_RULES_VERSION))();
  const partnerIds = db.transaction(() =>
    PARTNERS.map((partner) => {
      const existing = findPartnerByName(db, partner.name, null);
      if (existing !== null) return { id: existing, kind: partner.kind };
      const id = random.id();
      insertPartner(db, { id, partner: { name: partner.name, kind: partner.kind, contact: 'Zentrale' }, at: isoAt(today) });
      return { id, kind: partner.kind };
    }),
  )();

  const caseIds: string[] = [];
  let journalEntries = 0;
  const seedOne = () => {
    const originCode = random.weighted(ORIGIN_WEIGHTS);
    const origin: Origin = ORIGINS[originCode];
    const gender: Gender = random.chance(0.68) ? 'male' : random.chance(0.97) ? 'female' : random.pick(['diverse', 'notStated'] as const);
    const givenNames = gender === 'female' ? random.pick(origin.female) : random.pick(origin.male);
    const familyName = random.pick(origin.family);
    const age = random.chance(0.03) ? random.pick([17, 28]) : random.int(18, 27);
    const birthDate = addDays(addMonths(today, -12 * age), -random.int(0, 364));
    const intakeDate = addDays(today, -random.int(0, 730));
    const entryDate = addDays(intakeDate, -random.int(60, 2200));
    const status: ResidenceStatus =
      originCode === 'UA'
        ? random.chance(0.9)
          ? 'ae24'
          : 'gestattung55'
        : random.weighted(STATUS_WEIGHTS as Record<ResidenceStatus, number>);
    const fields: CaseFields = {
      familyName,
      givenNames,
      birthDate: birthDate > entryDate ? addDays(entryDate, -400) : birthDate,
      gender,
      nationalities: [originCode],
      countryOfOrigin: originCode,
      languages: [...origin.languages.slice(0, random.int(1, origin.languages.length)), ...(random.chance(0.3) ? ['Deutsch'] : [])],
      interpreterNeeded: random.chance(0.45),
      entryDate: entryDate < birthDate ? null : entryDate,
      housing: random.pick([
        'communalAccommodation',
        'communalAccommodation',
        'ownFlat',
        'sharedFlat',
        'withFamilyOrFriends',
        'supportedHousing',
      ] as const),
      benefits:
        status === 'gestattung55' || status.startsWith('duldung')
          ? random.pick(['asylblg3', 'asylblg2'] as const)
          : random.pick(['sgb2', 'sgb2', 'none'] as const),
      schoolYears: random.int(0, 13),
      schoolCertificate: random.chance(0.3) ? 'Hauptschulabschluss (Klasse 9)' : null,
      schoolCountry: originCode,
      germanLevel: random.pick(['none', 'A1', 'A2', 'A2', 'B1', 'B1', 'B2'] as const),
      germanCertificate: random.chance(0.25) ? 'DTZ A2/B1' : null,
      workExperience: random.chance(0.4)
        ? random.pick(['Landwirtschaft', 'Friseur', 'Bau', 'Gastronomie', 'Schneiderei', 'Kfz-Werkstatt'])
        : null,
      programme: random.weighted(PROGRAMMES),
      accessRoute: random.weighted(ACCESS_ROUTES),
      intakeDate,
      phase: random.weighted(PHASES),
      specialCategoryNotes: null,
    };
    const caseId = random.id();
    const code = reserveCaseCode(db, prefix, Number(intakeDate.slice(0, 4)));
    const counsellorId = random.pick(options.counsellorIds);
    const training = options.isTrainingMix ? trainingDetails(random, originCode, fields) : null;
    insertCase(db, {
      id: caseId,
      code,
      fields: training?.fields ?? fields,
      ...(training ? { contact: training.contact } : {}),
      counsellorId,
      recordKey: random.int(0, 0xffffffff),
      at: isoAt(intakeDate),
    });
    caseIds.push(caseId);

    // Status history: an older record or two, then the current one.
    const statuses: { id: string; status: ResidenceStatus; validFrom: IsoDate | null; validUntil: IsoDate | null }[] = [];
    const history = random.int(1, 3);
    let validUntil = addDays(today, random.int(-30, 200));
    for (let index = 0; index < history; index += 1) {
      const current = index === 0 ? status : random.chance(0.6) ? status : 'gestattung55';
      const months = validityMonths(current, random);
      const validFrom = addMonths(validUntil, -months);
      const input: StatusInput = {
        status: current,
        validFrom,
        validUntil: current === 'settlementPermit' || current === 'unknown' ? null : validUntil,
        workPermission: WORK_PERMISSION[current] ?? 'gainfulActivityPermitted',
        residenceObligation: random.pick(['yes', 'no', 'unknown'] as const),
        identityClarified: current === 'duldung60b' ? 'no' : random.pick(['yes', 'yes', 'inProgress'] as const),
        documentSeenOn: validFrom <= today ? validFrom : null,
      };
      const statusId = random.id();
      insertStatus(db, { ...input, id: statusId, caseId, at: isoAt(validFrom < intakeDate ? intakeDate : validFrom) });
      statuses.push({ id: statusId, status: current, validFrom, validUntil: input.validUntil });
      validUntil = addDays(validFrom, -1);
    }
    const trainingStarts =
      status.startsWith('duldung') && random.chance(0.25) ? [{ id: random.id(), startsOn: `${Number(today.slice(0, 4)) + 1}-08-01` }] : [];
    for (const training of trainingStarts)
      insertTrainingStart(db, {
        id: training.id,
        caseId,
        startsOn: training.startsOn,
        description: 'Ausbildungsbeginn',
        at: isoAt(intakeDate),
      });
    syncDerivedDeadlines(
      db,
      caseId,
      deriveDeadlines({ birthDate: fields.birthDate, statuses: [...statuses].reverse(), trainingStarts, settings }),
      isoAt(intakeDate),
    );
    if (random.chance(0.3))
      insertOwnDeadline(db, {
        id: random.id(),
        caseId,
        kind: 'appointment',
        title: 'Termin Ausländerbehörde',
        dueOn: addDays(today, random.int(-5, 40)),
        at: isoAt(intakeDate),
      });

    // Journal: dates spread between intake and today, oldest first.
    const entries = Math.max(1, Math.round(entriesPerCase * (0.75 + random.next() * 0.5)));
    const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(intakeDate)) / 86_400_000));
    for (let index = 0; index < entries; index += 1) {
      const occurredOn = addDays(intakeDate, Math.floor((span * index) / entries));
      const kind = random.weighted(CONTACT_KINDS);
      const topics = [random.pick(FIELDS), ...(random.chance(0.4) ? [random.pick(FIELDS)] : [])].filter(
        (topic, position, all) => all.indexOf(topic) === position,
      );
      const sentences = topics.flatMap((topic) => [random.pick(NOTE_SENTENCES[topic])]);
      if (random.chance(0.6)) sentences.push(random.pick(NOTE_SENTENCES[random.pick(FIELDS)]));
      sentences.push(random.pick(CLOSINGS));
      const input: JournalInput = {
        occurredOn,
        ...(options.isTrainingMix ? { occurredTime: trainingTimeOfDay(random) } : {}),
        durationMinutes: random.pick([15, 30, 30, 45, 60, 90]),
        kind,
        interpreter: fields.interpreterNeeded && random.chance(0.7),
        topics,
        participants: kind === 'caseConference' ? ['Jobcenter', 'Ausländerbehörde'] : [],
        note: sentences.join(' ').replaceAll('{name}', givenNames).replaceAll('{agency}', random.pick(AGENCIES)),
      };
      insertJournalEntry(db, { id: random.id(), caseId, authorId: counsellorId, at: isoAt(occurredOn), input });
      journalEntries += 1;
    }

    // Plan: a few assessed fields, goals and referrals.
    const assessed = FIELDS.filter(() => random.chance(0.35));
    for (const field of assessed) {
      saveAssessment(
        db,
        caseId,
        {
          field,
          resources: 'Motiviert, gute Unterstützung durch die Familie.',
          needs: random.pick(NOTE_SENTENCES[field]).replaceAll('{name}', givenNames),
          hasNeed: random.chance(0.7),
          priority: random.pick(['high', 'medium', 'low', null] as const),
        },
        isoAt(intakeDate),
      );
    }
    for (let index = random.int(0, 3); index > 0; index -= 1) {
      const agreedOn = addDays(intakeDate, random.int(7, 60));
      if (agreedOn > today) break;
      const goalStatus: GoalStatus = random.pick(['open', 'open', 'partial', 'achieved', 'abandoned'] as const);
      insertGoal(db, {
        id: random.id(),
        caseId,
        goal: {
          field: random.pick(FIELDS),
          wording: 'Ausbildungsplatz für August finden',
          agreedOn,
          targetDate: addMonths(agreedOn, 6),
          status: goalStatus,
        },
        at: isoAt(agreedOn),
      });
    }
    for (let index = random.int(0, 2); index > 0; index -= 1) {
      const partner = random.pick(partnerIds);
      const referredOn = addDays(intakeDate, random.int(7, 90));
      if (referredOn > today) break;
      const result: ReferralResult = random.pick(['open', 'accepted', 'accepted', 'completed', 'declined', 'discontinued'] as const);
      insertReferral(db, {
        id: random.id(),
        caseId,
        referral: {
          partnerId: partner.id,
          offerKind: OFFERS_BY_PARTNER[partner.kind] ?? 'other',
          referredOn,
          result,
          note: '',
          // Synthetic referrals model no releases: like referrals from before the question, they claim neither answer.
          withoutRelease: null,
        },
        at: isoAt(referredOn),
      });
    }

    // About one case in ten is closed.
    if (fields.phase === 'closure' || fields.phase === 'aftercare' || random.chance(0.03)) {
      const closedOn = addDays(today, -random.int(0, Math.min(60, span)));
      const reason: ClosureReason = random.pick([
        'goalsAchieved',
        'transferToStandardServices',
        'relocation',
        'lostContact',
        'ageLimitOrProgrammeEnd',
      ] as const);
      const whereabouts: Whereabouts = random.pick([
        'vocationalTraining',
        'entryQualification',
        'employment',
        'languageCourse',
        'unknown',
      ] as const);
      insertClosure(db, {
        id: random.id(),
        caseId,
        closure: {
          closedOn,
          reason,
          whereabouts,
          statusAtClosure: null,
          aftercareUntil: fields.phase === 'aftercare' ? addMonths(closedOn, 6) : null,
        },
        statusAtClosure: status,
        at: isoAt(closedOn),
      });
      setCaseClosedOn(db, caseId, closedOn, isoAt(closedOn));
      syncDerivedDeadlines(db, caseId, [], isoAt(closedOn));
    }
  };

  for (let done = 0; done < options.count; done += batchSize) {
    const size = Math.min(batchSize, options.count - done);
    db.transaction(() => {
      for (let index = 0; index < size; index += 1) seedOne();
    })();
  }
  return { cases: options.count, journalEntries, caseIds };
}
