import { z } from 'zod';

// The roles of the office server (README "Kontorserver"). Each contract
// method declares the roles that may call it beside its handler
// (service/registry.ts); on one PC there are no accounts and the user may do
// everything, as before.

export const roles = ['administrator', 'innkjøper', 'leser', 'avdeling'] as const;
export type Role = (typeof roles)[number];
export const RoleSchema = z.enum(roles);
