import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileExporter } from '../service/exporter.js';
import { startHttpHost } from '../service/http/server.js';
import { openServiceForApp } from '../service/openData.js';
import { ChromiumPrinter } from '../service/print/chromium.js';
import { migrationsDir, rendererDist } from '../service/repoPaths.js';
import type { Service } from '../service/service.js';

export { expect };

/** The register the tests of the file now running use (freshRegister). */
let current: { url: string; dataDir: string; service: Service } | null = null;

/** A host over a register: its address, and how it is shut (the host and its printer). */
export interface StartedHost {
  url: string;
  close(): Promise<void>;
}

/**
 * A register in a fresh data folder for the tests of one spec file, behind
 * the host `start` opens over it, in this worker: made before the file's
 * first test (the demo municipality with `demo`, then `seed`) and shut and
 * deleted after its last. `baseUrl`: the pages' base URL is its host's.
 */
export function registerBehind(
  opts: { demo?: number; seed?: (service: Service) => void | Promise<void>; folder: string; baseUrl: boolean },
  start: (service: Service, dataDir: string) => Promise<StartedHost>,
) {
  let host: StartedHost | null = null;
  let mine: { url: string; dataDir: string; service: Service } | null = null;
  base.beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), opts.folder));
    const service = openServiceForApp(dataDir, { migrationsDir }, { log: () => {} });
    if (opts.demo) expect(service.dispatch('demo.seed', { cases: opts.demo }, 'nb').ok).toBe(true);
    await opts.seed?.(service);
    host = await start(service, dataDir);
    mine = { url: host.url, dataDir, service };
    if (opts.baseUrl) current = mine;
  });
  base.afterAll(async () => {
    const c = mine;
    mine = null;
    if (opts.baseUrl) current = null;
    await host?.close();
    c?.service.backups?.live()?.close();
    if (c) rmSync(c.dataDir, { recursive: true, force: true });
  });
  return {
    get url() {
      return mine!.url;
    },
    get dataDir() {
      return mine!.dataDir;
    },
    get service() {
      return mine!.service;
    },
  };
}

/**
 * A register of its own for the tests of one spec file: a fresh data folder
 * and the real browser host over it. Specs so stand alone: each seeds what it
 * needs (the demo municipality with `demo`, or through /rpc), runs alone, and
 * runs beside other files in parallel.
 */
export function freshRegister(opts: { demo?: number; seed?: (service: Service) => void } = {}) {
  return registerBehind({ ...opts, folder: 'anskaff-e2e-', baseUrl: true }, async (service) => {
    const printer = new ChromiumPrinter();
    const host = await startHttpHost({
      service,
      staticDir: rendererDist,
      port: 0,
      token: process.env.ANSKAFF_WEB_TOKEN,
      exporter: fileExporter(service, printer, 'e2e'),
    });
    return { url: host.url, close: async () => (await host.close(), await printer.close()) };
  });
}

/**
 * Every test records every request its page makes and every console error:
 * a request to anything but 127.0.0.1, or a CSP violation, fails the test.
 */
/** Gives a browser context a session with a host, as a person gets one: by opening the address with its token. */
export async function signIn(context: BrowserContext, address: string): Promise<void> {
  const r = await context.request.get(address, { maxRedirects: 0 });
  expect(r.status(), `trading ${new URL(address).origin}'s token for a session`).toBe(303);
}

export const test = base.extend<{ offsite: string[]; consoleErrors: string[] }>({
  // Pages and requests go to the register of the file now running.
  baseURL: async ({ baseURL }, use) => use(current?.url ?? baseURL),
  // The host answers the API only within a session: every test's browser starts with one.
  context: async ({ context, baseURL }, use) => {
    await signIn(context, `${baseURL}/?token=${process.env.ANSKAFF_WEB_TOKEN}`);
    await use(context);
  },
  offsite: async ({ context }, use) => {
    const offsite: string[] = [];
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offsite.push(req.url());
    });
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])(?!data:)(?!blob:)/, (route) => {
      offsite.push(route.request().url());
      return route.abort();
    });
    await use(offsite);
    expect(offsite, 'requests that left 127.0.0.1').toEqual([]);
  },
  consoleErrors: async ({ context }, use) => {
    const errors: string[] = [];
    context.on('console', (m) => {
      // Chromium logs every 4xx answer; those are refusals the app shows the user. 5xx and anything else count.
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
    });
    context.on('weberror', (e) => errors.push(e.error().message));
    await use(errors);
    expect(errors, 'console errors (CSP violations, crashes)').toEqual([]);
  },
  page: async ({ page, offsite: _o, consoleErrors: _c }, use) => {
    await use(page);
  },
});

/** No WCAG 2.1 A/AA violations on what the page shows now. */
export async function expectAccessible(page: Page, what: string) {
  // A dialog or panel still fading in is half transparent, and axe would judge its colours mid-fade.
  // (An endless one, a spinner, is no fade and is not waited for.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `axe on ${what}`).toEqual([]);
}

/** Saves a screenshot for a person to look at (not compared). */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
