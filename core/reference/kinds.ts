// Kinds of contract. The kind picks the EEA threshold (FOA § 5-3) and the
// part of the regulation: health and social services (vedlegg 3) and
// special services (vedlegg 2) have rules of their own (§ 5-1 (2) b, (4)),
// so they are kinds of their own, not merged. `ocds` maps to the OCDS
// procurementCategory code list.
export const kindDefs = [
  { code: 'varer', nb: 'Varer', nn: 'Varer', en: 'Goods', ocds: 'goods' },
  { code: 'tjenester', nb: 'Tjenester', nn: 'Tenester', en: 'Services', ocds: 'services' },
  { code: 'bygg_anlegg', nb: 'Bygg og anlegg', nn: 'Bygg og anlegg', en: 'Building and construction', ocds: 'works' },
  {
    code: 'helse_sosial',
    nb: 'Helse- og sosialtjenester (vedlegg 3)',
    nn: 'Helse- og sosialtenester (vedlegg 3)',
    en: 'Health and social services (annex 3)',
    ocds: 'services',
  },
  {
    code: 'saerlige_tjenester',
    nb: 'Særlige tjenester (vedlegg 2: hotell, catering, juridiske tjenester, kultur …)',
    nn: 'Særlege tenester (vedlegg 2: hotell, catering, juridiske tenester, kultur …)',
    en: 'Special services (annex 2: hotels, catering, legal services, culture …)',
    ocds: 'services',
  },
] as const;

export type Kind = (typeof kindDefs)[number]['code'];
export const kinds = kindDefs.map((k) => k.code) as unknown as readonly [Kind, ...Kind[]];
