import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../../src/main/app/createCore';
import { PEOPLE, expect, test, type Bench } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { DataProtectionPage } from './pages/DataProtectionPage';
import { FreshRestoreDialog } from './pages/FreshRestoreDialog';
import { call, caseFields, createCase, setUpAndUnlock } from './support/seedCases';

/**
 * Backups (issue 6): the reminder, "Sicherung erstellen" with a refused target inside the vault,
 * the supervisor's restore (unsaved-changes question, wrong passphrase), a new recovery key and
 * unlocking with it, and restoring onto a fresh installation from the set-up screen and from the
 * unlock screen's problem notice.
 */

const TEST_KDF = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

async function switchTo(bench: Bench, account: { name: string; passphrase: string }): Promise<void> {
  await call(bench, 'vault:lock', {});
  await call(bench, 'vault:unlock', { account: account.name, passphrase: account.passphrase });
}

async function backupFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.fbsicherung'));
}

test('create a backup: reminder, a target inside the vault refused, then written with its checksum', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  await createCase(bench, { familyName: 'Gesichert' });
  // The folder dialog answers with a path that leads into the vault folder.
  await symlink(bench.defaultVaultDir, bench.chosenVaultDir);
  // The reminder waits until a backup is due: eight days after set-up with the default seven.
  bench.advanceClock(8 * 86_400_000);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  const layout = new MainLayout(page);
  const data = new DataProtectionPage(page);
  await expect(data.banner).toContainText('Es gibt noch keine Sicherung dieses Tresors.');
  await bench.checkScreen('backup-banner');
  await data.banner.getByRole('button', { name: 'Jetzt sichern' }).click();
  await expect(data.heading).toBeVisible();
  await expect(data.backupState).toContainText('Es gibt noch keine Sicherung.');
  await bench.checkScreen('data-protection-counsellor');

  await data.createBackupButton.click();
  await expect(page.getByRole('alert')).toContainText('Die Sicherung darf nicht im Tresor-Ordner liegen');
  expect(await backupFiles(bench.defaultVaultDir)).toEqual([]);
  await bench.checkScreen('backup-target-in-vault');

  await rm(bench.chosenVaultDir);
  await mkdir(bench.chosenVaultDir);
  await data.createBackupButton.click();
  await expect(data.writtenFiles).toHaveCount(1);
  const [file] = await backupFiles(bench.chosenVaultDir);
  expect(file).toMatch(/^Fallbuch-Sicherung-\d{4}-\d{2}-\d{2}-\d{4}\.fbsicherung$/);
  await expect(data.writtenFiles).toContainText(file ?? '');
  await expect(data.backupState).toContainText('Letzte Sicherung:');
  await bench.checkScreen('backup-created');
  // The banner is gone once a backup is fresh.
  await layout.open('Fälle');
  await expect(data.banner).toHaveCount(0);
});

