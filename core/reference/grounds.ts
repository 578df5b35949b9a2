import type { Words } from '../i18n/messages.js';
import type { CodeDef } from './codeName.js';

// The legal grounds a procedure may need, with the regulation's own wording
// (anskaffelsesforskriften, FOR-2016-08-12-974, as in force from 21.3.2024;
// https://lovdata.no/dokument/SF/forskrift/2016-08-12-974). A case records
// the ground its procedure rests on (and why it is met, in free text); the
// regime rule warns until it is recorded, and the protocol prints it.
//
// `nb` is the regulation's text of the letter (shortened with "…" where the
// letter goes on); `nn` and `en` are our renderings of it (the regulation is
// given in bokmål on Lovdata).

export interface GroundDef extends CodeDef {
  /** The set (section) it belongs to. */
  set: GroundSet;
  /** "§ 13-2 bokstav a". */
  ref: Words<string>;
}

export const groundSetDefs = [
  {
    code: 'foa_5_2',
    short: { nb: 'FOA § 5-2 første ledd', nn: 'FOA § 5-2 første ledd', en: 'FOA § 5-2 (1)' },
    nb: 'FOA § 5-2 første ledd: kontrakter del II ikke gjelder for (del I gjelder)',
    nn: 'FOA § 5-2 første ledd: kontraktar som del II ikkje gjeld for (del I gjeld)',
    en: 'FOA § 5-2 (1): contracts part II does not apply to (part I applies)',
    url: 'https://lovdata.no/forskrift/2016-08-12-974/§5-2',
  },
  {
    code: 'foa_13_1_3',
    short: { nb: 'FOA § 13-1 tredje ledd', nn: 'FOA § 13-1 tredje ledd', en: 'FOA § 13-1 (3)' },
    nb: 'FOA § 13-1 tredje ledd: konkurranse om innovasjonspartnerskap',
    nn: 'FOA § 13-1 tredje ledd: konkurranse om innovasjonspartnarskap',
    en: 'FOA § 13-1 (3): innovation partnership',
    url: 'https://lovdata.no/forskrift/2016-08-12-974/§13-1',
  },
  {
    code: 'foa_13_2',
    short: { nb: 'FOA § 13-2', nn: 'FOA § 13-2', en: 'FOA § 13-2' },
    nb: 'FOA § 13-2: vilkår for konkurranse med forhandling etter forutgående kunngjøring og konkurransepreget dialog',
    nn: 'FOA § 13-2: vilkår for konkurranse med forhandling etter førehandskunngjering og konkurranseprega dialog',
    en: 'FOA § 13-2: conditions for the competitive procedure with negotiation and competitive dialogue',
    url: 'https://lovdata.no/forskrift/2016-08-12-974/§13-2',
  },
  {
    code: 'foa_13_3',
    short: { nb: 'FOA § 13-3', nn: 'FOA § 13-3', en: 'FOA § 13-3' },
    nb: 'FOA § 13-3: vilkår for konkurranse med forhandling uten forutgående kunngjøring',
    nn: 'FOA § 13-3: vilkår for konkurranse med forhandling utan førehandskunngjering',
    en: 'FOA § 13-3: conditions for the negotiated procedure without prior publication',
    url: 'https://lovdata.no/forskrift/2016-08-12-974/§13-3',
  },
  {
    code: 'foa_13_4',
    short: { nb: 'FOA § 13-4', nn: 'FOA § 13-4', en: 'FOA § 13-4' },
    nb: 'FOA § 13-4: vilkår for anskaffelser uten konkurranse',
    nn: 'FOA § 13-4: vilkår for anskaffingar utan konkurranse',
    en: 'FOA § 13-4: conditions for a procurement without competition',
    url: 'https://lovdata.no/forskrift/2016-08-12-974/§13-4',
  },
] as const;
export type GroundSet = (typeof groundSetDefs)[number]['code'];

const letter = (section: string, l: string): Words<string> => ({
  nb: `${section} bokstav ${l}`,
  nn: `${section} bokstav ${l}`,
  en: `${section} (${l})`,
});

