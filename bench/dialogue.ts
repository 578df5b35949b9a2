import { addDays, type DialogueForm } from '../core/index.js';
import { unitOfWork, CasesRepo, DialoguesRepo, SuppliersRepo } from '../db/index.js';
import { mulberry32 } from '../service/demo/generate.js';
import type { Service } from '../service/service.js';

// Words that fill minutes, questions and answers, so searches hit a realistic
// spread: some words in many entries, most in few.
const COMMON = [
  'leverandør',
  'kontrakt',
  'krav',
  'pris',
  'levering',
  'kvalitet',
  'miljø',
  'tjeneste',
  'behov',
  'løsning',
  'avtale',
  'marked',
];
const RARE = [
  'batteribytte',
  'hurtiglading',
  'nettforsterkning',
  'biogass',
  'hydrogen',
  'ombruk',
  'lærlinger',
  'HMS-kort',
  'sirkulær',
  'gjenvinning',
  'velferdsteknologi',
  'sensorer',
  'nattilsyn',
  'skyløsning',
  'integrasjon',
  'datamigrering',
  'opplæring',
  'responstid',
  'beredskap',
  'vintervedlikehold',
  'asfalt',
  'lavtemperatur',
  'fossilfri',
  'elektrifisering',
  'leasing',
  'totalkostnad',
  'livsløp',
  'garanti',
  'service',
  'reservedeler',
];
const FILLER = 'og i på for med til at som er det ikke vi de kan skal vil har om fra eller etter'.split(' ');
export const DIALOGUE_SEARCHES = [
  'batteri',
  'hurtiglad',
  'leasing',
  'krav',
  'biogass',
  'ombruk',
  'sensor',
  'opplæring',
  'responstid',
  'garanti',
  'fossilfri',
  'leverandør pris',
  'asfalt',
  'integrasjon',
  'velferd',
];

/**
 * Fills a database with `entries` dialogue entries: activities with minutes,
 * each with questions and answers, over a few thousand cases and suppliers.
 */
export function buildDialogue(service: Service, entries: number, today: string): void {
  const rnd = mulberry32(11);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const text = (n: number) => {
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rnd();
      words.push(r < 0.15 ? pick(COMMON) : r < 0.22 ? pick(RARE) : pick(FILLER));
    }
    return words.join(' ');
  };
  const db = service.database.db;
  const cases = new CasesRepo(db);
  const suppliers = new SuppliersRepo(db);
  const dialogues = new DialoguesRepo(db);
  const forms: DialogueForm[] = ['dialogkonferanse', 'en_til_en', 'rfi', 'horing', 'besok'];
  unitOfWork(db.$client)(() => {
    const caseIds: number[] = [];
    for (let i = 1; i <= 2000; i++) {
      caseIds.push(
        cases.insert(
          {
            caseNumber: `2026/${i}`,
            title: `Sak ${i}`,
            description: '',
            department: 'Eiendom',
            needOwner: '',
            buyer: 'Ola',
            estimatedValue: 1_000_000,
            kind: 'tjenester',
            procedure: null,
            procedureGround: null,
            procedureGroundNote: '',
            themes: [],
            plannedNoticeDate: null,
            plannedTenderDeadline: null,
            plannedAwardDate: null,
            plannedContractStart: null,
            climateWeightPct: null,
            climateRequirements: false,
            climateExempt: false,
            climateJustification: '',
            cpvCode: null,
          },
          addDays(today, -400),
        ),
      );
    }
    const supplierIds: number[] = [];
    for (let i = 0; i < 500; i++) {
      // Synthetic numbers; the bench writes through the repository, below the validation.
      supplierIds.push(
        suppliers.insert({
          orgnr: String(800000000 + i),
          name: `Leverandør ${i}`,
          address: '',
          postalCode: '',
          city: '',
          notes: '',
          notesConfidential: null,
          contacts: [],
        }),
      );
    }
    // Each activity counts as one entry, and each of its ~1.5 questions as one more.
    let made = 0;
    while (made < entries) {
      const date = addDays(today, -Math.floor(rnd() * 365));
      const id = dialogues.insert({
        status: 'held',
        roundRevealed: '',
        roundConsentScope: '',
        roundConsentDate: null,
        caseId: pick(caseIds),
        form: pick(forms),
        date,
        time: '',
        title: `Dialog om ${pick(RARE)}`,
        agenda: '',
        minutes: text(40),
        minutesConfidential: null,
        outcome: rnd() < 0.3 ? text(12) : '',
        outcomeConfidential: null,
        participants: '',
        round: null,
        suppliers: [{ supplierId: pick(supplierIds), invited: true, attended: true }],
      });
      made++;
      const items = Math.floor(rnd() * 3);
      for (let k = 0; k < items && made < entries; k++, made++) {
        dialogues.insertItem(id, {
          askedBy: null,
          question: text(14),
          answer: text(20),
          answeredDate: date,
          answerConfidential: null,
        });
      }
    }
  });
  cases.checkpoint();
}
