import type { Db } from '../open.js';
import { AccountsRepo } from './accounts.js';
import { AuditRepo } from './audit.js';
import { BriefingRepo } from './briefing.js';
import { BundleRepo } from './bundle.js';
import { CasesRepo } from './cases.js';
import { CommentsRepo } from './comments.js';
import { ContractsRepo } from './contracts.js';
import { DialoguesRepo } from './dialogues.js';
import { FrameworksRepo } from './frameworks.js';
import { GoalsRepo } from './goals.js';
import { NoticesRepo } from './notices.js';
import { JointRepo } from './joint.js';
import { ComplaintsRepo } from './complaints.js';
import { PlanRepo } from './plan.js';
import { ProtocolsRepo } from './protocols.js';
import { SavingsRepo } from './savings.js';
import { SettingsRepo } from './settings.js';
import { StrategiesRepo } from './strategies.js';
import { SuppliersRepo } from './suppliers.js';
import { ThresholdsRepo } from './thresholds.js';

/** Every repository over one open database: what the service's handlers reach as `ctx.repos`. */
export function reposOver(db: Db) {
  return {
    cases: new CasesRepo(db),
    suppliers: new SuppliersRepo(db),
    dialogues: new DialoguesRepo(db),
    contracts: new ContractsRepo(db),
    frameworks: new FrameworksRepo(db),
    savings: new SavingsRepo(db),
    goals: new GoalsRepo(db),
    strategies: new StrategiesRepo(db),
    plan: new PlanRepo(db),
    briefing: new BriefingRepo(db),
    audit: new AuditRepo(db),
    settings: new SettingsRepo(db),
    protocols: new ProtocolsRepo(db),
    notices: new NoticesRepo(db),
    joint: new JointRepo(db),
    complaints: new ComplaintsRepo(db),
    bundle: new BundleRepo(db),
    thresholds: new ThresholdsRepo(db),
    accounts: new AccountsRepo(db),
    comments: new CommentsRepo(db),
  };
}

export type Repos = ReturnType<typeof reposOver>;
