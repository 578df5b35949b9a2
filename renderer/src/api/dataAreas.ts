import type { Method } from '../../../core/index.js';

// What each contract method's answer shows, and what each write changes, by
// area of the register. After a write, exactly the answers that show what it
// changed are fetched again (queries.ts): a case edit refreshes the case, its
// list, the plan and the goals, not the backups or the settings.
// test/renderer/dataAreas.test.ts holds every method of the contract to one
// of the two tables, so a new method cannot be forgotten here.

export const dataAreas = [
  'cases',
  'suppliers',
  'dialogue',
  'contracts',
  'savings',
  'strategy',
  'packs',
  'settings',
  'backups',
  'thresholds',
  'audit',
  'accounts',
] as const;
export type DataArea = (typeof dataAreas)[number];
const ALL = dataAreas;

/** Reads: the areas each answer shows. */
export const reads = {
  // What the signed-in user may call: their account's role.
  'access.mine': ['accounts'],
  'accounts.list': ['accounts'],
  'reference.get': [],
  'reference.cpv': [],
  'cases.list': ['cases'],
  'cases.facets': ['cases'],
  'comments.forCase': ['cases'],
  'cases.get': ['cases', 'contracts', 'dialogue', 'savings', 'thresholds', 'settings'],
  'suppliers.list': ['suppliers'],
  'suppliers.get': ['suppliers', 'contracts', 'dialogue'],
  'dialogues.forCase': ['dialogue', 'suppliers'],
  'dialogues.list': ['dialogue', 'suppliers'],
  'dialogues.get': ['dialogue', 'suppliers', 'cases'],
  'dialogues.search': ['dialogue', 'cases'],
  'dialogues.overview': ['dialogue', 'cases'],
  'competitiveDialogue.get': ['dialogue', 'cases', 'suppliers'],
  'contracts.list': ['contracts', 'suppliers'],
  'contracts.get': ['contracts', 'suppliers', 'cases', 'settings'],
  'contracts.deadlines': ['contracts', 'cases', 'settings'],
  'contracts.running': ['contracts', 'cases', 'settings'],
  'contracts.frameworkSpend': ['contracts', 'cases'],
  'overview.get': ['contracts', 'cases', 'dialogue', 'settings'],
  'overview.awardDeadlines': ['contracts', 'cases'],
  'notices.list': ['cases'],
  'joint.get': ['cases', 'settings'],
  'complaints.list': ['cases'],
  'savings.get': ['savings', 'contracts', 'cases'],
  'savings.totals': ['savings', 'contracts', 'cases'],
  'analytics.phaseTimes': ['cases'],
  'strategy.list': ['strategy'],
  'strategy.get': ['strategy'],
  'strategy.dashboard': ['strategy', 'cases', 'contracts', 'dialogue', 'savings', 'settings'],
  'plan.get': ['cases'],
  'plan.portfolio': ['cases'],
  'briefing.build': ALL,
  'briefing.list': ['packs'],
  'briefing.prepared': ALL,
  'audit.forRecord': ['audit'],
  'settings.get': ['settings'],
  'thresholds.list': ['thresholds'],
  'system.status': ['backups'],
  'backup.list': ['backups', 'settings'],
  'import.preview': ['cases', 'suppliers'],
  'import.rejects': ['cases', 'suppliers'],
  'bundle.preview': ALL,
  'exchange.ocds': ALL,
  'protocol.get': ['cases', 'contracts', 'dialogue', 'suppliers', 'settings', 'thresholds'],
} as const satisfies Partial<Record<Method, readonly DataArea[]>>;

/** Writes: the areas each changes (every write is also in the history). */
export const writes = {
  'cases.create': ['cases', 'audit'],
  'cases.update': ['cases', 'audit'],
  'cases.changePhase': ['cases', 'audit'],
  'cases.archive': ['cases', 'audit'],
  'comments.add': ['cases', 'audit'],
  'suppliers.create': ['suppliers', 'audit'],
  'suppliers.update': ['suppliers', 'audit'],
  // A merge moves contracts and dialogue over to the supplier kept.
  'suppliers.merge': ['suppliers', 'contracts', 'dialogue', 'audit'],
  'dialogues.create': ['dialogue', 'audit'],
  'dialogues.update': ['dialogue', 'audit'],
  'dialogues.addItem': ['dialogue', 'audit'],
  'dialogues.updateItem': ['dialogue', 'audit'],
  'dialogues.shareItem': ['dialogue', 'audit'],
  'competitiveDialogue.prequalify': ['dialogue', 'cases', 'audit'],
  'competitiveDialogue.close': ['dialogue', 'cases', 'audit'],
  'contracts.create': ['contracts', 'cases', 'audit'],
  'contracts.update': ['contracts', 'audit'],
  'contracts.decideOption': ['contracts', 'audit'],
  'contracts.undoOptionDecision': ['contracts', 'audit'],
  'contracts.terminate': ['contracts', 'audit'],
  'contracts.addFollowup': ['contracts', 'audit'],
  'contracts.setFramework': ['contracts', 'audit'],
  'contracts.addCallOff': ['contracts', 'audit'],
  'contracts.updateCallOff': ['contracts', 'audit'],
  'contracts.deleteCallOff': ['contracts', 'audit'],
  'contracts.importCallOffs': ['contracts', 'audit'],
  'savings.set': ['savings', 'audit'],
  'savings.setRealised': ['savings', 'audit'],
  'savings.setBenefit': ['savings', 'audit'],
  'strategy.save': ['strategy', 'audit'],
  // Keeps a pack's settings for its print route for a while; changes nothing shown.
  'briefing.prepare': [],
  'settings.set': ['settings', 'audit'],
  'accounts.create': ['accounts', 'audit'],
  'accounts.update': ['accounts', 'audit'],
  'accounts.setPassword': ['accounts', 'audit'],
  'access.changeOwnPassword': ['accounts', 'audit'],
  'thresholds.add': ['thresholds', 'audit'],
  'thresholds.withdraw': ['thresholds', 'audit'],
  'backup.now': ['backups'],
  'backup.setFolder': ['backups', 'settings', 'audit'],
  // Another register in place of this one: everything.
  'backup.restore': ALL,
  'import.commit': ['cases', 'suppliers', 'audit'],
  'protocol.save': ['cases', 'audit'],
  'protocol.recordAward': ['cases', 'audit'],
  'notices.add': ['cases', 'audit'],
  'joint.add': ['cases', 'audit'],
  'joint.update': ['cases', 'audit'],
  'joint.remove': ['cases', 'audit'],
  'complaints.add': ['cases', 'audit'],
  'complaints.update': ['cases', 'audit'],
  'complaints.remove': ['cases', 'audit'],
  'notices.remove': ['cases', 'audit'],
  'protocol.finalise': ['cases', 'audit'],
  'bundle.import': ALL,
  'demo.seed': ALL,
} as const satisfies Partial<Record<Method, readonly DataArea[]>>;

/** The areas a method's answer shows (a read), or none (a write, or not listed). */
export function areasRead(method: string): readonly DataArea[] {
  return (reads as Partial<Record<string, readonly DataArea[]>>)[method] ?? [];
}

/** The areas a method changes (a write), or none (a read). */
export function areasWritten(method: string): readonly DataArea[] {
  return (writes as Partial<Record<string, readonly DataArea[]>>)[method] ?? [];
}
