import { z } from 'zod';
import { RoleSchema } from '../reference/roles.js';
import { id, requiredLine } from './common.js';

// The office server's accounts as the administrator manages them
// (service/handlers/accounts.ts). A password goes in, never out: no output
// carries a hash.

/** How a user name may look: letters, digits, dot, hyphen, underscore and @ (so an e-mail address or a directory name fits). */
export const UsernameSchema = z
  .string()
  .trim()
  .min(2, { message: 'usernameForm' })
  .max(64, { message: 'usernameForm' })
  .regex(/^[\p{L}\p{N}._@-]+$/u, { message: 'usernameForm' });
/** The shortest password accepted (NSM's grunnprinsipper for IKT-sikkerhet advise long passphrases; 12 is the floor). */
export const MIN_PASSWORD_LENGTH = 12;
/** A password as typed; its floor (MIN_PASSWORD_LENGTH) is checked by the service, in words on the field. */
const password = z.string().max(200);
const departments = z.array(requiredLine(120)).max(50);

export const AccountSchema = z.object({
  id,
  username: z.string(),
  name: z.string(),
  role: RoleSchema,
  departments: z.array(z.string()),
  disabled: z.boolean(),
  version: z.number().int(),
});
export type Account = z.output<typeof AccountSchema>;

export const AccountCreateSchema = z.strictObject({
  username: UsernameSchema,
  name: requiredLine(120),
  role: RoleSchema,
  departments: departments.default([]),
  password,
});
export const AccountUpdateSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  name: requiredLine(120),
  role: RoleSchema,
  departments,
  disabled: z.boolean(),
});
export const AccountPasswordSchema = z.strictObject({ id, password });
export const OwnPasswordSchema = z.strictObject({ oldPassword: password, newPassword: password });
