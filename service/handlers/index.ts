import type { Registry } from '../registry.js';
import { backupMethods } from '../backup/methods.js';
import { importMethods } from '../import/importRows.js';
import { accessMethods } from './access.js';
import { accountMethods } from './accounts.js';
import { analyticsMethods } from './analytics.js';
import { auditTrailMethods } from './auditTrail.js';
import { briefingMethods } from './briefing.js';
import { bundleMethods } from './bundle.js';
import { caseMethods } from './cases.js';
import { commentMethods } from './comments.js';
import { competitiveMethods } from './competitive.js';
import { contractMethods } from './contracts.js';
import { demoMethods } from './demo.js';
import { dialogueMethods } from './dialogues.js';
import { exchangeMethods } from './exchange.js';
import { frameworkMethods } from './frameworks.js';
import { callOffImportMethods } from './callOffImport.js';
import { overviewMethods } from './overview.js';
import { planMethods } from './plan.js';
import { protocolMethods } from './protocol.js';
import { noticeMethods } from './notices.js';
import { jointMethods } from './joint.js';
import { complaintMethods } from './complaints.js';
import { referenceMethods } from './reference.js';
import { savingsMethods } from './savings.js';
import { settingsMethods } from './settings.js';
import { strategyMethods } from './strategy.js';
import { supplierMethods } from './suppliers.js';
import { thresholdMethods } from './thresholds.js';

/**
 * Every contract method, its handler and its traits (service/registry.ts),
 * gathered from the areas that declare them; the type makes a missing or
 * mistyped one a compile error.
 */
export const registry: Registry = {
  ...accessMethods,
  ...accountMethods,
  ...referenceMethods,
  ...caseMethods,
  ...commentMethods,
  ...supplierMethods,
  ...dialogueMethods,
  ...competitiveMethods,
  ...contractMethods,
  ...frameworkMethods,
  ...callOffImportMethods,
  ...overviewMethods,
  ...savingsMethods,
  ...analyticsMethods,
  ...strategyMethods,
  ...planMethods,
  ...briefingMethods,
  ...auditTrailMethods,
  ...settingsMethods,
  ...thresholdMethods,
  ...backupMethods,
  ...importMethods,
  ...exchangeMethods,
  ...protocolMethods,
  ...noticeMethods,
  ...jointMethods,
  ...complaintMethods,
  ...bundleMethods,
  ...demoMethods,
};

const named = <K extends keyof Registry>(pick: (e: Registry[K]) => boolean) =>
  (Object.keys(registry) as K[]).filter((m) => pick(registry[m]));

/**
 * Methods that read text under the duty of confidentiality as the office
 * sees it and take no public view (dialogue search, the audit trail): no
 * public output may call them (test/print/confidential.test.ts).
 */
export const internalOnlyMethods = named((e) => e.internalOnly);
