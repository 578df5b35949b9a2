// What a saving is measured against.
export const baselineKindDefs = [
  { code: 'previous_contract', nb: 'Forrige kontrakt', nn: 'Førre kontrakt', en: 'Previous contract' },
  { code: 'estimate', nb: 'Kostnadsestimat', nn: 'Kostnadsestimat', en: 'Cost estimate' },
  { code: 'market_price', nb: 'Markedspris', nn: 'Marknadspris', en: 'Market price' },
] as const;
export type BaselineKind = (typeof baselineKindDefs)[number]['code'];
export const baselineKinds = baselineKindDefs.map((d) => d.code) as unknown as readonly [
  BaselineKind,
  ...BaselineKind[],
];
