// What a spreadsheet can be imported into, field by field: how each cell is
// read, and the column headings (bokmål, nynorsk and English, as offices
// write them) that make a column's field a good guess. Headings are compared
// normalised (lower case, letters and digits only).
import { locales } from '../i18n/locale.js';
import { phaseDefs, type Phase } from './phases.js';

export const importTargets = ['cases', 'suppliers'] as const;
export type ImportTarget = (typeof importTargets)[number];

export type CellKind =
  | 'text'
  | 'nok'
  | 'date'
  | 'kind'
  | 'procedure'
  | 'themes'
  | 'percent'
  | 'bool'
  | 'cpv'
  | 'orgnr'
  | 'postalCode'
  | 'phase';

export interface ImportField {
  field: string;
  cell: CellKind;
  required: boolean;
  headings: readonly string[];
  /** Taken only when a heading is one of these exactly: "Planlagt dato tildeling" is not the date the case was awarded. */
  exactOnly?: boolean;
}

/** The column of the date a case entered a phase: one per phase of the code list. */
export const phaseDateField = (phase: Phase): `phaseDate.${Phase}` => `phaseDate.${phase}`;
export const isPhaseDateField = (field: string): boolean => field.startsWith('phaseDate.');
/** The phase whose date a phase-date field holds. */
export const phaseOfDateField = (field: string): Phase => field.slice('phaseDate.'.length) as Phase;

const dateWord = { nb: 'dato', nn: 'dato', en: 'date' } as const;
/**
 * How offices head the date a phase was reached when it is not "dato …" with
 * the phase's name: the participles ("Kunngjort", "Tildelt", "Signert").
 */
const phaseDateWords: Record<Phase, readonly string[]> = {
  behovsavklaring: ['behov avklart', 'need assessed'],
  markedsdialog: ['dialog med markedet', 'marknadsdialog halden'],
  konkurransestrategi: ['strategi valgt', 'strategi vald', 'strategy chosen'],
  konkurransegrunnlag: ['konkurransegrunnlag ferdig', 'tender documents ready'],
  kunngjoring: ['kunngjort', 'kunngjort dato', 'utlyst', 'announced', 'published', 'notice published'],
  tilbudsfrist: ['tilbudsfrist utløpt', 'tilbodsfrist gått ut', 'tenders due'],
  evaluering: ['evaluering startet', 'evaluering starta', 'evaluation started'],
  tildeling: ['tildelt', 'tildelt dato', 'awarded'],
  karensperiode: ['karensperiode start', 'karens fra', 'karens frå', 'standstill from'],
  kontraktsignering: ['signert', 'kontrakt signert', 'signed', 'contract signed'],
  kontraktsoppfolging: ['i oppfølging', 'i oppfølging fra', 'i oppfølging frå', 'in follow up'],
  avsluttet: ['avsluttet den', 'avslutta den', 'closed on'],
  avlyst: ['avlyst den', 'cancelled on'],
};

/**
 * The headings accepted for each phase's date, derived from the phase code
 * list: the phase's name in each language with "dato"/"date" before or
 * after it ("Dato kunngjøring", "Kunngjering dato", "Award date"), and the
 * words above. Bare names are not among them: "Kunngjøring" is the planned date.
 */
export function phaseDateHeadings(phase: Phase): string[] {
  const def = phaseDefs.find((d) => d.code === phase)!;
  const named = locales.flatMap((l) => [
    `${dateWord[l]} ${def[l]}`,
    `${def[l]} ${dateWord[l]}`,
    `${dateWord[l]} for ${def[l]}`,
  ]);
  return [...new Set([...named, ...phaseDateWords[phase]].map((h) => h.toLowerCase()))];
}

/** The phase a case is in ("Fase", "Status"): its name in any language, or its code. */
const phaseField: ImportField = {
  field: 'phase',
  cell: 'phase',
  required: false,
  headings: ['fase', 'status', 'saksstatus', 'nåværende fase', 'noverande fase', 'phase', 'current phase', 'stage'],
};
/** Since when it is in that phase: the date of the phase given, as the case list's export heads it ("I fasen siden"). */
const phaseSinceField: ImportField = {
  field: 'phaseSince',
  cell: 'date',
  required: false,
  exactOnly: true,
  headings: ['i fasen siden', 'i fasen sidan', 'in phase since', 'i fasen fra', 'i fasen frå', 'phase since'],
};

