import type { ImportTarget } from '../../../../core/index.js';
import { CASE_FIELD_LABELS, SUPPLIER_FIELD_LABELS } from '../../i18n/fieldLabels.js';
import type { StringKey } from '../../i18n/strings.js';

/** The words the forms use for each field, so the import speaks of "Estimert verdi", not estimatedValue. */
export const IMPORT_FIELD_LABELS: Record<ImportTarget, Record<string, StringKey>> = {
  cases: CASE_FIELD_LABELS,
  suppliers: SUPPLIER_FIELD_LABELS,
};

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