test('supervisor restore: unsaved input asked about, wrong passphrase refused, then the old state is back', async ({ page, bench }) => {
  await setUpAndUnlock(bench);
  const before = await createCase(bench, { familyName: 'Vorher' });
  await mkdir(bench.chosenVaultDir);
  await call(bench, 'backup:create', {});
  const [file] = await backupFiles(bench.chosenVaultDir);
  const after = await createCase(bench, { familyName: 'Nachher' });
  await switchTo(bench, PEOPLE.supervisor);
  await bench.open();
  const data = new DataProtectionPage(page);
  await data.open();
  await expect(data.heading).toBeVisible();
  await bench.checkScreen('data-protection-supervisor');

  // Unsaved input on the page is asked about first.
  await page.getByLabel('Abgeschlossene Fälle').fill('9');
  bench.setOpenFiles([path.join(bench.chosenVaultDir, file ?? '')]);
  await data.restoreButton.click();
  const unsaved = page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
  await expect(unsaved).toBeVisible();
  await bench.checkScreen('restore-unsaved-changes');
  await unsaved.getByRole('button', { name: 'Zurück zur Eingabe' }).click();
  await expect(page.getByLabel('Abgeschlossene Fälle')).toHaveValue('9');
  await data.restoreButton.click();
  await unsaved.getByRole('button', { name: 'Verwerfen und fortfahren' }).click();

  await expect(data.restoreDialog).toContainText(file ?? '');
  await expect(data.restoreDialog).toContainText('Alles, was danach eingetragen wurde, geht verloren.');
  await bench.checkScreen('restore-confirm');
  await data.restorePassphrase.fill('nicht mein Kennwort');
  await data.restoreDialog.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(data.restoreDialog.getByText('Das Kennwort ist falsch.', { exact: false })).toBeVisible();
  await bench.checkScreen('restore-wrong-passphrase');
  // Nothing was replaced: the later case is still there.
  await switchTo(bench, PEOPLE.counsellor);
  expect((await call<{ code: string }[]>(bench, 'cases:list', {})).map((row) => row.code).sort()).toEqual([before.code, after.code].sort());
  await switchTo(bench, PEOPLE.supervisor);

  await data.restorePassphrase.fill(PEOPLE.supervisor.passphrase);
  await data.restoreDialog.getByRole('button', { name: 'Wiederherstellen' }).click();
  await expect(page.getByText(/Der Stand vom .* wurde wiederhergestellt\./)).toBeVisible();
  await bench.checkScreen('restore-done');
  await switchTo(bench, PEOPLE.counsellor);
  expect((await call<{ code: string }[]>(bench, 'cases:list', {})).map((row) => row.code)).toEqual([before.code]);
});

test('a new recovery key is shown once and unlocks the vault; the old one no longer does', async ({ page, bench }) => {
  const oldKey = await bench.setUpVault();
  await call(bench, 'vault:unlock', { account: PEOPLE.supervisor.name, passphrase: PEOPLE.supervisor.passphrase });
  await bench.open();
  const data = new DataProtectionPage(page);
  await data.open();
  await data.newRecoveryKeyButton.click();
  const confirm = page.getByRole('dialog', { name: 'Neuen Wiederherstellungsschlüssel erzeugen?' });
  await confirm.getByLabel('Ihr Kennwort zur Bestätigung').fill(PEOPLE.supervisor.passphrase);
  await bench.checkScreen('recovery-key-confirm');
  await confirm.getByRole('button', { name: 'Erzeugen' }).click();
  await expect(data.recoveryKeyShown).toBeVisible();
  const newKey = (await data.recoveryKeyShown.locator('.recovery-group').allTextContents()).join('-');
  expect(newKey.replaceAll('-', '').length).toBeGreaterThan(40);
  await bench.checkScreen('recovery-key-new');
  await data.recoveryDialog.getByRole('checkbox', { name: 'Ich habe den Wiederherstellungsschlüssel sicher verwahrt.' }).check();
  await data.recoveryDialog.getByRole('button', { name: 'Weiter' }).click();
  await expect(data.recoveryDialog).toBeHidden();

  await new MainLayout(page).lockButton.click();
  const unlock = new UnlockPage(page);
  await unlock.unlockWithRecoveryKey(PEOPLE.counsellor.name, oldKey, 'Ein ganz neues Kennwort 2026');
  await expect(page.getByText('Der Wiederherstellungsschlüssel ist falsch.').first()).toBeVisible();
  await bench.checkScreen('recovery-key-old-refused');
  await unlock.recoveryKeyInput.fill(newKey);
  await unlock.recoverySubmitButton.click();
  await expect(new MainLayout(page).pageHeading).toHaveText('Heute');
  await bench.checkScreen('recovery-key-unlocked');
});