export const importFields: Record<ImportTarget, readonly ImportField[]> = {
  cases: [
    {
      field: 'caseNumber',
      cell: 'text',
      required: true,
      headings: [
        'saksnummer',
        'saksnr',
        'sak nr',
        'arkivsaksnummer',
        'arkivsaksnr',
        'case number',
        'case no',
        'reference',
      ],
    },
    {
      field: 'title',
      cell: 'text',
      required: true,
      headings: [
        'tittel',
        'navn på anskaffelsen',
        'anskaffelse',
        'namn på anskaffinga',
        'anskaffing',
        'sakstittel',
        'title',
        'name',
      ],
    },
    {
      field: 'description',
      cell: 'text',
      required: false,
      headings: ['beskrivelse', 'skildring', 'behov', 'description'],
    },
    {
      field: 'department',
      cell: 'text',
      required: true,
      headings: [
        'avdeling',
        'enhet',
        'sektor',
        'virksomhet',
        'tjenesteområde',
        'eining',
        'tenesteområde',
        'department',
        'unit',
      ],
    },
    {
      field: 'needOwner',
      cell: 'text',
      required: false,
      headings: ['behovseier', 'behovseigar', 'bestiller', 'need owner', 'owner'],
    },
    {
      field: 'buyer',
      cell: 'text',
      required: true,
      headings: [
        'innkjøper',
        'innkjøpsrådgiver',
        'saksbehandler',
        'innkjøpar',
        'innkjøpsrådgivar',
        'sakshandsamar',
        'buyer',
        'case officer',
      ],
    },
    {
      field: 'estimatedValue',
      cell: 'nok',
      required: true,
      headings: [
        'estimert verdi',
        'anslått verdi',
        'verdi',
        'kostnadsoverslag',
        'estimert verdi eks mva',
        'estimated value',
        'value',
      ],
    },
    {
      field: 'kind',
      cell: 'kind',
      required: true,
      headings: [
        'type',
        'art',
        'anskaffelsestype',
        'type anskaffelse',
        'anskaffingstype',
        'type anskaffing',
        'kind',
        'category',
      ],
    },
    {
      field: 'procedure',
      cell: 'procedure',
      required: false,
      headings: ['prosedyre', 'konkurranseform', 'anskaffelsesprosedyre', 'anskaffingsprosedyre', 'procedure'],
    },
    {
      field: 'themes',
      cell: 'themes',
      required: false,
      headings: ['tema', 'temaer', 'strategiske tema', 'themes', 'theme'],
    },
    {
      field: 'registeredDate',
      cell: 'date',
      required: false,
      headings: ['registrert', 'registreringsdato', 'dato registrert', 'opprettet', 'registered', 'date'],
    },
    {
      field: 'plannedNoticeDate',
      cell: 'date',
      required: false,
      headings: [
        'planlagt kunngjøring',
        'kunngjøring',
        'kunngjøringsdato',
        'planlagd kunngjering',
        'kunngjering',
        'kunngjeringsdato',
        'planned notice',
        'notice',
      ],
    },
    {
      field: 'plannedAwardDate',
      cell: 'date',
      required: false,
      headings: ['planlagt tildeling', 'tildeling', 'tildelingsdato', 'planlagd tildeling', 'planned award', 'award'],
    },
    {
      field: 'plannedContractStart',
      cell: 'date',
      required: false,
      headings: [
        'kontraktsstart',
        'planlagt kontraktsstart',
        'oppstart',
        'planlagd kontraktsstart',
        'contract start',
        'planned contract start',
      ],
    },
    {
      field: 'climateWeightPct',
      cell: 'percent',
      required: false,
      headings: ['klimavekt', 'miljøvekt', 'vekt klima og miljø', 'climate weight'],
    },
    {
      field: 'climateRequirements',
      cell: 'bool',
      required: false,
      headings: ['klimakrav', 'miljøkrav', 'dokumenterte klimakrav', 'climate requirements'],
    },
    { field: 'cpvCode', cell: 'cpv', required: false, headings: ['cpv', 'cpv kode', 'cpvkode', 'cpv code'] },
    phaseField,
    phaseSinceField,
    ...phaseDefs.map((d): ImportField => ({
      field: phaseDateField(d.code),
      cell: 'date',
      required: false,
      exactOnly: true,
      headings: phaseDateHeadings(d.code),
    })),
  ],
  suppliers: [
    {
      field: 'orgnr',
      cell: 'orgnr',
      required: true,
      headings: ['organisasjonsnummer', 'orgnr', 'org nr', 'orgnummer', 'organisation number', 'organization number'],
    },
    {
      field: 'name',
      cell: 'text',
      required: true,
      headings: [
        'navn',
        'leverandør',
        'leverandørnavn',
        'firma',
        'firmanavn',
        'namn',
        'leverandørnamn',
        'firmanamn',
        'name',
        'supplier',
      ],
    },
    { field: 'address', cell: 'text', required: false, headings: ['adresse', 'postadresse', 'gateadresse', 'address'] },
    {
      field: 'postalCode',
      cell: 'postalCode',
      required: false,
      headings: ['postnummer', 'postnr', 'postal code', 'zip'],
    },
    { field: 'city', cell: 'text', required: false, headings: ['poststed', 'sted', 'stad', 'by', 'city', 'town'] },
    {
      field: 'notes',
      cell: 'text',
      required: false,
      headings: ['merknad', 'merknader', 'notater', 'notat', 'kommentar', 'notes', 'comment'],
    },
  ],
};

/** The field whose value must be unique: a row with one already used is a duplicate, reported, never merged. */
export const importKey: Record<ImportTarget, string> = { cases: 'caseNumber', suppliers: 'orgnr' };

/** Most rows an import takes at once. */
export const IMPORT_MAX_ROWS = 50_000;
/**
 * Most cells (rows × columns up to the last one used) a sheet may have,
 * checked before any row is built: 50,000 rows of 100 columns. A sheet
 * needs no more for the dozen fields an import reads.
 */
export const IMPORT_MAX_CELLS = 5_000_000;
/**
 * What one part of an .xlsx (the sheet, its shared strings) may inflate to,
 * and all the parts read together: a sheet of IMPORT_MAX_CELLS cells as
 * Excel writes them (about 40 bytes each). A zip says how large its parts
 * are, but only inflating tells; the reader counts as it inflates.
 */
export const XLSX_MAX_PART_BYTES = 200_000_000;
export const XLSX_MAX_TOTAL_BYTES = 300_000_000;
