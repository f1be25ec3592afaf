import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { AccountsPage, FirstPassphrasePage } from './pages/AccountsPage';
import { COLLEAGUE, createColleague, setUpWithCases } from './support/issue4';

/** "Konten" (issue 4) and the forced passphrase change at the first unlock. */

test('the supervisor adds, disables, enables and resets accounts and moves cases by code', async ({ page, bench }) => {
  const { recoveryKey, cases } = await setUpWithCases(bench, 3);
  const codes = cases.map((seeded) => seeded.code);
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const layout = new MainLayout(page);
  await layout.open('Konten');
  const accounts = new AccountsPage(page);
  await expect(accounts.heading).toBeVisible();
  await expect(accounts.row(PEOPLE.counsellor.name)).toContainText('aktiv');
  await expect(accounts.row(PEOPLE.counsellor.name)).toContainText('3');
  // Codes only: the assignment list never shows whose case it is by name.
  for (const code of codes) await expect(accounts.caseCheckbox(code)).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Beispiel0');
  await bench.checkScreen('accounts');

  // Inline German errors for an empty form; nothing is created.
  await accounts.createButton.click();
  await expect(accounts.nameInput).toHaveAttribute('aria-invalid', 'true');
  await expect(accounts.createSection).toContainText('Bitte geben Sie einen Namen ein.');
  await expect(accounts.createSection).toContainText('Das Kennwort muss mindestens 12 Zeichen lang sein.');
  await bench.checkScreen('accounts-create-errors');

  await accounts.createAccount(COLLEAGUE.name, 'Beratungsfachkraft', COLLEAGUE.initial);
  await expect(accounts.createSection.getByRole('status')).toContainText(`Das Konto „${COLLEAGUE.name}“ wurde angelegt.`);
  await expect(accounts.row(COLLEAGUE.name)).toContainText('Erstes Kennwort – wird bei der nächsten Anmeldung geändert');
  await expect(accounts.nameInput).toHaveValue('');

  // The last active supervisor cannot be disabled: the core's message appears at the button.
  await accounts.disable(PEOPLE.supervisor.name);
  await expect(accounts.rowError(PEOPLE.supervisor.name)).toHaveText(/Das letzte aktive Konto der Leitung kann nicht deaktiviert werden/);
  await expect(accounts.disableButton(PEOPLE.supervisor.name)).toBeFocused();
  await expect(accounts.row(PEOPLE.supervisor.name)).toContainText('aktiv');
  await bench.checkScreen('accounts-last-supervisor');

  // Reset access through the recovery key: a wrong key is refused at its field.
  await accounts.openReset(PEOPLE.counsellor.name);
  await bench.checkScreen('accounts-reset-dialog');
  await accounts.fillReset('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-IIII-JJJJ-KKKK-LLLL-MMMM', 'Neues erstes Kennwort 2026');
  await expect(accounts.dialog.getByLabel('Wiederherstellungsschlüssel', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('accounts-reset-errors');
  await accounts.fillReset(recoveryKey, 'Neues erstes Kennwort 2026');
  await expect(accounts.dialog).toHaveCount(0);
  await expect(accounts.status).toContainText(`Der Zugang für „${PEOPLE.counsellor.name}“ wurde zurückgesetzt.`);
  await expect(accounts.row(PEOPLE.counsellor.name)).toContainText('Erstes Kennwort – wird bei der nächsten Anmeldung geändert');

  // Assign one case, then hand the rest over.
  await accounts.assign([codes[0] ?? ''], COLLEAGUE.name);
  await expect(accounts.assignSection.getByRole('status')).toContainText(`Ein Fall ist jetzt ${COLLEAGUE.name} zugeordnet.`);
  await expect(accounts.assignSection.getByRole('listitem').filter({ hasText: codes[0] ?? '' })).toContainText(`bei ${COLLEAGUE.name}`);
  await expect(accounts.row(COLLEAGUE.name).locator('td').nth(2)).toHaveText('1');
  await accounts.handOver(PEOPLE.counsellor.name, COLLEAGUE.name);
  await expect(accounts.handOverSection.getByRole('status')).toContainText(
    `2 Fälle von ${PEOPLE.counsellor.name} wurden an ${COLLEAGUE.name} übergeben.`,
  );
  await expect(accounts.row(COLLEAGUE.name).locator('td').nth(2)).toHaveText('3');
  await expect(accounts.row(PEOPLE.counsellor.name).locator('td').nth(2)).toHaveText('0');
  await bench.checkScreen('accounts-after-handover');

  // Disable after a question, then enable with a new initial passphrase.
  await accounts.disableButton(PEOPLE.counsellor.name).click();
  await expect(accounts.dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await bench.checkScreen('accounts-disable-dialog');
  await accounts.dialog.getByRole('button', { name: 'Deaktivieren', exact: true }).click();
  await expect(accounts.row(PEOPLE.counsellor.name)).toContainText('deaktiviert seit');
  await accounts
    .row(PEOPLE.counsellor.name)
    .getByRole('button', { name: `Aktivieren ${PEOPLE.counsellor.name}` })
    .click();
  await bench.checkScreen('accounts-enable-dialog');
  await accounts.dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await accounts.enable(PEOPLE.counsellor.name, 'Wieder da nach der Elternzeit 1');
  await expect(accounts.row(PEOPLE.counsellor.name)).toContainText('aktiv');
  await expect(accounts.row(PEOPLE.counsellor.name)).not.toContainText('deaktiviert');
});

test('an initial passphrase must be replaced at the first unlock, before anything else', async ({ page, bench }) => {
  await bench.setUpVault();
  await createColleague(bench);
  await bench.open();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);
  await unlock.unlock(COLLEAGUE.name, COLLEAGUE.initial);
  const first = new FirstPassphrasePage(page);
  await expect(first.heading).toBeFocused();
  await expect(layout.navigation).toHaveCount(0);
  await bench.checkScreen('first-passphrase');

  await first.change(COLLEAGUE.initial, COLLEAGUE.own, 'etwas anderes');
  await expect(first.confirmationInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).toContainText('Die beiden Eingaben stimmen nicht überein.');
  await bench.checkScreen('first-passphrase-errors');
  await first.change('falsches erstes Kennwort', COLLEAGUE.own);
  await expect(first.initialInput).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).toContainText('Das erste Kennwort ist falsch.');

  await first.change(COLLEAGUE.initial, COLLEAGUE.own);
  await expect(layout.pageHeading).toHaveText('Heute');
  await expect(layout.navLink('Fristen')).toBeVisible();
  await expect(layout.navLink('Protokoll')).toHaveCount(0);
  await expect(layout.navLink('Konten')).toHaveCount(0);

  // From now on the own passphrase opens Fallbuch directly; the initial one opens nothing.
  await layout.lockButton.click();
  await unlock.unlock(COLLEAGUE.name, COLLEAGUE.initial);
  await expect(unlock.passphraseInput).toHaveAttribute('aria-invalid', 'true');
  await unlock.passphraseInput.fill(COLLEAGUE.own);
  await unlock.unlockButton.click();
  await expect(layout.pageHeading).toHaveText('Heute');
});
