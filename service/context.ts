import type { Locale } from '../core/index.js';
import type { Tx, AuditRepo, BriefingRepo, BundleRepo, CasesRepo, SettingsRepo, ContractsRepo, DialoguesRepo, GoalsRepo, PlanRepo, ProtocolsRepo, SavingsRepo, StrategiesRepo, SuppliersRepo, ThresholdsRepo } from '../db/index.js';

/** What every handler gets besides its input. */
export interface HandlerContext {
  locale: Locale;
  /** Today's date (Europe/Oslo) as ISO; injectable so tests can fix the clock. */
  today: string;
  repos: { cases: CasesRepo; suppliers: SuppliersRepo; dialogues: DialoguesRepo; contracts: ContractsRepo; savings: SavingsRepo; goals: GoalsRepo; strategies: StrategiesRepo; plan: PlanRepo; briefing: BriefingRepo; audit: AuditRepo; settings: SettingsRepo; protocols: ProtocolsRepo; bundle: BundleRepo; thresholds: ThresholdsRepo };
  /** The unit of work: runs its function in one transaction (nested ones are savepoints). */
  tx: Tx;
  /** Who the host says is at the keyboard (the OS user), when no name is set. */
  actor: string;
}
