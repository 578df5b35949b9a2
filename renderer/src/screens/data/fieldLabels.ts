import type { ImportTarget } from '../../../../core/index.js';
import { CASE_FIELD_LABELS } from '../../i18n/caseFieldLabels.js';
import type { StringKey } from '../../i18n/strings.js';

/** The words the forms use for each field, so the import speaks of "Estimert verdi", not estimatedValue. */
export const IMPORT_FIELD_LABELS: Record<ImportTarget, Record<string, StringKey>> = {
  cases: CASE_FIELD_LABELS,
  suppliers: { orgnr: 'fieldOrgnr', name: 'fieldName', address: 'fieldAddress', postalCode: 'fieldPostalCode', city: 'fieldCity', notes: 'fieldNotes' },
};

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A chosen file as base64, the way the contract carries it. */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
}
