// What a saving is measured against.
export const baselineKindDefs = [
  { code: 'previous_contract', nb: 'Forrige kontrakt', en: 'Previous contract' },
  { code: 'estimate', nb: 'Kostnadsestimat', en: 'Cost estimate' },
  { code: 'market_price', nb: 'Markedspris', en: 'Market price' },
] as const;
export type BaselineKind = (typeof baselineKindDefs)[number]['code'];
export const baselineKinds = baselineKindDefs.map((d) => d.code) as unknown as readonly [BaselineKind, ...BaselineKind[]];
