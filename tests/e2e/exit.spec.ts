import { readdir } from 'node:fs/promises';
import { PEOPLE, expect, test, type Bench } from './fixtures';
import { ExitPage } from './pages/ExitPage';
import { call } from './support/seedCases';

/**
 * The exit kit through the German UI (issue 14): the data key for the data-protection audit and
 * the Gesamtexport, supervisor only, each with the supervisor's passphrase and the recovery key.
 */
async function supervisorWithVault(bench: Bench): Promise<string> {
  const recoveryKey = await bench.setUpVault();
  await call(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  return recoveryKey;
}

test('Datenschlüssel: refused with a wrong passphrase, shown once with both credentials, hidden again', async ({ page, bench }) => {
  const recoveryKey = await supervisorWithVault(bench);
  await bench.open();
  const exit = new ExitPage(page);
  await exit.open();
  await expect(exit.heading).toBeVisible();
  await bench.checkScreen('exit-page');

  await exit.fillCredentials(exit.dataKey, 'nicht das Kennwort 123', recoveryKey);
  await exit.dataKey.getByRole('button', { name: 'Datenschlüssel anzeigen' }).click();
  await expect(exit.dataKey.getByLabel('Ihr Kennwort (Leitung)')).toBeFocused();
  await expect(exit.dataKey.getByLabel('Ihr Kennwort (Leitung)')).toHaveAccessibleDescription(/Das Kennwort ist falsch/);
  await expect(exit.shownKey).toHaveCount(0);
  await bench.checkScreen('exit-data-key-refused');

  await exit.fillCredentials(exit.dataKey, PEOPLE.supervisor.passphrase, recoveryKey);
  await exit.dataKey.getByRole('button', { name: 'Datenschlüssel anzeigen' }).click();
  await expect(exit.shownKey).toHaveText(/^[0-9a-f]{64}$/);
  const key = await exit.shownKey.innerText();
  await expect(exit.pragmas).toContainText(`PRAGMA key = "x'${key}'";`);
  await expect(exit.pragmas).toContainText('PRAGMA cipher_compatibility = 4;');
  await expect(exit.dataKey).toContainText('Der Datenschlüssel wird nur jetzt angezeigt.');
  await bench.checkScreen('exit-data-key-shown');
  await exit.hideKeyButton.click();
  await expect(exit.shownKey).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
});

test('Gesamtexport: both confirmations needed, then one ZIP where the dialog said, with its checksum', async ({ page, bench }) => {
  const recoveryKey = await supervisorWithVault(bench);
  await bench.open();
  const exit = new ExitPage(page);
  await exit.open();
  const start = exit.fullExport.getByRole('button', { name: 'Gesamtexport speichern …' });
  const confirmation = exit.fullExport.getByLabel('Zur Bestätigung „GESAMTEXPORT“ eintippen');

  // First confirmation missing: the warning was not acknowledged.
  await exit.fillCredentials(exit.fullExport, PEOPLE.supervisor.passphrase, recoveryKey, false);
  await confirmation.fill('GESAMTEXPORT');
  await start.click();
  await expect(exit.fullExport).toContainText('Bitte bestätigen Sie, dass Sie den Hinweis gelesen haben.');
  // Second confirmation wrong.
  await exit.fillCredentials(exit.fullExport, PEOPLE.supervisor.passphrase, recoveryKey);
  await confirmation.fill('EXPORT');
  await start.click();
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toHaveAccessibleDescription('Bitte tippen Sie zur Bestätigung genau „GESAMTEXPORT“ ein.');
  expect(await readdir(bench.saveDir)).toEqual([]);
  await bench.checkScreen('exit-export-refused');

  await exit.fillCredentials(exit.fullExport, PEOPLE.supervisor.passphrase, recoveryKey);
  await confirmation.fill('GESAMTEXPORT');
  await start.click();
  await expect(exit.fullExport).toContainText(/Gesamtexport gespeichert: Fallbuch-Gesamtexport-\d{4}-\d{2}-\d{2}\.zip/);
  await expect(exit.fullExport).toContainText('Das Zugriffsprotokoll wurde geprüft und ist unverändert.');
  expect((await readdir(bench.saveDir)).filter((name) => name.endsWith('.zip'))).toHaveLength(1);
  await bench.checkScreen('exit-export-done');
});

test('a counsellor has no „Systemwechsel“', async ({ page, bench }) => {
  await bench.setUpVault();
  await call(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
  await bench.open();
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälle', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Systemwechsel' })).toHaveCount(0);
});
