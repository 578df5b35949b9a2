// Kinds of contract. The kind picks the EEA threshold; `ocds` maps to the
// OCDS procurementCategory code list.
export const kindDefs = [
  { code: 'varer', nb: 'Varer', en: 'Goods', ocds: 'goods' },
  { code: 'tjenester', nb: 'Tjenester', en: 'Services', ocds: 'services' },
  { code: 'bygg_anlegg', nb: 'Bygg og anlegg', en: 'Building and construction', ocds: 'works' },
  { code: 'helse_sosial', nb: 'Helse- og sosialtjenester / særlige tjenester', en: 'Health, social and special services', ocds: 'services' },
] as const;

export type Kind = (typeof kindDefs)[number]['code'];
export const kinds = kindDefs.map((k) => k.code) as unknown as readonly [Kind, ...Kind[]];
