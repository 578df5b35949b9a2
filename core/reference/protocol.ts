import type { Locale } from '../i18n/locale.js';
import { defineMessages, translator } from '../i18n/messages.js';
import type { CodeDef } from './codeName.js';
import type { Procedure } from './procedures.js';
import type { Regime } from './regimes.js';

// What the procurement protocol must record, letter by letter, as the
// regulation gives it (FOR-2016-08-12-974; https://lovdata.no/forskrift/2016-08-12-974):
// - Del I: § 7-1 (1) documentation sufficient to justify important decisions,
//   (3) important matters written down or gathered in a protocol;
// - Del II: § 10-5 (2) a–o; Del IV applies it by § 30-1 (7) and Del V by
//   § 31-3 (1) (Del IV has no protocol section of its own);
// - Del III: § 25-5 (2) a–p.
// Each list holds the items "i den utstrekning de er relevante": an item is
// required only where the case makes it relevant (`when`). The award notice
// and the standstill are not protocol letters but duties of §§ 10-1/10-2,
// 25-1/25-2 and 30-8/30-9; the checklist asks for them beside the letters.
// Below NOK 100,000 no protocol is required, but it can be kept.

/**
 * When an item becomes due:
 * always; competition: from the notice; decided: from the award decision on;
 * awarded: once a contract is recorded; cancelled; grounded: the procedure
 * rests on a ground (FOA §§ 5-2, 13-1 (3), 13-2 to 13-4); limited: a
 * procedure that limits the participants; rounds: dialogue or negotiation
 * rounds were held; marketDialogue: market dialogue before the competition
 * was held; eliminated / electronic: the protocol records such a case;
 * standstill: the part has an award notice and standstill period; never:
 * shown, recorded where relevant, never required.
 */
export type ProtocolWhen =
  | 'always'
  | 'competition'
  | 'decided'
  | 'awarded'
  | 'cancelled'
  | 'grounded'
  | 'limited'
  | 'rounds'
  | 'marketDialogue'
  | 'eliminated'
  | 'electronic'
  | 'standstill'
  | 'never';

/** Which protocol section a part follows. */
export type ProtocolSection = 'foa_7_1' | 'foa_10_5' | 'foa_25_5';

export const protocolSectionDefs = [
  {
    code: 'foa_7_1',
    nb: 'FOA § 7-1 (dokumentasjonsplikt)',
    nn: 'FOA § 7-1 (dokumentasjonsplikt)',
    en: 'FOA § 7-1 (duty to document)',
  },
  {
    code: 'foa_10_5',
    nb: 'FOA § 10-5 (anskaffelsesprotokoll, del II)',
    nn: 'FOA § 10-5 (anskaffingsprotokoll, del II)',
    en: 'FOA § 10-5 (procurement protocol, part II)',
  },
  {
    code: 'foa_25_5',
    nb: 'FOA § 25-5 (anskaffelsesprotokoll, del III)',
    nn: 'FOA § 25-5 (anskaffingsprotokoll, del III)',
    en: 'FOA § 25-5 (procurement protocol, part III)',
  },
] as const;

/** The section each part's protocol follows: Del IV by § 30-1 (7), Del V by § 31-3 (1), both § 10-5. */
export const PROTOCOL_SECTION: Record<Regime, ProtocolSection | null> = {
  under100k: null,
  partI: 'foa_7_1',
  partII: 'foa_10_5',
  partIIEea: 'foa_10_5',
  partIV: 'foa_10_5',
  partV: 'foa_10_5',
  partIII: 'foa_25_5',
};

type Letters = Partial<Record<ProtocolSection, string>>;

