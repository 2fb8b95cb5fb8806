import { ROLES, type Role } from '@/lib/roles';
import type { OrganizationRef } from '../types';

/**
 * The roles a person may hold for whom they work (the server's RoleAssignment rule): a partner's
 * employee holds partner roles only (agent, manager); the hospital's own people hold any other roles.
 */
const PARTNER_ROLES: readonly Role[] = ['partner-agent', 'partner-manager'];

export function rolesFor(organization: OrganizationRef | undefined): readonly Role[] {
  if (organization?.kind === 'PARTNER') return PARTNER_ROLES;
  return ROLES.filter((role) => !PARTNER_ROLES.includes(role));
}

/** The chosen roles kept to those the organisation allows; a partner's person gets theirs. */
export function fitRoles(roles: readonly string[], organization: OrganizationRef | undefined) {
  const allowed = rolesFor(organization);
  if (organization?.kind === 'PARTNER') {
    const kept = roles.filter((role) => (allowed as readonly string[]).includes(role));
    return kept.length > 0 ? kept : ['partner-agent'];
  }
  return roles.filter((role) => (allowed as readonly string[]).includes(role));
}
