import { expect, expectAccessible, freshRegister, test } from './fixtures.js';

// A register of its own with the demo municipality.
freshRegister({ demo: 440 });

test('a page without a session says how to get one; the address with the token gives one and leaves the address bar', async ({
  browser,
  baseURL,
}) => {
  // A browser the host has never given a session (another program's, or a page kept open across a restart).
  const context = await browser.newContext({ baseURL, locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    await page.goto('/#/cases');
    await expect(page.getByRole('heading', { name: 'Økten er utløpt' })).toBeVisible();
    await expect(page.getByTestId('session-expired')).toHaveText(
      'Økten er utløpt eller mangler. Åpne Anskaff på nytt fra adressen i terminalen der Anskaff ble startet.',
    );
    await expectAccessible(page, 'session expired');

    await page.goto(`/?token=${process.env.ANSKAFF_WEB_TOKEN}#/cases`);
    await expect(page.getByRole('heading', { name: 'Anskaffelsessaker' })).toBeVisible();
    expect(page.url()).toBe(`${baseURL}/#/cases`);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({
      name: expect.stringMatching(/^anskaff_session_\d+$/),
      httpOnly: true,
      sameSite: 'Strict',
    });
  } finally {
    await context.close();
  }
});
