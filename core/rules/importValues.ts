import type { MessageKey } from '../i18n.js';
import { locales } from '../i18n/locale.js';
import type { CodeDef } from '../reference/codeName.js';
import { importFields, type CellKind, type ImportTarget } from '../reference/importFields.js';
import { kindDefs } from '../reference/kinds.js';
import { phaseDefs } from '../reference/phases.js';
import { procedureDefs } from '../reference/procedures.js';
import { themeDefs } from '../reference/themes.js';
import { isValidIsoDate } from './dates.js';
import { parseMoney } from './money.js';

// Reading spreadsheet cells as an office writes them: "1 300 000 kr",
// "25.11.2026", "Åpen anbudskonkurranse", "Klima og miljø; Innovasjon",
// "ja". A cell that cannot be read says why, in words, with its value.

export type SheetCell = string | number | boolean | Date | null;
export type CellResult =
  { ok: true; value: unknown } | { ok: false; key: MessageKey; params: Record<string, string | number> };

/** Headings and code-list words compared without case, punctuation or extra spacing (æ, ø and å are kept: they tell words apart). */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9æøåäöü]+/g, ' ')
    .trim();
}

const isEmpty = (c: SheetCell) => c === null || (typeof c === 'string' && c.trim() === '');
const shown = (c: SheetCell) => (c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).slice(0, 60);
const fail = (key: MessageKey, c: SheetCell, extra: Record<string, string | number> = {}): CellResult => ({
  ok: false,
  key,
  params: { value: shown(c), ...extra },
});

