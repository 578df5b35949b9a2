import { kindDefs } from '../reference/kinds.js';
import { noticeKindDefs, noticePlatformDefs, type NoticeKind, type NoticePlatform } from '../reference/notices.js';
import { phaseDef, type Phase } from '../reference/phases.js';
import { procedureDefs, type Procedure } from '../reference/procedures.js';
import type { CaseDetail } from '../schemas/case.js';
import type { ContractDetail } from '../schemas/contract.js';

// A case as an OCDS 1.1 release (docs/DOMAIN.md, OCDS): the tender
// from the case, an award and a contract per contract, suppliers as parties
// identified by their organisation number (org-id scheme NO-BRC). Only what
// the register holds as public goes out: no notes, no dialogue.

export interface OcdsBuyer {
  name: string;
  /** The municipality's organisation number. */
  orgnr: string;
}

/** "2026-03-14" as an OCDS date-time: midnight in Norway's time zone is close enough; the date is what matters. */
export const ocdsDate = (iso: string) => `${iso.slice(0, 10)}T00:00:00Z`;
const amount = (n: number) => ({ amount: n, currency: 'NOK' });
const partyId = (orgnr: string) => `NO-BRC-${orgnr}`;

/** Where the case stands, as OCDS's tender status. */
export function tenderStatus(phase: Phase): 'planning' | 'active' | 'complete' | 'cancelled' {
  if (phase === 'avlyst') return 'cancelled';
  const stage = phaseDef(phase).stage;
  if (stage === 'planning') return 'planning';
  // From the award on the competition is over; the tender is complete.
  if (stage === 'followup' || ['tildeling', 'karensperiode', 'kontraktsignering'].includes(phase)) return 'complete';
  return 'active';
}

/** What a release of the case holds now, as release tags. */
export function releaseTags(phase: Phase, contracts: number): string[] {
  if (phase === 'avlyst') return ['tenderCancellation'];
  const status = tenderStatus(phase);
  if (status === 'planning') return ['planning'];
  if (contracts === 0) return status === 'complete' ? ['tender', 'award'] : ['tender'];
  return phaseDef(phase).stage === 'followup' ? ['award', 'contract', 'implementation'] : ['award', 'contract'];
}

/**
 * OCDS contract status: "active" is "signed by all the parties, and now
 * legally in force", so a signed contract that has not started is active;
 * one not yet signed is pending; one that has ended or was terminated is
 * terminated.
 */
function contractStatus(c: ContractDetail): 'pending' | 'active' | 'terminated' {
  if (c.status === 'expired' || c.status === 'terminated') return 'terminated';
  if (c.signedDate || c.status === 'active') return 'active';
  return 'pending';
}

/** What the protocol adds: who took part and what became of them, the award notice and the standstill. */
export interface OcdsProtocol {
  participants: readonly { name: string; orgnr: string; requested: boolean; tendered: boolean; awarded: boolean }[];
  awardNoticeDate: string | null;
  standstillEndDate: string | null;
  /** The case's notices in Doffin and TED (core/reference/notices.ts), if any. */
  notices?: readonly { kind: NoticeKind; platform: NoticePlatform; ref: string; date: string; note: string }[];
}

/**
 * A notice as an OCDS document: its number in Doffin or TED as the id (the
 * service named in the title, as the standard has no field for the
 * publisher), the code list's document type (core/reference/notices.ts).
 */
function noticeDocument(n: NonNullable<OcdsProtocol['notices']>[number]) {
  const def = noticeKindDefs.find((d) => d.code === n.kind)!;
  const platform = noticePlatformDefs.find((d) => d.code === n.platform)!;
  return {
    id: `${n.platform}-${n.ref}`,
    documentType: def.ocds,
    title: `${def.nb} (${platform.nb} ${n.ref})`,
    ...(n.note ? { description: n.note } : {}),
    datePublished: ocdsDate(n.date),
    language: 'nb',
  };
}

/**
 * The OCDS method of the case's procedure (core/reference/procedures.ts). A
 * direct award after asking several suppliers is `limited` ("the procuring
 * entity contacts a number of suppliers of its choice"); with one, `direct`.
 */
export function ocdsMethod(procedure: Procedure | null, protocol: OcdsProtocol | null): string | null {
  const def = procedureDefs.find((p) => p.code === procedure);
  if (!def) return null;
  if (procedure === 'direkte' && (protocol?.participants.filter((p) => p.requested || p.tendered).length ?? 0) >= 2)
    return 'limited';
  return def.ocds;
}

type OcdsParty = { id: string; name: string; orgnr: string };

