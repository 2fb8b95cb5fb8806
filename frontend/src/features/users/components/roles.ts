import { ROLES, type Role } from '@/lib/roles';
import type { OrganizationRef } from '../types';

/**
 * The roles a person may hold for whom they work (the server's RoleAssignment rule): a partner's
 * employee is a partner agent and nothing else; the hospital's own people hold any other roles.
 */
export function rolesFor(organization: OrganizationRef | undefined): readonly Role[] {
  if (organization?.kind === 'PARTNER') return ['partner-agent'];
  return ROLES.filter((role) => role !== 'partner-agent');
}

/** The chosen roles kept to those the organisation allows; a partner's person gets theirs. */
export function fitRoles(roles: readonly string[], organization: OrganizationRef | undefined) {
  const allowed = rolesFor(organization);
  if (organization?.kind === 'PARTNER') return [...allowed];
  return roles.filter((role) => (allowed as readonly string[]).includes(role));
}