/** Excel keeps dates as days since 30.12.1899. */
function fromSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n > 2_958_465) return null;
  return new Date(Math.round((n - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

export function readDate(c: SheetCell): string | null {
  // A date cell is the calendar date at UTC midnight (exceljs), whatever the PC's zone.
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  if (typeof c === 'number') return fromSerial(c);
  if (typeof c !== 'string') return null;
  const s = c.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(s);
  if (m) return iso(m[3]!.length === 2 ? `20${m[3]}` : m[3]!, m[2]!, m[1]!);
  return null;
}

function iso(y: string, m: string, d: string): string | null {
  const v = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidIsoDate(v) ? v : null;
}

/** Kroner from a number or from text as Norwegians write it; øre are rounded away (estimates are whole kroner). */
export function readNok(c: SheetCell): number | null {
  if (typeof c === 'number') return Number.isFinite(c) && c >= 0 ? Math.round(c) : null;
  if (typeof c !== 'string') return null;
  const r = parseMoney(c, { ore: 'round' });
  return r.ok && r.value >= 0 ? r.value : null;
}

// Each code list's words normalised once, not once per cell.
const wordsOf = new WeakMap<object, { code: string; exact: string[]; labels: string[] }[]>();
function words(defs: readonly CodeDef[]) {
  let w = wordsOf.get(defs);
  if (!w) {
    w = defs.map((d) => ({
      code: d.code,
      exact: [d.code, d.code.replace(/_/g, ' '), ...locales.map((l) => d[l])].map(normalise),
      labels: locales.map((l) => d[l]).map(normalise),
    }));
    wordsOf.set(defs, w);
  }
  return w;
}

function matchCode<T extends CodeDef>(defs: readonly T[], raw: string): T['code'] | null {
  const v = normalise(raw);
  if (!v) return null;
  const list = words(defs);
  const exact = list.find((d) => d.exact.includes(v));
  if (exact) return exact.code;
  // "Bygg" for "Bygg og anlegg", "Klima" for "Klima og miljø": a word long enough to point at one only.
  const starts = v.length >= 4 ? list.filter((d) => d.labels.some((w) => w.startsWith(v))) : [];
  return starts.length === 1 ? starts[0]!.code : null;
}

const kindWords: Record<string, string> = {
  vare: 'varer',
  tjeneste: 'tjenester',
  bygg: 'bygg_anlegg',
  anlegg: 'bygg_anlegg',
  works: 'bygg_anlegg',
  goods: 'varer',
  services: 'tjenester',
  helse: 'helse_sosial',
  særlige: 'saerlige_tjenester',
  'særlig tjeneste': 'saerlige_tjenester',
  teneste: 'tjenester',
  særlege: 'saerlige_tjenester',
  'særleg teneste': 'saerlige_tjenester',
};
const YES = ['ja', 'j', 'x', 'yes', 'y', 'true', 'sant', '1'];
const NO = ['nei', 'n', 'no', 'false', 'usant', '0', '-'];

/** Reads one cell as the field's kind of value; an empty cell is undefined, so the contract's default or "required" applies. */
export function readCell(kind: CellKind, c: SheetCell): CellResult {
  if (isEmpty(c)) return { ok: true, value: kind === 'themes' ? [] : undefined };
  switch (kind) {
    case 'text':
      return { ok: true, value: c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim() };
    case 'nok': {
      const n = readNok(c as SheetCell);
      return n === null ? fail('importNotAmount', c) : { ok: true, value: n };
    }
    case 'date': {
      const d = readDate(c);
      return d === null ? fail('importNotDate', c) : { ok: true, value: d };
    }
    case 'kind': {
      const code = matchCode(kindDefs, String(c)) ?? kindWords[normalise(String(c))] ?? null;
      return code ? { ok: true, value: code } : fail('importUnknownKind', c);
    }
    case 'procedure': {
      const code = matchCode(procedureDefs, String(c));
      return code ? { ok: true, value: code } : fail('importUnknownProcedure', c);
    }
    case 'phase': {
      const code = matchCode(phaseDefs, String(c));
      return code ? { ok: true, value: code } : fail('importUnknownPhase', c);
    }
    case 'themes': {
      const out: string[] = [];
      for (const part of String(c).split(/[,;/\n]+/)) {
        if (!part.trim()) continue;
        const code = matchCode(themeDefs, part);
        if (!code) return fail('importUnknownTheme', part);
        if (!out.includes(code)) out.push(code);
      }
      return { ok: true, value: out };
    }
    case 'percent': {
      // A cell formatted as per cent holds 0.3 for 30 %.
      if (typeof c === 'number') return { ok: true, value: c > 0 && c < 1 ? Math.round(c * 100) : Math.round(c) };
      const m = /^(\d{1,3})(?:[.,]\d+)?\s*%?$/.exec(String(c).trim());
      return m
        ? { ok: true, value: Math.round(Number(String(c).replace('%', '').replace(',', '.').trim())) }
        : fail('importNotPercent', c);
    }
    case 'bool': {
      const v = normalise(String(c));
      if (typeof c === 'boolean') return { ok: true, value: c };
      if (YES.includes(v)) return { ok: true, value: true };
      if (NO.includes(v)) return { ok: true, value: false };
      return fail('importNotYesNo', c);
    }
    case 'cpv': {
      const m = /^(\d{8})(?:-\d)?$/.exec(String(c).trim());
      return m ? { ok: true, value: m[1] } : { ok: true, value: String(c).trim() };
    }
    case 'orgnr':
      return { ok: true, value: String(c).replace(/[\s\u00a0.]/g, '') };
    case 'postalCode':
      // Excel drops the leading zero of 0150, in the sheet and in the CSV it saves.
      return {
        ok: true,
        value: /^\d{1,3}$/.test(String(c).trim()) ? String(c).trim().padStart(4, '0') : String(c).trim(),
      };
  }
}

/**
 * A first guess of which column holds which field, from the headings: an
 * exact heading wins over one that merely contains the words; a column is
 * used once. Fields without a good column are left unmapped (null).
 */
export function guessMapping(target: ImportTarget, headings: readonly string[]): Record<string, number | null> {
  const norm = headings.map(normalise);
  const used = new Set<number>();
  const out: Record<string, number | null> = {};
  for (const pass of ['exact', 'contains'] as const) {
    for (const f of importFields[target]) {
      if (out[f.field] !== undefined && out[f.field] !== null) continue;
      const words = f.headings.map(normalise);
      const col = norm.findIndex(
        (h, i) =>
          !used.has(i) &&
          h !== '' &&
          (pass === 'exact' ? words.includes(h) : !f.exactOnly && words.some((w) => w.length >= 4 && h.includes(w))),
      );
      out[f.field] = col >= 0 ? col : null;
      if (col >= 0) used.add(col);
    }
  }
  return out;
}
