import { expect, expectAccessible, freshRegister, test } from './fixtures.js';
import { vanCase } from './seeds.js';

// On one PC (no sign-in) the person at the keyboard may do everything: every
// write is offered, and Innstillinger → Brukere prepares the office server's
// accounts, which go with the register file when it moves to the server.
freshRegister({ seed: vanCase });

test.use({ viewport: { width: 1366, height: 768 } });

test('on one PC every write is offered (a comment added), and Brukere adds an account, refusing a short password on its field', async ({
  page,
}) => {
  // No one signed in: Min oversikt asks for the name the cases give their buyer.
  await page.goto('/#/');
  await expect(page.getByTestId('set-your-name')).toHaveText(/^Skriv navnet ditt under Innstillinger/);
  await page.goto('/#/cases');
  await expect(page.getByRole('link', { name: 'Ny sak' })).toBeVisible();
  await page
    .getByRole('link', { name: /Varebiler/ })
    .first()
    .click();
  await expect(page.getByRole('link', { name: 'Endre', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Flytt saken' })).toBeVisible();
  await expect(page.getByTestId('role-note')).toHaveCount(0);
  // Comments between the office and the case's department, named as this PC's user.
  await page.getByLabel('Ny kommentar').fill('Kan bilene leveres før 1. mars?');
  await page.getByRole('button', { name: 'Legg til kommentar' }).click();
  await expect(page.getByTestId('comments')).toContainText('Kan bilene leveres før 1. mars?');
  await expect(page.getByLabel('Ny kommentar')).toHaveValue('');
  await expectAccessible(page, 'a case with a comment');
  await page.getByTestId('comments').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/case-comments.png' });

  await page.goto('/#/settings');
  const users = page.getByRole('region', { name: 'Brukere' });
  await expect(users).toBeVisible();
  await expect(users.getByText('Ingen brukere ennå.')).toBeVisible();
  await users.getByLabel('Navn', { exact: true }).fill('Nina Holm');
  await users.getByLabel('Brukernavn').fill('nina');
  await users.getByLabel('Rolle').selectOption({ label: 'avdeling' });
  await users.getByLabel('Avdelinger').fill('Helse og omsorg, Oppvekst');
  await users.getByLabel('Passord').fill('kort');
  await users.getByRole('button', { name: 'Legg til' }).click();
  await expect(users.getByText('Passordet må ha minst 12 tegn.')).toBeVisible();
  await expect(users.getByLabel('Passord')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'a new user with a short password');

  await users.getByLabel('Passord').fill('riktig hest batteri stift');
  await users.getByRole('button', { name: 'Legg til' }).click();
  await expect(users.getByRole('status')).toHaveText('Nina Holm er lagt til.');
  const table = users.getByTestId('accounts');
  await expect(table.getByRole('row', { name: /Nina Holm/ })).toContainText('avdeling');
  await expect(table.getByRole('row', { name: /Nina Holm/ })).toContainText('Helse og omsorg, Oppvekst');

  // Made an administrator, then that last administrator cannot be disabled: said beside the box.
  await users.getByRole('button', { name: 'Endre Nina Holm' }).click();
  const edit = users.getByTestId('account-edit');
  await edit.getByLabel('Rolle').selectOption({ label: 'administrator' });
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(edit.getByRole('status')).toHaveText('Endringene for Nina Holm er lagret.');
  await expect(table.getByRole('row', { name: /Nina Holm/ })).toContainText('administrator');
  await expect(edit.getByTestId('audit-list')).toContainText('Endret brukeren');
  await edit.getByLabel('Deaktivert (kan ikke logge inn)').check();
  await edit.getByRole('button', { name: 'Lagre' }).click();
  await expect(edit.getByText(/Nina Holm er den siste aktive administratoren/)).toBeVisible();
  await expectAccessible(page, 'editing a user');
  // The section as it looks in a 1366×768 window: the list, and the user being edited with the refusal beside its box.
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/settings-users.png' });
});