export const protocolItemDefs = [
  {
    code: 'buyer',
    nb: 'Oppdragsgiverens navn og adresse',
    nn: 'Namnet og adressa til oppdragsgivaren',
    en: "The contracting authority's name and address",
    letters: { foa_7_1: '(1)', foa_10_5: 'a', foa_25_5: 'a' },
    when: 'always',
  },
  {
    code: 'subject',
    nb: 'Hva som skal anskaffes',
    nn: 'Kva som skal anskaffast',
    en: 'What is to be procured',
    letters: { foa_7_1: '(1)', foa_10_5: 'b', foa_25_5: 'b' },
    when: 'always',
  },
  {
    code: 'value',
    nb: 'Anslått verdi',
    nn: 'Anslått verdi',
    en: 'Estimated value',
    letters: { foa_7_1: '(1)', foa_10_5: 'b', foa_25_5: 'b' },
    when: 'always',
  },
  {
    code: 'procedure',
    nb: 'Prosedyre',
    nn: 'Prosedyre',
    en: 'Procedure',
    letters: { foa_7_1: '(1)', foa_10_5: 'o', foa_25_5: 'p' },
    when: 'always',
  },
  {
    code: 'lotsReason',
    nb: 'Begrunnelse for ikke å dele opp kontrakten',
    nn: 'Grunngiving for ikkje å dele opp kontrakten',
    en: 'Why the contract is not divided into lots',
    letters: { foa_25_5: 'c' },
    when: 'always',
  },
  {
    code: 'procedureReason',
    nb: 'Begrunnelse for prosedyren der forskriften krever et vilkår (forhandling, dialog, uten kunngjøring, uten konkurranse)',
    nn: 'Grunngiving for prosedyren der forskrifta krev eit vilkår (forhandling, dialog, utan kunngjering, utan konkurranse)',
    en: 'Why the procedure, where the regulation requires a ground (negotiation, dialogue, no notice, no competition)',
    letters: { foa_7_1: '(1)', foa_10_5: 'o', foa_25_5: 'd, e' },
    when: 'grounded',
  },
  {
    code: 'electronicException',
    nb: 'Begrunnelse for unntak fra elektronisk kommunikasjon ved mottak av tilbud',
    nn: 'Grunngiving for unntak frå elektronisk kommunikasjon ved mottak av tilbod',
    en: 'Why tenders were received without electronic communication',
    letters: { foa_10_5: 'c', foa_25_5: 'f' },
    when: 'electronic',
  },
  {
    code: 'participants',
    nb: 'Leverandørene og hva som ble av hver: ba om å delta, ble valgt ut, leverte tilbud, ble avvist, fikk tilbudet forkastet, ble valgt',
    nn: 'Leverandørane og kva som vart av kvar: bad om å delta, vart valde ut, leverte tilbod, vart avviste, fekk tilbodet forkasta, vart valde',
    en: 'The suppliers and what became of each: asked to take part, selected, tendered, rejected, eliminated, chosen',
    letters: { foa_10_5: 'd, f', foa_25_5: 'g, i' },
    when: 'competition',
  },
  {
    code: 'selectionReason',
    nb: 'Hvem som ble valgt ut når antallet deltakere er begrenset, og begrunnelsen for utvelgelsen',
    nn: 'Kven som vart valde ut når talet på deltakarar er avgrensa, og grunngivinga for utveljinga',
    en: 'Who was selected where the number of participants is limited, and why',
    letters: { foa_10_5: 'e', foa_25_5: 'h' },
    when: 'limited',
  },
  {
    code: 'rejections',
    nb: 'Avviste leverandører og begrunnelsen for avvisningen (også unormalt lave tilbud)',
    nn: 'Avviste leverandørar og grunngivinga for avvisinga (òg unormalt låge tilbod)',
    en: 'Rejected suppliers and why (abnormally low tenders included)',
    letters: { foa_10_5: 'g', foa_25_5: 'j' },
    when: 'competition',
  },
  {
    code: 'eliminations',
    nb: 'Leverandører som fikk tilbudet forkastet, og begrunnelsen for reduksjonen',
    nn: 'Leverandørar som fekk tilbodet forkasta, og grunngivinga for reduksjonen',
    en: 'Suppliers whose tenders were eliminated, and why the number was reduced',
    letters: { foa_25_5: 'k' },
    when: 'eliminated',
  },
  {
    code: 'dialogueLog',
    nb: 'Leverandørene oppdragsgiveren hadde dialog eller forhandlinger med, kort begrunnelse for utvelgelsen, og avvik fra planlagt dialog',
    nn: 'Leverandørane oppdragsgivaren hadde dialog eller forhandlingar med, kort grunngiving for utveljinga, og avvik frå planlagd dialog',
    en: 'The suppliers the authority held dialogue or negotiations with, why they were chosen, and any departure from the dialogue planned',
    letters: { foa_10_5: 'h, i', foa_25_5: 'p' },
    when: 'rounds',
  },
  {
    code: 'marketDialogue',
    nb: 'Markedsdialog før konkurransen: hvem som deltok, og hva som ble gjort for å utjevne en fordel (§ 8-2 / § 12-2)',
    nn: 'Marknadsdialog før konkurransen: kven som deltok, og kva som vart gjort for å jamne ut ein fordel (§ 8-2 / § 12-2)',
    en: 'Market dialogue before the competition: who took part, and what evened out any advantage (§ 8-2 / § 12-2)',
    letters: { foa_10_5: 'j', foa_25_5: 'l' },
    when: 'marketDialogue',
  },
  {
    code: 'conflicts',
    nb: 'Inhabilitet og konkurransevridning, og tiltak mot dem',
    nn: 'Inhabilitet og konkurransevriding, og tiltak mot dei',
    en: 'Conflicts of interest and distortion of competition, and remedies',
    letters: { foa_10_5: 'j', foa_25_5: 'l' },
    when: 'always',
  },
  {
    code: 'winner',
    nb: 'Valgt leverandør og kontraktens verdi',
    nn: 'Vald leverandør og verdien av kontrakten',
    en: 'The supplier chosen and the contract value',
    letters: { foa_7_1: '(1)', foa_10_5: 'k', foa_25_5: 'm' },
    when: 'awarded',
  },
  {
    code: 'awardReason',
    nb: 'Begrunnelse for valget av leverandør',
    nn: 'Grunngiving for valet av leverandør',
    en: 'Why that supplier was chosen',
    letters: { foa_7_1: '(1)', foa_10_5: 'k', foa_25_5: 'm' },
    when: 'decided',
  },
  {
    code: 'awardNotice',
    nb: 'Meddelelse om valg av leverandør og karensperiode',
    nn: 'Melding om val av leverandør og karensperiode',
    en: 'Notice of the award and the standstill period',
    letters: { foa_10_5: '§ 10-1, § 10-2', foa_25_5: '§ 25-1, § 25-2' },
    when: 'standstill',
  },
  {
    code: 'subcontractors',
    nb: 'Underleverandører, så langt de er kjent',
    nn: 'Underleverandørar, så langt dei er kjende',
    en: 'Subcontractors, as far as known',
    letters: { foa_10_5: 'l', foa_25_5: 'n' },
    when: 'awarded',
  },
  {
    code: 'cancellation',
    nb: 'Begrunnelse for avlysning',
    nn: 'Grunngiving for avlysing',
    en: 'Why the procurement was cancelled',
    letters: { foa_7_1: '(1)', foa_10_5: 'm', foa_25_5: 'o' },
    when: 'cancelled',
  },
  {
    code: 'otherMatters',
    nb: 'Andre vesentlige forhold',
    nn: 'Andre vesentlege forhold',
    en: 'Other important matters',
    letters: { foa_7_1: '(3)', foa_10_5: 'o', foa_25_5: 'p' },
    when: 'never',
  },
] as const satisfies readonly (CodeDef & { letters: Letters; when: ProtocolWhen })[];