/** Another contracting authority of a joint procurement (core/rules/joint.ts): a buyer, and the procuringEntity where it leads. */
export type OcdsJointBuyer = { name: string; orgnr: string; lead: boolean };

/** What the parts of a release are made from: the case, its contracts, the buyer, and where the award stands. */
function releaseScope(
  kase: CaseDetail,
  contracts: ContractDetail[],
  buyer: OcdsBuyer,
  ocidPrefix: string,
  protocol: OcdsProtocol | null,
  joint: readonly OcdsJointBuyer[],
) {
  const ocid = `${ocidPrefix}-${kase.caseNumber.replace('/', '-')}`;
  const eventDate = (p: Phase) => kase.timeline.find((e) => e.phase === p)?.date ?? null;
  const suppliers = new Map<string, OcdsParty>();
  for (const c of contracts)
    for (const s of c.suppliers) suppliers.set(s.orgnr, { id: partyId(s.orgnr), name: s.name, orgnr: s.orgnr });
  // Everyone who tendered (the protocol), the winners included: a supplier without a Norwegian organisation number gets an id of this release.
  const tenderers = new Map<string, OcdsParty>();
  for (const s of suppliers.values()) tenderers.set(s.id, s);
  protocol?.participants.forEach((p, i) => {
    if (!p.tendered && !p.awarded) return;
    const id = /^\d{9}$/.test(p.orgnr) ? partyId(p.orgnr) : `${ocid}-tenderer-${i + 1}`;
    if (!tenderers.has(id)) tenderers.set(id, { id, name: p.name, orgnr: /^\d{9}$/.test(p.orgnr) ? p.orgnr : '' });
  });
  // An award decided and in its standstill, before any contract: pending, from the protocol's chosen supplier.
  const inStandstill = ['tildeling', 'karensperiode', 'kontraktsignering'].includes(kase.phase);
  const chosen = protocol?.participants.filter((p) => p.awarded) ?? [];
  return {
    kase,
    contracts,
    buyer,
    protocol,
    ocid,
    buyerRef: { id: partyId(buyer.orgnr), name: buyer.name },
    joint,
    // A joint procurement's leader manages it (procuringEntity); the office where none of the others leads.
    procuringRef: ((l) =>
      l ? { id: partyId(l.orgnr), name: l.name } : { id: partyId(buyer.orgnr), name: buyer.name })(
      joint.find((j) => j.lead),
    ),
    eventDate,
    suppliers,
    tenderers,
    inStandstill,
    chosen,
    standstillStart: protocol?.awardNoticeDate ?? eventDate('karensperiode'),
    standstillEnd: protocol?.standstillEndDate ?? null,
    pendingAward: contracts.length === 0 && inStandstill && chosen.length > 0,
  };
}
type ReleaseScope = ReturnType<typeof releaseScope>;

/**
 * The buyer, the other buyers of a joint procurement, then every tenderer;
 * those awarded a contract (or the pending award) are suppliers too. Every
 * contracting authority of a joint procurement is a buyer (its budget pays
 * its share); the one that leads is also the procuringEntity (OCDS 1.1
 * party roles code list: "buyer", "procuringEntity").
 */
function releaseParties({
  buyer,
  buyerRef,
  joint,
  procuringRef,
  tenderers,
  suppliers,
  pendingAward,
  chosen,
}: ReleaseScope) {
  return [
    {
      id: buyerRef.id,
      name: buyer.name,
      identifier: { scheme: 'NO-BRC', id: buyer.orgnr, legalName: buyer.name },
      roles: procuringRef.id === buyerRef.id ? ['buyer', 'procuringEntity'] : ['buyer'],
    },
    ...joint
      .filter((j) => partyId(j.orgnr) !== buyerRef.id)
      .map((j) => ({
        id: partyId(j.orgnr),
        name: j.name,
        identifier: { scheme: 'NO-BRC', id: j.orgnr, legalName: j.name },
        roles: j.lead ? ['buyer', 'procuringEntity'] : ['buyer'],
      })),
    ...[...tenderers.values()].map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.orgnr ? { identifier: { scheme: 'NO-BRC', id: s.orgnr, legalName: s.name } } : {}),
      roles:
        suppliers.has(s.orgnr) || (pendingAward && chosen.some((c) => c.name === s.name))
          ? ['supplier', 'tenderer']
          : ['tenderer'],
    })),
  ];
}

