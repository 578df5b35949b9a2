import { addDays, orgnrCheckDigit, type DialogueForm } from '../../core/index.js';
import type { DialoguesRepo, SuppliersRepo } from '../../db/index.js';

// Suppliers and market dialogue for the demo municipality.
const FIRST = [
  'Nordisk',
  'Fjord',
  'Vestland',
  'Østlandet',
  'Bygg',
  'Miljø',
  'Grønn',
  'Tek',
  'Omsorg',
  'Data',
  'Vei',
  'Lys',
  'Trygg',
  'Bilpool',
  'Renhold',
];
const SECOND = ['service AS', 'partner AS', 'entreprenør AS', 'teknikk AS', 'løsninger AS', 'gruppen AS', 'drift AS'];
const CITIES = [
  ['0155', 'Oslo'],
  ['5003', 'Bergen'],
  ['7010', 'Trondheim'],
  ['4006', 'Stavanger'],
  ['9008', 'Tromsø'],
  ['2317', 'Hamar'],
] as const;
const TOPICS = [
  'fossilfrie kjøretøy',
  'lading og batteribytte',
  'krav til lærlinger',
  'HMS-kort og underleverandører',
  'ombruk av materialer',
  'responstid og beredskap',
  'integrasjon med fagsystemer',
  'opplæring av ansatte',
  'pris og totalkostnad over kontraktsperioden',
  'leveranse i distriktene',
];

const asciiDomain = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');

/** Makes `n` suppliers with valid organisation numbers. */
export function demoSuppliers(repo: SuppliersRepo, n: number, rnd: () => number): number[] {
  const ids: number[] = [];
  const used = new Set<string>();
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  while (ids.length < n) {
    const first8 = `9${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}`;
    const check = orgnrCheckDigit(first8);
    const name = `${pick(FIRST)} ${pick(SECOND)}`;
    if (check === null || used.has(first8) || used.has(name)) continue;
    used.add(first8);
    used.add(name);
    const [postalCode, city] = pick(CITIES);
    const contact = pick(['Siri Dahl', 'Jonas Berg', 'Fatima Ali', 'Lars Moen', 'Eva Lie']);
    ids.push(
      repo.insert({
        orgnr: `${first8}${check}`,
        name,
        address: `${pick(['Storgata', 'Kongens gate', 'Industriveien', 'Havnegata'])} ${1 + Math.floor(rnd() * 60)}`,
        postalCode,
        city,
        notes: '',
        notesConfidential: null,
        contacts: [
          {
            name: contact,
            role: 'Salgsansvarlig',
            email: `${contact.split(' ')[0]!.toLowerCase()}@${asciiDomain(name.split(' ')[0]!)}.no`,
            phone: `+47 9${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}`,
          },
        ],
      }),
    );
  }
  return ids;
}

/**
 * Market dialogue held in a case's dialogue phase, from `from` until `to`.
 * Questions are answered and, if the case has gone on to the competition,
 * shared with all before it did: the demo keeps the rule it teaches.
 */
export function demoDialogue(
  repo: DialoguesRepo,
  o: {
    caseId: number;
    title: string;
    from: string;
    to: string;
    movedOn: boolean;
    suppliers: number[];
    rnd: () => number;
  },
): void {
  const { rnd } = o;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const span = Math.max(1, Math.floor((Date.parse(o.to) - Date.parse(o.from)) / 86_400_000));
  const plan: DialogueForm[] = rnd() < 0.5 ? ['dialogkonferanse', 'en_til_en'] : rnd() < 0.5 ? ['rfi'] : ['en_til_en'];
  plan.forEach((form, k) => {
    const date = addDays(o.from, Math.min(span - 1, Math.floor(((k + rnd()) * span) / (plan.length + 1))));
    const invited = [
      ...new Set(Array.from({ length: form === 'en_til_en' ? 1 : 3 + Math.floor(rnd() * 3) }, () => pick(o.suppliers))),
    ];
    const topic = pick(TOPICS);
    const id = repo.insert({
      caseId: o.caseId,
      roundRevealed: '',
      roundConsentScope: '',
      roundConsentDate: null,
      form,
      status: 'held',
      date,
      time: form === 'rfi' ? '' : pick(['09:00', '10:30', '13:00']),
      title:
        form === 'dialogkonferanse'
          ? `Dialogkonferanse: ${o.title}`
          : form === 'rfi'
            ? `Forespørsel om informasjon: ${o.title}`
            : `Møte om ${topic}`,
      agenda: 'Kommunens behov. Markedets løsninger. Spørsmål.',
      minutes: `Leverandørene orienterte om ${topic}. Flere pekte på at ${pick(TOPICS)} bør vektlegges.`,
      minutesConfidential: form === 'en_til_en' && rnd() < 0.3 ? 'foa_7_4' : null,
      outcome: rnd() < 0.6 ? `Kravspesifikasjonen er justert: ${pick(TOPICS)}.` : '',
      outcomeConfidential: null,
      participants: 'Innkjøper og behovseier',
      round: null,
      suppliers: invited.map((s) => ({ supplierId: s, invited: true, attended: rnd() < 0.8 })),
    });
    if (rnd() < 0.6) {
      const later = addDays(date, 1 + Math.floor(rnd() * 3));
      const answered = later > o.to ? o.to : later;
      const item = repo.insertItem(id, {
        askedBy: invited[0]!,
        question: `Hva legger kommunen vekt på når det gjelder ${pick(TOPICS)}?`,
        answer: 'Det vil gå fram av konkurransegrunnlaget.',
        answeredDate: answered,
        answerConfidential: null,
      });
      const shared = addDays(answered, 1 + Math.floor(rnd() * 3));
      if (o.movedOn || (shared <= o.to && rnd() < 0.5))
        repo.shareItem(item, 1, shared <= o.to ? shared : o.to, 'Publisert i konkurransegjennomføringsverktøyet');
    }
  });
}
