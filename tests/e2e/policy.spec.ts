import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, SettingsPage, SetupPage } from './pages';
import { StatisticsPage } from './pages/StatisticsPage';
import { call } from './support/seedCases';

/**
 * The machine policy on the screens (issue 14): every pinned value says „von Ihrer Organisation
 * festgelegt“ and cannot be changed; the core refuses what the screen would let through anyway.
 */
const PINNED_ROOT = mkdtempSync(path.join(tmpdir(), 'fallbuch-e2e-policy-'));
const PINNED_FOLDER = path.join(PINNED_ROOT, 'Vorgabe', 'Tresor');
test.afterAll(() => rmSync(PINNED_ROOT, { recursive: true, force: true }));

test.describe('set-up on a machine whose policy pins the folder and a longer passphrase', () => {
  test.use({ machinePolicy: { version: 1, vault: { folder: PINNED_FOLDER }, minPassphraseLength: 16 } });

  test('the folder is shown, not chosen; the passphrase rule says the organisation’s minimum', async ({ page, bench }) => {
    const setup = new SetupPage(page);
    await bench.open();
    await expect(setup.folderInput).toHaveValue(PINNED_FOLDER);
    await expect(setup.folderInput).toHaveAttribute('readonly', '');
    await expect(setup.folderInput).toHaveAccessibleDescription(/von Ihrer Organisation festgelegt/);
    await expect(setup.chooseFolderButton).toHaveCount(0);
    await bench.checkScreen('setup-policy-folder');
    await setup.nextButton.click();
    await expect(setup.passphraseInput).toHaveAccessibleDescription(/Mindestens 16 Zeichen \(von Ihrer Organisation festgelegt\)/);
    await setup.fillAccount({ name: PEOPLE.supervisor.name, passphrase: 'Fünfzehn Zeich' });
    await setup.nextButton.click();
    await setup.fillAccount(PEOPLE.counsellor);
    await setup.createButton.click();
    // The core refuses the short passphrase; nothing was created.
    await expect(page.getByText(/kürzer, als Ihre Organisation es verlangt|mindestens 16 Zeichen/).first()).toBeVisible();
    const status = await bench.core.invoke('vault:status', {});
    expect(status.ok && (status.value as { state: string }).state).toBe('uninitialised');
    await bench.checkScreen('setup-policy-passphrase-refused');
  });
});

test.describe('a signed-in counsellor under a policy', () => {
  test.use({
    machinePolicy: {
      version: 1,
      autoLockMaxMinutes: 10,
      caseCodePrefix: 'LEV',
      allowCombine: false,
      letterhead: { organisation: 'Stadt Leverkusen – KI', addressLines: ['Friedrich-Ebert-Platz 1'] },
    },
  });

  test('settings list the pinned values; a longer auto-lock is refused with the reason', async ({ page, bench }) => {
    await bench.setUpVault();
    await call(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
    await bench.open();
    await new MainLayout(page).open('Einstellungen');
    const settings = new SettingsPage(page);
    await expect(settings.heading).toBeVisible();
    const summary = page.getByRole('region', { name: /Vorgaben Ihrer Organisation/ });
    await expect(summary).toContainText('von Ihrer Organisation festgelegt');
    await expect(summary).toContainText('C:\\ProgramData\\Fallbuch\\policy.json');
    await expect(summary).toContainText('10 Minuten');
    await expect(summary).toContainText('LEV');
    await expect(summary).toContainText('Stadt Leverkusen – KI');
    await expect(settings.autoLockInput).toHaveAccessibleDescription(/Ihre Organisation erlaubt höchstens 10 Minuten/);
    await expect(page.getByRole('region', { name: 'Speicherort des Tresors' })).toContainText('lokaler Datenträger');
    await bench.checkScreen('settings-policy');

    await settings.autoLockInput.fill('30');
    await settings.saveAutoLockButton.first().click();
    await expect(settings.autoLockInput).toHaveAccessibleDescription(/Länger erlaubt Ihre Organisation nicht/);
    const stored = await call<{ autoLockMinutes: number }>(bench, 'settings:get', {});
    expect(stored.autoLockMinutes).toBe(5);
    await bench.checkScreen('settings-policy-refused');
  });

  test('combining statistics exports is switched off: said, and the button cannot be used', async ({ page, bench }) => {
    await bench.setUpVault();
    await call(bench, 'vault:unlock', { account: PEOPLE.counsellor.name, passphrase: PEOPLE.counsellor.passphrase });
    await bench.open();
    await new MainLayout(page).open('Statistik');
    const statistics = new StatisticsPage(page);
    await statistics.openView('Exporte zusammenführen');
    await expect(statistics.main).toContainText('von Ihrer Organisation abgeschaltet');
    await expect(statistics.main.getByRole('button', { name: 'JSON-Exporte laden …' })).toBeDisabled();
    await bench.checkScreen('statistics-combine-policy-off');
  });
});
