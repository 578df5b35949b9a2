import { render, serviceMessages, type Locale, type Role } from '../../../../core/index.js';

/** A role's name in the user's language (the office messages' `role_<role>`). */
export const roleName = (role: Role, locale: Locale) => render(serviceMessages[`role_${role}`], locale);
