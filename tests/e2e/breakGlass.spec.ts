import { PEOPLE, expect, test } from './fixtures';
import { MainLayout, UnlockPage } from './pages';
import { AccountsPage, FirstPassphrasePage } from './pages/AccountsPage';
import { AuditPage } from './pages/AuditPage';
import { ReasonDialog } from './pages/ReasonDialog';
import { COLLEAGUE, setUpWithCases } from './support/issue4';

/**
 * Break-the-glass (issue 4): a second counsellor, created by the supervisor, opens the first
 * counsellor's case only with a reason; the supervisor sees the access flagged in the log.
 */
test('a colleague opens a case with a reason and the supervisor sees it flagged', async ({ page, bench }) => {
  const { cases } = await setUpWithCases(bench, 1);
  const [samirasCase] = cases;
  if (!samirasCase) throw new Error('no case seeded');
  await bench.open();
  const unlock = new UnlockPage(page);
  const layout = new MainLayout(page);

  // The supervisor adds the colleague.
  await unlock.unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  await layout.open('Konten');
  const accounts = new AccountsPage(page);
  await accounts.createAccount(COLLEAGUE.name, 'Beratungsfachkraft', COLLEAGUE.initial);
  await expect(accounts.row(COLLEAGUE.name)).toContainText('Erstes Kennwort – wird bei der nächsten Anmeldung geändert');
  await layout.lockButton.click();

  // The colleague's first unlock: own passphrase first, then "Heute" and the (empty) case list.
  await unlock.unlock(COLLEAGUE.name, COLLEAGUE.initial);
  const first = new FirstPassphrasePage(page);
  await first.change(COLLEAGUE.initial, COLLEAGUE.own);
  await expect(layout.pageHeading).toHaveText('Heute');
  await layout.open('Fälle');
  await expect(layout.pageHeading).toHaveText('Fälle');

  // Samira's case is not in the colleague's list; by its code it asks for a reason.
  const reason = new ReasonDialog(page);
  await expect(page.getByRole('main')).not.toContainText(samirasCase.code);
  await reason.lookUp(samirasCase.code);
  await expect(reason.dialog).toBeVisible();
  await expect(reason.dialog).toContainText(`Der Fall ${samirasCase.code} ist ${PEOPLE.counsellor.name} zugeordnet.`);
  await expect(reason.reason('Vertretung')).toBeFocused();
  await bench.checkScreen('break-glass-reason');

  // An empty reason is refused, in German, at the field; "Sonstiges" needs a text.
  await reason.openButton.click();
  await expect(reason.dialog).toContainText('Bitte geben Sie einen Grund an.');
  await expect(reason.reason('Vertretung')).toHaveAttribute('aria-invalid', 'true');
  await bench.checkScreen('break-glass-reason-empty');
  await reason.reason('Sonstiges').check();
  await reason.openButton.click();
  await expect(reason.textInput).toHaveAttribute('aria-invalid', 'true');
  await expect(reason.dialog).toContainText('Bitte beschreiben Sie den Grund (ohne Namen).');
  await expect(reason.textInput).toBeFocused();

  // Cancelling opens nothing and goes back to the list.
  await reason.cancelButton.click();
  await expect(reason.dialog).toBeHidden();
  await expect(layout.pageHeading).toHaveText('Fälle');

  // With a reason the case opens.
  await reason.lookUp(samirasCase.code);
  await reason.reason('Vertretung').check();
  await reason.openButton.click();
  await expect(reason.dialog).toBeHidden();
  await expect(layout.pageHeading).toContainText(samirasCase.code);
  await expect(page.getByRole('main')).toContainText('Beispiel0');
  await layout.lockButton.click();

  // The supervisor's log shows the access flagged, with the reason and who it was.
  await unlock.unlock(PEOPLE.supervisor.name, PEOPLE.supervisor.passphrase);
  const audit = await AuditPage.open(page);
  await audit.breakGlassOnly.check();
  await expect(audit.count).toHaveText(/^(1 Eintrag|\d+ Einträge, neueste zuerst)$/);
  const viewRow = audit.rows.filter({ hasText: 'Fall geöffnet' }).first();
  await expect(viewRow).toContainText(samirasCase.code);
  await expect(viewRow).toContainText(COLLEAGUE.name);
  await expect(viewRow).toContainText('Notfallzugriff – Vertretung');
  // Every row of this view is a flagged access with the reason given.
  expect(new Set(await audit.columnTexts('reason'))).toEqual(new Set(['Notfallzugriff – Vertretung']));
  await bench.checkScreen('audit-break-glass-only');
});

test('an own case opens by its code without asking, and an unknown code is refused at the field', async ({ page, bench }) => {
  const { cases } = await setUpWithCases(bench, 1);
  const [own] = cases;
  if (!own) throw new Error('no case seeded');
  await bench.open();
  await new UnlockPage(page).unlock(PEOPLE.counsellor.name, PEOPLE.counsellor.passphrase);
  const reason = new ReasonDialog(page);
  await reason.lookUp('LEV-1999-9999');
  await expect(reason.codeInput).toHaveAttribute('aria-invalid', 'true');
  await expect(reason.lookupDialog).toContainText('Einen Fall mit dieser Fallnummer gibt es nicht.');
  await bench.checkScreen('open-by-code-not-found');
  await reason.codeInput.fill(own.code.toLowerCase());
  await reason.lookupDialog.getByRole('button', { name: 'Fall suchen und öffnen' }).click();
  await expect(reason.dialog).toHaveCount(0);
  await expect(new MainLayout(page).pageHeading).toContainText(own.code);
});
