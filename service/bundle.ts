import { gzipSync, strToU8 } from 'fflate';
import { todayInOslo } from '../core/index.js';
import { BundleRepo, unitOfWork } from '../db/index.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Envelope } from './bundleRead.js';
import type { Service } from './service.js';

// The exchange bundle: a versioned, gzipped JSON file of the whole register
// or of chosen cases with everything linked to them, for moving work
// between PCs without a network. Records are matched by uid on import
// (service/handlers/bundle.ts). A file maker: it sits above the service.

/** The bundle's bytes and name. Read in one transaction, so the copy is consistent. */
export function makeBundle(
  service: Service,
  caseIds: number[] | null,
  by: string,
): { bytes: Uint8Array; fileName: string } {
  const db = service.database;
  const repo = new BundleRepo(db.db);
  const envelope = unitOfWork(db.sqlite)((): Envelope => {
    repo.ensureUids();
    return {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      schemaVersion: db.schemaVersion,
      exportedAt: new Date().toISOString(),
      exportedBy: by,
      scope: caseIds ? 'cases' : 'all',
      tables: repo.read(caseIds),
    };
  });
  const bytes = gzipSync(strToU8(JSON.stringify(envelope)), { level: 6 });
  return { bytes, fileName: `anskaff-${caseIds ? `${caseIds.length}-saker` : 'alt'}-${todayInOslo()}.anskaff` };
}
