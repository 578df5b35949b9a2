import { Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { t as serviceWord, type Method, type Role } from '../../../core/index.js';
import { useAccess } from '../api/access.js';
import { useLocale } from '../i18n/locale.js';

/** A role's name in the user's language: the service's catalogue names them (core/i18n/office.ts). */
export function useRoleName(): (role: Role) => string {
  const { locale } = useLocale();
  return (role) => serviceWord(`role_${role}`, locale);
}

/**
 * What a user may do, offered only when their role may call `method`
 * (access.mine; everything on one PC). Otherwise nothing, or with `explain`
 * a line saying their role cannot change it, where a whole form would
 * otherwise vanish without a word.
 */
export function Allowed({
  method,
  explain = false,
  children,
}: {
  method: Method;
  explain?: boolean;
  children: ReactNode;
}) {
  const { can, user } = useAccess();
  const { t } = useLocale();
  const roleName = useRoleName();
  if (can(method)) return <>{children}</>;
  if (!explain || !user) return null;
  return (
    <Paragraph data-size="sm" className="muted" data-testid="role-note">
      {t('roleMayNot', { role: roleName(user.role) })}
    </Paragraph>
  );
}
