// Prints one closing line for the whole of `npm test`, summed from the JSON
// reports of Vitest and Playwright: "Tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const v = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
// The browser-mode e2e suite and the desktop app's (through the Electron stand-in, and Electron where installed).
for (const pw of ['test-results/playwright.json', 'test-results/playwright-desktop.json']) {
  if (!existsSync(pw)) continue;
  const s = JSON.parse(readFileSync(pw, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
}
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