/** The need, the estimated value, and the planned notice and contract start as milestones. */
function releasePlanning({ kase, contracts, eventDate }: ReleaseScope) {
  const noticeDate = eventDate('kunngjoring');
  return {
    rationale: kase.description || kase.title,
    budget: {
      description: 'Anslått verdi ekskl. mva., hele kontraktsperioden med opsjoner',
      amount: amount(kase.estimatedValue),
    },
    ...(kase.plannedNoticeDate || kase.plannedContractStart
      ? {
          milestones: [
            ...(kase.plannedNoticeDate
              ? [
                  {
                    id: 'planned-notice',
                    title: 'Planlagt kunngjøring',
                    type: 'engagement',
                    dueDate: ocdsDate(kase.plannedNoticeDate),
                    status: noticeDate ? 'met' : 'scheduled',
                  },
                ]
              : []),
            ...(kase.plannedContractStart
              ? [
                  {
                    id: 'planned-start',
                    title: 'Planlagt kontraktsstart',
                    type: 'delivery',
                    dueDate: ocdsDate(kase.plannedContractStart),
                    status: contracts.length ? 'met' : 'scheduled',
                  },
                ]
              : []),
          ],
        }
      : {}),
  };
}

/** The competition: what is bought, how, its periods and who tendered. */
function releaseTender({
  kase,
  contracts,
  protocol,
  procuringRef,
  eventDate,
  tenderers,
  inStandstill,
  standstillStart,
  standstillEnd,
}: ReleaseScope) {
  const method = ocdsMethod(kase.procedure, protocol);
  const tenderNotices = (protocol?.notices ?? []).filter((n) => n.kind !== 'award');
  const procedure = procedureDefs.find((p) => p.code === kase.procedure);
  const kind = kindDefs.find((k) => k.code === kase.kind)!;
  const noticeDate = eventDate('kunngjoring');
  // The deadline recorded as passed, else the one planned (the notice states it to every supplier).
  const deadline = eventDate('tilbudsfrist') ?? kase.plannedTenderDeadline;
  return {
    id: kase.caseNumber,
    title: kase.title,
    description: kase.description,
    status: tenderStatus(kase.phase),
    procuringEntity: procuringRef,
    value: amount(kase.estimatedValue),
    ...(procedure && method ? { procurementMethod: method, procurementMethodDetails: procedure.nb } : {}),
    mainProcurementCategory: kind.ocds,
    items: [
      {
        id: '1',
        description: kase.title,
        ...(kase.cpvCode
          ? {
              classification: {
                scheme: 'CPV',
                id: kase.cpvCode,
                description: kase.cpvLabel?.replace(/^\d{8}-\d\s*/, '') ?? '',
              },
            }
          : {}),
      },
    ],
    ...(noticeDate
      ? { tenderPeriod: { startDate: ocdsDate(noticeDate), ...(deadline ? { endDate: ocdsDate(deadline) } : {}) } }
      : {}),
    ...(tenderers.size
      ? {
          tenderers: [...tenderers.values()].map((s) => ({ id: s.id, name: s.name })),
          numberOfTenderers: tenderers.size,
        }
      : {}),
    ...releaseTechniques(contracts),
    // The contract notice, its corrections and an intention notice (the award notice goes with the awards).
    ...(tenderNotices.length ? { documents: tenderNotices.map(noticeDocument) } : {}),
    // The standstill: from the award notice until the award can become final (OCDS 1.1 has no period on the award itself).
    ...(inStandstill && standstillStart
      ? {
          awardPeriod: {
            startDate: ocdsDate(standstillStart),
            ...(standstillEnd ? { endDate: ocdsDate(standstillEnd) } : {}),
          },
        }
      : {}),
  };
}

/** The pending award in the standstill, if any, then one award per contract. */
function releaseAwards({
  kase,
  contracts,
  eventDate,
  tenderers,
  pendingAward,
  chosen,
  standstillEnd,
  protocol,
}: ReleaseScope) {
  // The contract award notice belongs to the awards it reports (one notice for all of a case's contracts).
  const awardNotices = (protocol?.notices ?? []).filter((n) => n.kind === 'award').map(noticeDocument);
  return [
    ...(pendingAward
      ? [
          {
            id: 'award-pending',
            title: kase.title,
            status: 'pending',
            ...(standstillEnd
              ? { description: `Karensperiode til ${standstillEnd.split('-').reverse().join('.')}` }
              : {}),
            ...(eventDate('tildeling') ? { date: ocdsDate(eventDate('tildeling')!) } : {}),
            suppliers: chosen.map((p) => ({
              id: [...tenderers.values()].find((t) => t.name === p.name)!.id,
              name: p.name,
            })),
          },
        ]
      : []),
    ...contracts.map((c) => ({
      id: `award-${c.id}`,
      title: c.title,
      status: 'active',
      ...(eventDate('tildeling') ? { date: ocdsDate(eventDate('tildeling')!) } : {}),
      value: amount(c.value),
      suppliers: c.suppliers.map((s) => ({ id: partyId(s.orgnr), name: s.name })),
      contractPeriod: {
        startDate: ocdsDate(c.startDate),
        endDate: ocdsDate(c.endDate),
        maxExtentDate: ocdsDate(c.latestEnd),
      },
      ...(awardNotices.length ? { documents: awardNotices } : {}),
    })),
  ];
}

