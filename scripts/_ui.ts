import { chromium } from 'playwright-core';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
const base = 'http://127.0.0.1:5191';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--lang=nb-NO'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
const rpc = async (m: string, d: object) => (await page.request.post(`${base}/rpc/${m}`, { data: d })).json();
await rpc('demo.seed', { cases: 440 });
await rpc('settings.set', { userName: 'Kari Nordmann', organisationName: 'Nordby kommune', organisationOrgnr: '974760673' });
const shot = async (n: string) => page.screenshot({ path: `/tmp/ui/shots/${n}.png`, fullPage: true });
await page.goto(`${base}/#/settings`); await page.waitForTimeout(500); await shot('settings');
// import with problems
const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Saker');
ws.addRow(['Saksnr.', 'Tittel', 'Enhet', 'Saksbehandler', 'Anslått verdi', 'Type', 'Konkurranseform', 'Tema', 'Registrert']);
ws.addRow(['2026/7001', 'Arbeidstøy', 'Teknisk drift', 'Kari', '850 000 kr', 'Varer', 'Åpen tilbudskonkurranse', 'Klima og miljø', '02.03.2026']);
ws.addRow(['2026/7002', 'Kontorrekvisita', 'Stab', 'Kari', 'ca. 200 000', 'Varer', '', '', '31.02.2026']);
await wb.xlsx.writeFile('/tmp/ui/saker.xlsx');
await page.goto(`${base}/#/data`); await page.getByLabel('Regneark', { exact: true }).setInputFiles('/tmp/ui/saker.xlsx');
await page.getByText(/rader: /).waitFor(); await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click(); await page.getByText('Sikkerhetskopi tatt').waitFor();
await shot('data');
// protocol of an awarded big case
const list = await rpc('cases.list', { phase: 'kontraktsoppfolging', limit: 50 });
const big = list.items.find((c: { estimatedValue: number }) => c.estimatedValue > 3_000_000) ?? list.items[0];
await page.goto(`${base}/#/cases/${big.id}`); await page.waitForTimeout(800); await shot('case');
await page.goto(`${base}/#/cases/${big.id}/protocol`); await page.getByRole('heading', { name: 'Anskaffelsesprotokoll', level: 1 }).waitFor(); await shot('protocol');
await rpc('protocol.save', { caseId: big.id, version: 0, lotsReason: 'Én leverandør gir helhetsansvar for tjenesten.', awardReason: 'Beste forhold mellom pris og kvalitet etter tildelingskriteriene.', conflictsOfInterest: 'Habilitetserklæringer er signert av alle i evalueringsgruppen.', participants: [{ name: 'Renhold Øst AS', requested: true, selected: true, tendered: true }, { name: 'Vask og Rent AS', requested: true, tendered: true, rejected: true, rejectionReason: 'Tilbudet kom etter fristen.' }] });
const pdf = await page.request.post(`${base}/export/protocol`, { data: { caseId: big.id } }); writeFileSync('/tmp/ui/protocol.pdf', await pdf.body());
const pack = await page.request.post(`${base}/export/briefing`, { data: { spec: { title: 'Orientering om innkjøp 2026', organisation: 'Nordby kommune', from: '2026-01-01', to: '2026-12-31', meeting: 'Kommunestyret', meetingDate: '2026-12-10', version: 'public', sections: ['goals', 'phaseTimes', 'portfolio', 'dialogue', 'plan', 'contracts', 'payConditions'] }, format: 'pdf', record: false } });
console.log('pack', pack.status(), (await pack.body()).length); writeFileSync('/tmp/ui/pack.pdf', await pack.body());
console.log(JSON.stringify((await rpc('audit.forRecord', { entity: 'case', id: big.id })).map((e: { method: string }) => e.method))); await page.goto(`${base}/#/cases/${big.id}`); await page.waitForTimeout(800); await page.locator('.audit-list summary').first().click(); await page.waitForTimeout(300); await shot('case-history');
// english data screen
await page.getByRole('button', { name: 'English' }).click(); await page.goto(`${base}/#/data`); await page.waitForTimeout(800); await shot('data-en');
await browser.close();
