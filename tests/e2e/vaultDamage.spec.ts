import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { call, createCase, setUpAndUnlock } from './support/seedCases';

/**
 * A damaged vault at unlock (issue 14): it is put aside untouched, the screen says so in plain
 * words and offers the newest backup, which goes back into the same folder.
 */
test('damaged vault: quarantined, explained, the newest backup restored into the same folder', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await createCase(bench, { familyName: 'Gerettet' });
  await mkdir(bench.chosenVaultDir, { recursive: true });
  await call(bench, 'backup:create', {});
  await call(bench, 'vault:lock', {});
  const databaseFile = path.join(bench.defaultVaultDir, 'fallbuch.db');
  const damaged = await readFile(databaseFile);
  for (let index = 0; index < 256; index += 1) damaged[index] = (damaged[index] ?? 0) ^ 0x5a;
  await writeFile(databaseFile, damaged);

  await bench.open();
  const unlock = new UnlockPage(page);
  await unlock.account(PEOPLE.counsellor.name).check();
  await unlock.passphraseInput.fill(PEOPLE.counsellor.passphrase);
  await unlock.unlockButton.click();
  const notice = page.getByRole('region', { name: 'Die Tresordatei ist beschädigt' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/unverändert im Ordner „Quarantaene-\d{4}-\d{2}-\d{2}-\d{4}“/);
  await expect(notice).toContainText(/Neueste bekannte Sicherung: Fallbuch-Sicherung-.*\.fbsicherung/);
  const quarantine = (await readdir(bench.defaultVaultDir)).find((name) => name.startsWith('Quarantaene-')) ?? '';
  expect((await readFile(path.join(bench.defaultVaultDir, quarantine, 'fallbuch.db'))).equals(damaged)).toBe(true);
  await bench.checkScreen('vault-damaged');

  await notice.getByRole('button', { name: 'Neueste Sicherung wiederherstellen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(/Ordner/).first()).toHaveValue(bench.defaultVaultDir);
  await bench.checkScreen('vault-damaged-restore');
  // The first account of the backup is preselected: the supervisor.
  await expect(dialog.getByLabel('Konto', { exact: true })).toHaveValue(PEOPLE.supervisor.name);
  await dialog.getByLabel('Kennwort', { exact: true }).fill(PEOPLE.supervisor.passphrase);
  await dialog
    .getByRole('button', { name: /wiederherstellen/i })
    .last()
    .click();
  await expect(unlock.heading).toBeVisible();
  await expect(notice).toHaveCount(0);
  await unlock.account(PEOPLE.counsellor.name).check();
  await unlock.passphraseInput.fill(PEOPLE.counsellor.passphrase);
  await unlock.unlockButton.click();
  const layout = new MainLayout(page);
  await expect(layout.pageHeading).toHaveText('Heute');
  await layout.open('Fälle');
  await expect(page.getByRole('main')).toContainText('Gerettet');
});
