import { addDays, kofaAnswerDue, type Regime } from '../../core/index.js';
import type { ComplaintsRepo, NoticesRepo } from '../../db/index.js';

// A demo case's notices as an office records them: the contract notice in
// Doffin (and TED above the EEA thresholds), now and then a correction, and
// the contract award notice within 30 days of signing where the part asks
// for one (Del III, special services above the threshold, Del IV).

const serial = (rnd: () => number) => 100000 + Math.floor(rnd() * 800000);

export function demoNotices(
  repo: NoticesRepo,
  o: { caseId: number; regime: Regime; noticedOn: string; signedOn: string | null; rnd: () => number },
): void {
  const { rnd } = o;
  if (o.regime === 'under100k' || o.regime === 'partI') return;
  const year = o.noticedOn.slice(0, 4);
  const eea = o.regime === 'partIII' || o.regime === 'partIIEea' || o.regime === 'partIV';
  repo.insert(o.caseId, {
    kind: 'contract',
    platform: 'doffin',
    ref: `${year}-${serial(rnd)}`,
    date: o.noticedOn,
    note: '',
  });
  if (eea)
    repo.insert(o.caseId, {
      kind: 'contract',
      platform: 'ted',
      ref: `${serial(rnd)}-${year}`,
      date: addDays(o.noticedOn, 2),
      note: '',
    });
  if (rnd() < 0.2)
    repo.insert(o.caseId, {
      kind: 'correction',
      platform: 'doffin',
      ref: `${year}-${serial(rnd)}`,
      date: addDays(o.noticedOn, 7),
      note: 'Rettet tilbudsfristen og svart på spørsmål om opsjonene.',
    });
  if (eea && o.signedOn) {
    const date = addDays(o.signedOn, 5 + Math.floor(rnd() * 20));
    repo.insert(o.caseId, {
      kind: 'award',
      platform: 'ted',
      ref: `${serial(rnd)}-${date.slice(0, 4)}`,
      date,
      note: '',
    });
  }
}

/**
 * Now and then a losing tenderer complains after the award: answered within
 * the ten days the office set, the decision upheld; once in a while the
 * complaint goes on to KOFA, which decides it two months later.
 */
export function demoComplaints(
  repo: ComplaintsRepo,
  o: { caseId: number; awardedOn: string; today: string; supplier: string; toKofa: boolean },
): void {
  const date = addDays(o.awardedOn, 3);
  if (date > o.today) return;
  const answered = addDays(date, 8);
  repo.insert(o.caseId, {
    kind: 'office',
    date,
    supplier: o.supplier,
    concerns: 'Mener evalueringen av kvalitet ikke fulgte tildelingskriteriene.',
    answerDue: addDays(date, 10),
    answer: answered <= o.today ? 'Evalueringen er gjennomgått på nytt; den står seg.' : '',
    closedDate: answered <= o.today ? answered : null,
    outcome: answered <= o.today ? 'upheld' : null,
    kofaCaseNo: '',
    fee: false,
  });
  if (!o.toKofa || answered > o.today) return;
  const filed = addDays(answered, 12);
  if (filed > o.today) return;
  const decided = addDays(filed, 60);
  repo.insert(o.caseId, {
    kind: 'kofa',
    date: filed,
    supplier: o.supplier,
    concerns: 'Tildelingsevalueringen.',
    answerDue: kofaAnswerDue(filed),
    answer: decided <= o.today ? 'Klagen ble ikke tatt til følge.' : '',
    closedDate: decided <= o.today ? decided : null,
    outcome: decided <= o.today ? 'upheld' : null,
    kofaCaseNo: `${filed.slice(0, 4)}/${String(100 + (o.caseId % 800)).padStart(4, '0')}`,
    fee: false,
  });
}
