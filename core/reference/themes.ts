// The strategic themes leadership has adopted. A case may serve several.
export const themeDefs = [
  { code: 'klima_miljo', nb: 'Klima og miljø', nn: 'Klima og miljø', en: 'Climate and environment' },
  { code: 'baerekraft', nb: 'Bærekraft', nn: 'Berekraft', en: 'Sustainability' },
  {
    code: 'seriositet',
    nb: 'Seriøsitet og arbeidslivskriminalitet',
    nn: 'Seriøsitet og arbeidslivskriminalitet',
    en: 'Fair labour (labour-crime prevention)',
  },
  { code: 'innovasjon', nb: 'Innovasjon', nn: 'Innovasjon', en: 'Innovation' },
  { code: 'digitalisering', nb: 'Digitalisering', nn: 'Digitalisering', en: 'Digitalisation' },
  { code: 'inkludering', nb: 'Inkludering og utenforskap', nn: 'Inkludering og utanforskap', en: 'Social inclusion' },
] as const;

export type Theme = (typeof themeDefs)[number]['code'];
export const themes = themeDefs.map((t) => t.code) as unknown as readonly [Theme, ...Theme[]];
