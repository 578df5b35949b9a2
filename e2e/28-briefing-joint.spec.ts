import { execFileSync } from 'node:child_process';
import { formatNokShort, todayInOslo } from '../core/index.js';
import type { Service } from '../service/service.js';
import { expect, expectAccessible, freshRegister, shot, test } from './fixtures.js';

// The briefing pack of a year with a joint procurement: every table of the
// portfolio, the themes table too, counts the case at the office's own share
// and says so. Malvik takes 40 % of the 10 million, so the office's 6 million
// differs from the whole and a table that summed the whole would show it.

function seed(service: Service) {
  const ok = (method: string, input: unknown) => {
    const r = service.dispatch(method, input, 'nb');
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return (r as { value: { id: number } }).value;
  };
  const c = ok('cases.create', {
    caseNumber: '2026/9600',
    title: 'Felles kjøp av velferdsteknologi',
    department: 'Helse og omsorg',
    buyer: 'Per Ødegård',
    estimatedValue: 10_000_000,
    kind: 'varer',
    procedure: 'apen_anbud',
    themes: ['innovasjon'],
    registeredDate: `${todayInOslo().slice(0, 4)}-02-01`,
  });
  ok('joint.add', {
    caseId: c.id,
    participant: { name: 'Malvik kommune', orgnr: '939865942', shareUnit: 'pct', share: 40, lead: true },
  });
}

freshRegister({ seed });

test('the full pack counts a joint case at the office’s own share in the themes table, as in the others, and says so', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/briefing');
  await expect(page.getByRole('heading', { level: 1, name: 'Orientering til politisk ledelse' })).toBeVisible();
  await page.getByRole('radio', { name: /^Full versjon/ }).check();
  await page.getByRole('button', { name: 'Oppdater forhåndsvisning' }).click();
  await expect(page.getByTestId('preview-pages')).toHaveText(/^\d+ sider$/, { timeout: 60_000 });
  await expectAccessible(page, 'briefing preview with a joint procurement');
  await shot(page, 'briefing-joint');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre PDF' }).click();
  const file = (await (await download).path())!;
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
  const nok = (n: number) => formatNokShort(n).replace(/\u00a0/g, ' ');
  expect(text).toContain(
    'Én av sakene er innkjøpssamarbeid med andre oppdragsgivere: verdiene i tabellene regner bare kontorets egen andel.',
  );
  expect(text).toContain(`Innovasjon 1 ${nok(6_000_000)}`);
  expect(text).toContain(`Helse og omsorg 1 ${nok(6_000_000)}`);
  expect(text).not.toContain(nok(10_000_000));
});
