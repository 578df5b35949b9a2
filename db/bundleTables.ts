// What an exchange bundle carries, table by table. Top-level records
// ("roots") are matched across PCs by their uid; their child rows travel
// with them and are replaced with them. A reference to another root is
// written as that root's uid, so local row ids never leave the PC.

import type { bundleTables } from '../core/index.js';

/** The record kinds a bundle carries; the list itself is the contract's (core/schemas/bundle.ts). */
export type RootTable = (typeof bundleTables)[number];

export interface ChildSpec {
  table: string;
  parent: string;
  /** Columns that refer to a root, by table. */
  refs?: Record<string, RootTable>;
  /** A local autoincrement id: left behind, a new one is given on import. */
  dropId?: boolean;
}

export interface RootSpec {
  table: RootTable;
  /** The audit trail's name for this kind of record. */
  entity: 'supplier' | 'strategy' | 'case' | 'dialogue' | 'contract';
  refs: Record<string, RootTable>;
  children: ChildSpec[];
  /** The column another record may already use (case number, organisation number): a clash is a conflict. */
  naturalKey?: string;
  /** Shown to the user for a conflict. */
  label: string;
  /** Kept by each PC itself, not compared: versions, times, sort keys, derived dates. */
  local: string[];
}

/** In import order: a record's references are imported before it. */
export const bundleRoots: RootSpec[] = [
  {
    table: 'suppliers',
    entity: 'supplier',
    refs: { merged_into: 'suppliers' },
    children: [{ table: 'supplier_contacts', parent: 'supplier_id', dropId: true }],
    naturalKey: 'orgnr',
    label: "orgnr || ' ' || name",
    local: ['version', 'created_at', 'updated_at', 'name_sort', 'merged_at'],
  },
  {
    table: 'strategies',
    entity: 'strategy',
    refs: {},
    children: [{ table: 'strategy_goals', parent: 'strategy_id', dropId: true }],
    label: 'title',
    local: ['version', 'created_at', 'updated_at'],
  },
  {
    table: 'cases',
    entity: 'case',
    refs: {},
    children: [
      { table: 'case_events', parent: 'case_id', dropId: true },
      { table: 'case_themes', parent: 'case_id' },
      { table: 'case_benefits', parent: 'case_id' },
      { table: 'case_savings', parent: 'case_id' },
      { table: 'realised_savings', parent: 'case_id' },
      { table: 'case_protocols', parent: 'case_id' },
      { table: 'case_notices', parent: 'case_id', dropId: true },
      { table: 'case_complaints', parent: 'case_id', dropId: true },
      { table: 'case_participants', parent: 'case_id', dropId: true },
      { table: 'case_dialogue_closing', parent: 'case_id' },
      { table: 'case_prequalified', parent: 'case_id', refs: { supplier_id: 'suppliers' } },
    ],
    naturalKey: 'case_number',
    label: "case_number || ' ' || title",
    local: ['version', 'created_at', 'updated_at', 'case_number_sort', 'title_sort', 'award_date'],
  },
  {
    table: 'dialogues',
    entity: 'dialogue',
    refs: { case_id: 'cases' },
    children: [
      { table: 'dialogue_suppliers', parent: 'dialogue_id', refs: { supplier_id: 'suppliers' } },
      { table: 'dialogue_items', parent: 'dialogue_id', refs: { asked_by: 'suppliers' }, dropId: true },
    ],
    label: "date || ' ' || title",
    local: ['version', 'created_at', 'updated_at'],
  },
  {
    table: 'contracts',
    entity: 'contract',
    refs: { case_id: 'cases' },
    children: [
      { table: 'contract_suppliers', parent: 'contract_id', refs: { supplier_id: 'suppliers' } },
      { table: 'contract_options', parent: 'contract_id' },
      { table: 'contract_followups', parent: 'contract_id', dropId: true },
      { table: 'contract_frameworks', parent: 'contract_id' },
      { table: 'call_offs', parent: 'contract_id', refs: { supplier_id: 'suppliers' }, dropId: true },
    ],
    label: 'title',
    local: ['version', 'created_at', 'updated_at'],
  },
];

/** A record's label for the user (a conflict, a refusal): its label columns' values, as the file has them. */
export function recordLabel(spec: RootSpec, row: Record<string, unknown>): string {
  return spec.label
    .split(" || ' ' || ")
    .map((p) => String(row[p] ?? ''))
    .join(' ');
}
