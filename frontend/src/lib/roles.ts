/** The roles Medley knows: Keycloak realm roles, and the built-in issuer's. */
export const ROLES = [
  'end-user',
  'agent',
  'partner-agent',
  'partner-manager',
  'it-leader',
  'executive',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  'end-user': 'End user',
  agent: 'Service desk agent',
  'partner-agent': 'Partner agent',
  'partner-manager': 'Partner manager',
  'it-leader': 'IT leader',
  executive: 'Executive',
  admin: 'Administrator',
};

/** A human label for a role name; unknown roles are shown as they come. */
export function roleLabel(role: string): string {
  return isRole(role) ? ROLE_LABELS[role] : role;
}

const ROLE_PLURALS: Record<Role, string> = {
  'end-user': 'end users',
  agent: 'service desk agents',
  'partner-agent': 'partner agents',
  'partner-manager': 'partner managers',
  'it-leader': 'IT leaders',
  executive: 'executives',
  admin: 'administrators',
};

/** "service desk agents and administrators": who a thing is for, as a sentence fragment. */
export function rolesAsAudience(roles: readonly string[]): string {
  const names = roles.map((role) => (isRole(role) ? ROLE_PLURALS[role] : role));
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}