/** A vault on "the old PC": its own core and folders, with one case and one backup. */
async function oldPcBackup(): Promise<{ file: string; code: string; recoveryKey: string; root: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'fallbuch-old-pc-'));
  const target = path.join(root, 'USB-Stick');
  await mkdir(target);
  const core = createCore({
    configDir: path.join(root, 'config'),
    defaultVaultDir: path.join(root, 'Tresor'),
    kdf: TEST_KDF,
    ports: { chooseFolder: async () => target },
  });
  const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
    const result = await core.invoke(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  const { recoveryKey } = await invoke<{ recoveryKey: string }>('vault:setup', { vaultDir: path.join(root, 'Tresor'), ...PEOPLE });
  const { code } = await invoke<{ code: string }>('cases:create', { fields: caseFields({ familyName: 'Umgezogen' }) });
  const created = await invoke<{ fileName: string }>('backup:create', {});
  await core.dispose();
  return { file: path.join(target, created.fileName), code, recoveryKey, root };
}

test('fresh installation: restore from the set-up screen, wrong passphrase refused, then unlock normally', async ({ page, bench }) => {
  const old = await oldPcBackup();
  try {
    await bench.open();
    const fresh = new FreshRestoreDialog(page);
    await fresh.entryButton.click();
    await expect(fresh.dialog).toBeVisible();
    await bench.checkScreen('fresh-restore-start');
    bench.setOpenFiles([old.file]);
    await fresh.chooseFileButton.click();
    await expect(fresh.dialog).toContainText(PEOPLE.counsellor.name);
    await expect(fresh.folderInput).toHaveValue(bench.defaultVaultDir);
    await fresh.account().selectOption({ label: `${PEOPLE.counsellor.name} (Beratungsfachkraft)` });
    await fresh.passphraseInput.fill('falsches Kennwort');
    await fresh.restoreButton.click();
    await expect(fresh.dialog.getByText('Das Kennwort ist falsch.', { exact: false })).toBeVisible();
    await bench.checkScreen('fresh-restore-wrong-passphrase');
    expect((await readdir(bench.tempDir)).includes('Tresor')).toBe(false);

    await fresh.passphraseInput.fill(PEOPLE.counsellor.passphrase);
    await fresh.restoreButton.click();
    const unlock = new UnlockPage(page);
    await expect(unlock.heading).toBeVisible();
    await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
    await expect(page.getByRole('main')).toContainText(old.code);
  } finally {
    await rm(old.root, { recursive: true, force: true });
  }
});

test('vault folder lost: the unlock screen offers the restore; a non-empty folder is refused; the recovery key works', async ({
  page,
  bench,
}) => {
  const recoveryKey = await bench.setUpVault();
  await call(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
  const kept = await createCase(bench, { familyName: 'Gerettet' });
  await mkdir(bench.chosenVaultDir);
  await call(bench, 'backup:create', {});
  const [file] = await backupFiles(bench.chosenVaultDir);
  await call(bench, 'vault:lock', {});
  await rm(bench.defaultVaultDir, { recursive: true, force: true });
  await bench.open();
  const unlock = new UnlockPage(page);
  await expect(unlock.problem).toBeVisible();
  const fresh = new FreshRestoreDialog(page);
  await expect(fresh.entryButton).toBeVisible();
  await bench.checkScreen('unlock-problem-restore-offer');
  await fresh.entryButton.click();
  bench.setOpenFiles([path.join(bench.chosenVaultDir, file ?? '')]);
  await fresh.chooseFileButton.click();
  // The folder holding the backup is not empty: refused with the set-up message.
  await fresh.folderInput.fill(bench.chosenVaultDir);
  await fresh.useRecoveryKey();
  await fresh.recoveryKeyInput.fill(recoveryKey);
  await fresh.restoreButton.click();
  await expect(fresh.dialog.getByText('Der Ordner enthält bereits andere Dateien.', { exact: false })).toBeVisible();
  await bench.checkScreen('fresh-restore-folder-not-empty');
  const newFolder = path.join(bench.tempDir, 'Neuer Tresor');
  await fresh.folderInput.fill(newFolder);
  await fresh.restoreButton.click();
  await expect(unlock.heading).toBeVisible();
  await expect(unlock.problem).toHaveCount(0);
  await unlock.unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  await expect(page.getByRole('main')).toContainText(kept.code);
  expect((await readdir(newFolder)).includes('keyslots.json')).toBe(true);
});
