// How large a request may be, sized from the largest legitimate one: a
// spreadsheet of 60 MB sent for import as base64 (4 characters for every 3
// bytes) inside JSON. A request that carries no file is far smaller.

/** Characters of base64 for a file of this many bytes. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** The largest file a user sends: a spreadsheet for import, or an exchange bundle. */
export const MAX_FILE_BYTES = 60_000_000;
/** The same file as the base64 the contract carries. */
export const MAX_FILE_BASE64 = base64Length(MAX_FILE_BYTES);

/** A request without a file; the largest is a list of 100,000 case ids (about 0.7 MB). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A request with a file: the file and room for the rest (its name, a column mapping, a decision per bundle conflict). */
export const MAX_FILE_BODY_BYTES = MAX_FILE_BASE64 + 8 * 1024 * 1024;

/** The methods that carry a file; every other request gets the small limit. */
export const fileMethods: readonly string[] = [
  'import.preview',
  'import.commit',
  'contracts.importCallOffs',
  'import.rejects',
  'bundle.preview',
  'bundle.import',
];
/** The files made on request from a file the user sends (the rows an import leaves out). */
export const fileExports: readonly string[] = ['importRejects'];

/**
 * What a bundle's gzip may inflate to: the JSON of a register of some
 * 50,000 cases (about 4 kB each with their history), and well below what
 * one string may hold. Inflated with a running count: a gzip of zeros
 * grows a thousandfold.
 */
export const BUNDLE_MAX_JSON_BYTES = 256_000_000;