export const groundDefs: readonly GroundDef[] = [
  // § 5-2 (1): Del II does not apply; the contract may be entered without a Del II competition.
  {
    code: 'foa_5_2_a',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'a'),
    nb: 'oppdragsgiveren bare kan inngå med en bestemt leverandør i markedet',
    nn: 'oppdragsgivaren berre kan inngå med ein bestemd leverandør i marknaden',
    en: 'the contract can only be entered with one particular supplier in the market',
  },
  {
    code: 'foa_5_2_b',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'b'),
    nb: 'oppdragsgiveren kan inngå på grunnlag av et usedvanlig fordelaktig tilbud som gjør det mulig å anskaffe ytelsene til en pris som ligger vesentlig under normale markedspriser',
    nn: 'oppdragsgivaren kan inngå på grunnlag av eit uvanleg fordelaktig tilbod som gjer det mogleg å anskaffe ytingane til ein pris som ligg vesentleg under normale marknadsprisar',
    en: 'an exceptionally advantageous offer, well below normal market prices',
  },
  {
    code: 'foa_5_2_c',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'c'),
    nb: 'oppdragsgiveren på grunn av uforutsette omstendigheter ikke kan utsette inngåelsen av i den tidsperioden det vil ta å få gjennomført en åpen eller begrenset tilbudskonkurranse',
    nn: 'oppdragsgivaren på grunn av uføresette omstende ikkje kan utsetje inngåinga i den tida det vil ta å få gjennomført ein open eller avgrensa tilbodskonkurranse',
    en: 'unforeseen circumstances: it cannot wait the time an open or restricted competition takes',
  },
  {
    code: 'foa_5_2_d',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'd'),
    nb: 'gjelder tilleggsytelser som på grunn av uforutsette omstendigheter er strengt nødvendige for å få fullført en kontrakt, forutsatt at oppdragsgiveren inngår kontrakten om tilleggsytelsene med samme leverandør',
    nn: 'gjeld tilleggsytingar som på grunn av uføresette omstende er strengt nødvendige for å få fullført ein kontrakt, føresett at oppdragsgivaren inngår kontrakten om tilleggsytingane med same leverandør',
    en: 'additional work strictly necessary, through unforeseen circumstances, to complete a contract, with the same supplier',
  },
  {
    code: 'foa_5_2_e',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'e'),
    nb: 'oppdragsgiveren inngår etter en mislykket åpen eller begrenset tilbudskonkurranse, forutsatt at oppdragsgiveren ikke foretar vesentlige endringer i anskaffelsesdokumentene',
    nn: 'oppdragsgivaren inngår etter ein mislukka open eller avgrensa tilbodskonkurranse, føresett at oppdragsgivaren ikkje gjer vesentlege endringar i anskaffingsdokumenta',
    en: 'after a failed open or restricted competition, without substantial changes to the documents',
  },
  {
    code: 'foa_5_2_f',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'f'),
    nb: 'gjelder varer eller tjenester som kjøpes på børs, råvarebørs eller lignende marked',
    nn: 'gjeld varer eller tenester som blir kjøpte på børs, råvarebørs eller liknande marknad',
    en: 'goods or services bought on an exchange, commodity exchange or similar market',
  },
  {
    code: 'foa_5_2_g',
    set: 'foa_5_2',
    ref: letter('§ 5-2 første ledd', 'g'),
    nb: 'gjelder dekningskjøp som er nødvendige fordi en konkurranse må avlyses, eller fordi det har oppstått en tvist som forsinker en kontraktsinngåelse …',
    nn: 'gjeld dekningskjøp som er nødvendige fordi ein konkurranse må avlysast, eller fordi det har oppstått ein tvist som forseinkar ei kontraktsinngåing …',
    en: 'cover purchases needed because a competition must be cancelled or a dispute delays a contract …',
  },
  // § 13-1 (3)
  {
    code: 'foa_13_1_3',
    set: 'foa_13_1_3',
    ref: { nb: '§ 13-1 tredje ledd', nn: '§ 13-1 tredje ledd', en: '§ 13-1 (3)' },
    nb: 'for å utvikle og anskaffe innovative varer, tjenester eller bygge- og anleggsarbeider',
    nn: 'for å utvikle og anskaffe innovative varer, tenester eller bygge- og anleggsarbeid',
    en: 'to develop and buy innovative goods, services or works',
  },
  // § 13-2
  {
    code: 'foa_13_2_a',
    set: 'foa_13_2',
    ref: letter('§ 13-2', 'a'),
    nb: 'oppdragsgiverens behov ikke kan oppfylles uten at det foretas tilpasninger i allerede tilgjengelige løsninger',
    nn: 'behova til oppdragsgivaren ikkje kan oppfyllast utan at det blir gjort tilpassingar i løysingar som allereie er tilgjengelege',
    en: 'the needs cannot be met without adapting readily available solutions',
  },
  {
    code: 'foa_13_2_b',
    set: 'foa_13_2',
    ref: letter('§ 13-2', 'b'),
    nb: 'anskaffelsen inkluderer design eller innovative løsninger',
    nn: 'anskaffinga inkluderer design eller innovative løysingar',
    en: 'the procurement includes design or innovative solutions',
  },
  {
    code: 'foa_13_2_c',
    set: 'foa_13_2',
    ref: letter('§ 13-2', 'c'),
    nb: 'anskaffelsens karakter, kompleksitet, rettslige eller finansielle sammensetning eller tilknyttede risiko gjør det nødvendig å forhandle',
    nn: 'karakteren og kompleksiteten til anskaffinga, den rettslege eller finansielle samansetjinga hennar eller risikoen knytt til henne gjer det nødvendig å forhandle',
    en: 'its nature, complexity, legal or financial make-up or risks make negotiation necessary',
  },
  {
    code: 'foa_13_2_d',
    set: 'foa_13_2',
    ref: letter('§ 13-2', 'd'),
    nb: 'oppdragsgiveren ikke kan utforme kravspesifikasjonene tilstrekkelig presist ved henvisning til en standard, europeisk teknisk bedømmelse, felles teknisk spesifikasjon eller teknisk referanse',
    nn: 'oppdragsgivaren ikkje kan utforme kravspesifikasjonane tilstrekkeleg presist ved å vise til ein standard, ei europeisk teknisk vurdering, ein felles teknisk spesifikasjon eller ein teknisk referanse',
    en: 'the specifications cannot be drawn up precisely enough by reference to a standard or technical reference',
  },
  {
    code: 'foa_13_2_e',
    set: 'foa_13_2',
    ref: letter('§ 13-2', 'e'),
    nb: 'oppdragsgiveren i en forutgående åpen anbudskonkurranse eller begrenset anbudskonkurranse bare mottok uakseptable tilbud …',
    nn: 'oppdragsgivaren i ein føregåande open anbodskonkurranse eller avgrensa anbodskonkurranse berre fekk uakseptable tilbod …',
    en: 'only unacceptable tenders were received in a prior open or restricted procedure …',
  },
  // § 13-3 (exhaustive, § 13-1 (4))
  {
    code: 'foa_13_3_a',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'a'),
    nb: 'oppdragsgiveren i en forutgående åpen anbudskonkurranse eller begrenset anbudskonkurranse bare mottok uakseptable tilbud, jf. § 13-2 bokstav e …',
    nn: 'oppdragsgivaren i ein føregåande open anbodskonkurranse eller avgrensa anbodskonkurranse berre fekk uakseptable tilbod, jf. § 13-2 bokstav e …',
    en: 'only unacceptable tenders in a prior open or restricted procedure (all who tendered are invited) …',
  },
  {
    code: 'foa_13_3_b',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'b'),
    nb: 'oppdragsgiveren i en forutgående åpen eller begrenset anbudskonkurranse ikke mottok forespørsler om å delta i konkurransen eller tilbud …',
    nn: 'oppdragsgivaren i ein føregåande open eller avgrensa anbodskonkurranse ikkje fekk førespurnader om å delta i konkurransen eller tilbod …',
    en: 'no requests to participate or no tenders (or none suitable) in a prior open or restricted procedure …',
  },
  {
    code: 'foa_13_3_c',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'c'),
    nb: 'en varekontrakt gjelder varer som produseres utelukkende for forsknings-, forsøks-, undersøkelses- eller utviklingsformål …',
    nn: 'ein varekontrakt gjeld varer som berre blir produserte for forskings-, forsøks-, undersøkings- eller utviklingsføremål …',
    en: 'goods made solely for research, experiment, study or development …',
  },
  {
    code: 'foa_13_3_d',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'd'),
    nb: 'oppdragsgiveren skal inngå en tjenestekontrakt med en av vinnerne av en plan- og designkonkurranse. Oppdragsgiveren skal invitere alle vinnerne til forhandlinger',
    nn: 'oppdragsgivaren skal inngå ein tenestekontrakt med ein av vinnarane av ein plan- og designkonkurranse. Oppdragsgivaren skal invitere alle vinnarane til forhandlingar',
    en: 'a service contract with one of the winners of a design contest; all winners are invited to negotiate',
  },
  {
    code: 'foa_13_3_e',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'e'),
    nb: 'det er umulig å overholde fristene … som følge av forhold som ikke skyldes oppdragsgiveren, og som oppdragsgiveren ikke kunne forutse. Kontraktens omfang skal ikke være større enn strengt nødvendig',
    nn: 'det er umogleg å halde fristane … som følgje av forhold som ikkje kjem av oppdragsgivaren, og som oppdragsgivaren ikkje kunne føresjå. Omfanget av kontrakten skal ikkje vere større enn strengt nødvendig',
    en: 'extreme urgency the contracting authority neither caused nor could foresee; no larger than strictly necessary',
  },
  {
    code: 'foa_13_3_f',
    set: 'foa_13_3',
    ref: letter('§ 13-3', 'f'),
    nb: 'kontrakten gjelder dekningskjøp som er nødvendige fordi en kontrakt er kjent uten virkning etter anskaffelsesloven § 13 …',
    nn: 'kontrakten gjeld dekningskjøp som er nødvendige fordi ein kontrakt er kjend utan verknad etter anskaffingslova § 13 …',
    en: 'cover purchases needed because a contract was declared ineffective (anskaffelsesloven § 13) …',
  },
  // § 13-4 (exhaustive, § 13-1 (5))
  {
    code: 'foa_13_4_a',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'a'),
    nb: 'det er umulig å gjennomføre en konkurranse med forhandling uten forutgående kunngjøring etter § 13-3',
    nn: 'det er umogleg å gjennomføre ein konkurranse med forhandling utan førehandskunngjering etter § 13-3',
    en: 'a negotiated procedure without prior publication under § 13-3 is impossible',
  },
  {
    code: 'foa_13_4_b',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'b'),
    nb: 'anskaffelsen gjelder ytelser som bare en bestemt leverandør kan levere fordi 1. formålet er å skape eller anskaffe et unikt kunstnerisk verk eller en unik kunstnerisk fremføring, 2. konkurranse er umulig av tekniske årsaker eller 3. leverandøren har en enerett …',
    nn: 'anskaffinga gjeld ytingar som berre ein bestemd leverandør kan levere fordi 1. føremålet er å skape eller anskaffe eit unikt kunstnarleg verk eller ei unik kunstnarleg framføring, 2. konkurranse er umogleg av tekniske årsaker eller 3. leverandøren har ein einerett …',
    en: 'only one supplier can deliver: a unique work of art, no competition for technical reasons, or an exclusive right …',
  },
  {
    code: 'foa_13_4_c',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'c'),
    nb: 'oppdragsgiveren skal inngå en varekontrakt om tilleggsleveranser med den opprinnelige leverandøren …',
    nn: 'oppdragsgivaren skal inngå ein varekontrakt om tilleggsleveransar med den opphavlege leverandøren …',
    en: 'additional deliveries of goods from the original supplier …',
  },
  {
    code: 'foa_13_4_d',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'd'),
    nb: 'oppdragsgiveren skal inngå en kontrakt om nye tjenester eller bygge- og anleggsarbeider som er en gjentakelse av lignende tjenester eller bygge- og anleggsarbeider …',
    nn: 'oppdragsgivaren skal inngå ein kontrakt om nye tenester eller bygge- og anleggsarbeid som er ei gjentaking av liknande tenester eller bygge- og anleggsarbeid …',
    en: 'new services or works repeating similar ones under an earlier contract with the same supplier …',
  },
  {
    code: 'foa_13_4_e',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'e'),
    nb: 'anskaffelsen gjelder varer som noteres og kjøpes på en varebørs',
    nn: 'anskaffinga gjeld varer som blir noterte og kjøpte på ein varebørs',
    en: 'goods quoted and bought on a commodity market',
  },
  {
    code: 'foa_13_4_f',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'f'),
    nb: 'anskaffelsen gjelder varer eller tjenester som oppdragsgiveren kan anskaffe på særlig fordelaktige vilkår hos en leverandør som har stanset forretningsførselen, eller hos en forvalter av et konkursbo …',
    nn: 'anskaffinga gjeld varer eller tenester som oppdragsgivaren kan anskaffe på særleg fordelaktige vilkår hos ein leverandør som har stansa forretningsdrifta, eller hos ein forvaltar av eit konkursbu …',
    en: 'particularly advantageous terms from a supplier winding up its business or from a receiver …',
  },
  {
    code: 'foa_13_4_g',
    set: 'foa_13_4',
    ref: letter('§ 13-4', 'g'),
    nb: 'oppdragsgiveren skal inngå en tjenestekontrakt med vinneren av en plan- og designkonkurranse',
    nn: 'oppdragsgivaren skal inngå ein tenestekontrakt med vinnaren av ein plan- og designkonkurranse',
    en: 'a service contract with the winner of a design contest',
  },
];

export const groundCodes = groundDefs.map((g) => g.code) as unknown as readonly [string, ...string[]];

export function groundDef(code: string): GroundDef | undefined {
  return groundDefs.find((g) => g.code === code);
}
