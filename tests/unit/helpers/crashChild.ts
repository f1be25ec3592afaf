import { writeSync } from 'node:fs';
import { createChildCore } from './childCore';

/**
 * Child of crashSafety.test.ts: unlocks the vault through the real core and writes cases and
 * journal entries in a loop until it is killed. A line goes to stdout only after the call returned
 * (its transaction committed): that line is the acknowledgement the parent holds the vault to.
 */
const [configDir, vaultDir, account, passphrase] = process.argv.slice(2);
if (!configDir || !vaultDir || !account || !passphrase) process.exit(2);

const core = createChildCore(configDir, vaultDir);

function acknowledge(line: string): void {
  writeSync(1, `${line}\n`);
}

async function main(): Promise<void> {
  const unlocked = await core.invoke('vault:unlock', { account, passphrase });
  if (!unlocked.ok) process.exit(3);
  acknowledge('ready');
  for (let index = 0; ; index += 1) {
    const created = await core.invoke('cases:create', {
      fields: {
        familyName: `Absturz ${process.pid} ${index}`,
        givenNames: 'Test',
        birthDate: '2004-05-15',
        gender: 'female',
        nationalities: ['SY'],
        countryOfOrigin: 'SY',
        languages: ['Arabisch'],
        interpreterNeeded: false,
        entryDate: '2022-03-01',
        housing: null,
        benefits: null,
        schoolYears: null,
        schoolCertificate: null,
        schoolCountry: null,
        germanLevel: null,
        germanCertificate: null,
        workExperience: null,
        programme: 'kim',
        accessRoute: 'immigrationOffice',
        intakeDate: '2026-03-02',
        phase: 'intake',
        specialCategoryNotes: null,
      },
    });
    if (!created.ok) process.exit(4);
    const { id } = created.value as { id: string };
    acknowledge(`case ${id}`);
    const entry = await core.invoke('journal:add', {
      caseId: id,
      entry: {
        occurredOn: '2026-03-02',
        durationMinutes: 30,
        kind: 'inPerson',
        interpreter: false,
        topics: [],
        participants: [],
        note: `Notiz ${index} `.repeat(20),
      },
    });
    if (!entry.ok) process.exit(5);
    acknowledge(`journal ${(entry.value as { id: string }).id}`);
  }
}

void main();