/**
 * A framework agreement as the OCDS techniques extension describes it
 * (open-contracting-extensions/ocds_techniques_extension, for OCDS 1.1:
 * tender.techniques.hasFrameworkAgreement and .frameworkAgreement, whose
 * method is withoutReopeningCompetition for call-offs by the terms,
 * withReopeningCompetition for mini-competitions, or both). Its value is the
 * announced maximum; who may call off its buyerCategories; a special ground
 * for more than four years its periodRationale. Core OCDS has no such
 * field; the extension's fields validate against the core schema, which
 * allows what it does not define.
 */
const FRAMEWORK_METHOD = {
  ranked: 'withoutReopeningCompetition',
  mini_competition: 'withReopeningCompetition',
  both: 'withAndWithoutReopeningCompetition',
} as const;

function releaseTechniques(contracts: readonly ContractDetail[]) {
  const fw = contracts.find((c) => c.framework)?.framework;
  if (!fw) return {};
  return {
    techniques: {
      hasFrameworkAgreement: true,
      frameworkAgreement: {
        method: FRAMEWORK_METHOD[fw.callOff],
        ...(fw.maxValue !== null ? { value: amount(fw.maxValue) } : {}),
        ...(fw.entitled.length ? { buyerCategories: fw.entitled.join(', ') } : {}),
        ...(fw.durationGround ? { periodRationale: fw.durationGround } : {}),
      },
    },
  };
}

/** A framework's call-offs as contracts under its award: what was bought, when, by whom, for how much. */
const releaseCallOffs = (c: ContractDetail) =>
  (c.framework?.callOffs ?? []).map((o) => ({
    id: `calloff-${o.id}`,
    awardID: `award-${c.id}`,
    title: o.description,
    description: `Avrop på rammeavtale: ${o.department}, ${o.supplierName}`,
    status: 'active',
    period: { startDate: ocdsDate(o.date), endDate: ocdsDate(o.date) },
    value: amount(o.value),
    dateSigned: ocdsDate(o.date),
  }));

const releaseContract = (c: ContractDetail) => ({
  id: `contract-${c.id}`,
  awardID: `award-${c.id}`,
  title: c.title,
  status: contractStatus(c),
  period: { startDate: ocdsDate(c.startDate), endDate: ocdsDate(c.currentEnd), maxExtentDate: ocdsDate(c.latestEnd) },
  value: amount(c.value),
  ...(c.signedDate ? { dateSigned: ocdsDate(c.signedDate) } : {}),
  ...(c.status === 'terminated' && c.terminatedDate
    ? {
        implementation: {
          milestones: [
            {
              id: 'terminated',
              title: 'Kontrakten er sagt opp',
              type: 'reporting',
              dateMet: ocdsDate(c.terminatedDate),
              status: 'met',
            },
          ],
        },
      }
    : {}),
});

export function ocdsRelease(
  kase: CaseDetail,
  contracts: ContractDetail[],
  buyer: OcdsBuyer,
  ocidPrefix: string,
  protocol: OcdsProtocol | null = null,
  joint: readonly OcdsJointBuyer[] = [],
) {
  const scope = releaseScope(kase, contracts, buyer, ocidPrefix, protocol, joint);
  const { ocid } = scope;
  return {
    ocid,
    id: `${ocid}-${kase.updatedAt.replace(/[^0-9]/g, '').slice(0, 14)}`,
    date: kase.updatedAt.includes('T') ? new Date(kase.updatedAt).toISOString() : ocdsDate(kase.updatedAt),
    tag: releaseTags(kase.phase, contracts.length),
    initiationType: 'tender',
    language: 'nb',
    parties: releaseParties(scope),
    buyer: scope.buyerRef,
    planning: releasePlanning(scope),
    tender: releaseTender(scope),
    awards: releaseAwards(scope),
    contracts: [...contracts.map(releaseContract), ...contracts.flatMap(releaseCallOffs)],
  };
}

export type OcdsRelease = ReturnType<typeof ocdsRelease>;