export type ProtocolItem = (typeof protocolItemDefs)[number]['code'];
export const protocolItems = protocolItemDefs.map((d) => d.code) as unknown as readonly [
  ProtocolItem,
  ...ProtocolItem[],
];

/** Procedures that limit the number of participants (§ 10-5 (2) e, § 25-5 (2) h). */
export const LIMITED_PROCEDURES: readonly Procedure[] = [
  'begrenset_tilbud',
  'begrenset_anbud',
  'forhandling',
  'dialog',
  'innovasjonspartnerskap',
  'plan_design_begrenset',
];

const SECTION_HEAD: Record<ProtocolSection, string> = { foa_7_1: '§ 7-1', foa_10_5: '§ 10-5', foa_25_5: '§ 25-5' };
const refWords = translator(
  defineMessages({
    secondParagraphLetter: {
      nb: '{head} annet ledd bokstav {letter}',
      nn: '{head} andre ledd bokstav {letter}',
      en: '{head} (2) {letter}',
    },
  }),
);

/** "§ 25-5 (2) c" / "§ 25-5 annet ledd bokstav c": the item's letter in the case's section. */
export function protocolRef(item: ProtocolItem, section: ProtocolSection | null, locale: Locale): string {
  if (!section) return '';
  const letter = (protocolItemDefs.find((d) => d.code === item)!.letters as Letters)[section];
  if (!letter) return '';
  if (letter.startsWith('§')) return letter;
  const head = SECTION_HEAD[section];
  if (letter.startsWith('(')) return `${head} ${letter}`;
  return refWords('secondParagraphLetter', locale, { head, letter });
}
