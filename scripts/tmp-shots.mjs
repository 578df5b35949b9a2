import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
const base = process.argv[2];
const list = JSON.parse(process.argv[3]);
for (const [name, hash, full, click] of list) {
  await p.goto(base + '/' + hash); await p.waitForTimeout(1200);
  if (click) { await p.getByRole('button', { name: click }).click(); await p.waitForTimeout(800); }
  await p.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
}
await b.close();
