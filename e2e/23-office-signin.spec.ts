import { test, type Browser } from '@playwright/test';
import { expect, expectAccessible } from './fixtures.js';
import { OFFICE_PASSWORD, officeServer } from './office.js';

// The office server in a browser: no one signed in gets the sign-in screen;
// each user signs in with their own account and works as themselves (their
// name and role in the header), and signs out again.
const office = officeServer(
  [
    { username: 'kari', name: 'Kari Nordmann', role: 'innkjøper', departments: [] },
    { username: 'lise', name: 'Lise Leder', role: 'leser', departments: [] },
  ],
  { demo: 5 },
);

/** A browser of its own, at 1366×768; a console error (a CSP violation, a crash) fails the test when it closes. */
async function newPage(browser: Browser) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  context.on('console', (m) => {
    // Chromium logs every 4xx answer (the 401 that asks for sign-in among them); those are answers the app shows.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  const page = await context.newPage();
  return Object.assign(page, {
    done: async () => {
      await context.close();
      expect(errors, 'console errors').toEqual([]);
    },
  });
}

test('a buyer signs in, sees the register as themselves, and signs out', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto(`${office.url}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expect(page).toHaveTitle(/^Anskaff – 127\.0\.0\.1:\d+$/);
  await page.screenshot({ path: 'test-results/screens/office-signin.png' });
  await expectAccessible(page, 'sign-in');

  // Nothing typed: each field says what it lacks.
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText('Skriv inn brukernavnet.')).toBeVisible();
  await expect(page.getByLabel('Brukernavn')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'sign-in with field errors');

  // A wrong password is said at the password field.
  await page.getByLabel('Brukernavn').fill('kari');
  await page.getByLabel('Passord').fill('feil passord igjen');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText('Feil brukernavn eller passord.')).toBeVisible();
  await expect(page.getByLabel('Passord')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Passord')).toBeFocused();

  await page.getByLabel('Passord').fill(OFFICE_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  const user = page.getByTestId('office-user');
  await expect(user).toContainText('Kari Nordmann');
  await expect(user).toContainText('innkjøper');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/office-signed-in.png' });
  await expectAccessible(page, 'overview, signed in');

  await page.getByRole('button', { name: 'Logg ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await page.done();
});

test('a reader signs in in English and is named with their role', async ({ browser }) => {
  const page = await newPage(browser);
  await page.goto(`${office.url}/#/`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('User name').fill('lise');
  await page.getByLabel('Password').fill(OFFICE_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('office-user')).toContainText('Lise Leder');
  await expect(page.getByTestId('office-user')).toContainText('reader');
  await page.goto(`${office.url}/#/cases`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectAccessible(page, 'case list, reader');
  await page.done();
});
