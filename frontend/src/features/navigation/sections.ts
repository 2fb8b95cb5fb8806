import type { Role } from '@/lib/roles';

export type SectionId =
  | 'portal'
  | 'workspace'
  | 'vendor-cases'
  | 'partner'
  | 'coverage'
  | 'devices'
  | 'marketplace'
  | 'insights'
  | 'admin';

export interface Section {
  id: SectionId;
  path: `/${string}`;
  label: string;
  /** One line under the label in the navigation. */
  hint: string;
  roles: readonly Role[];
}

/**
 * The sections of Medley, in navigation order, and who may see each. This list is the one place
 * the SPA decides visibility; the backend enforces the same rules on its API.
 */
export const SECTIONS: readonly Section[] = [
  {
    id: 'portal',
    path: '/portal',
    label: 'Portal',
    hint: 'Your IT requests',
    roles: ['end-user', 'agent', 'admin'],
  },
  {
    id: 'workspace',
    path: '/workspace',
    label: 'Workspace',
    hint: 'Queues and tickets',
    roles: ['agent', 'admin'],
  },
  {
    // Beside the workspace rather than inside it, so that IT leaders (who have no workspace)
    // reach the list for the weekly vendor call too.
    id: 'vendor-cases',
    path: '/workspace/vendor-cases',
    label: 'Vendor cases',
    hint: 'Tickets waiting for vendors',
    roles: ['agent', 'it-leader', 'admin'],
  },
  {
    id: 'partner',
    path: '/partner',
    label: 'Partner desk',
    hint: 'Tickets for your company',
    roles: ['partner-agent', 'admin'],
  },
  {
    id: 'coverage',
    path: '/coverage',
    label: 'Coverage',
    hint: 'Who supports what',
    roles: ['it-leader', 'admin'],
  },
  {
    // Biomed's leads keep the fleet as IT leaders keep the catalog (issue #24).
    id: 'devices',
    path: '/devices',
    label: 'Devices',
    hint: 'Clinical device fleet',
    roles: ['it-leader', 'admin'],
  },
  {
    id: 'marketplace',
    path: '/marketplace',
    label: 'Marketplace',
    hint: 'Partners and staffing',
    // Executives read the staffing requests and engagements leaders record; partners' agents read
    // their own organisation's engagements.
    roles: ['it-leader', 'executive', 'partner-agent', 'partner-manager', 'admin'],
  },
  {
    id: 'insights',
    path: '/insights',
    label: 'Insights',
    hint: 'Performance and risk',
    roles: ['executive', 'it-leader', 'admin'],
  },
  {
    id: 'admin',
    path: '/admin',
    label: 'Admin',
    hint: 'Setup, people, groups, SLAs',
    // Agents, IT leaders and executives read the business calendars their SLAs count in.
    roles: ['agent', 'it-leader', 'executive', 'admin'],
  },
];

export function sectionById(id: SectionId): Section {
  const section = SECTIONS.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`Unknown section ${id}`);
  return section;
}

/** The section a path belongs to: the one with the longest path that contains it. */
export function sectionOfPath(sections: readonly Section[], pathname: string): Section | null {
  return (
    sections
      .filter((section) => pathname === section.path || pathname.startsWith(`${section.path}/`))
      .sort((a, b) => b.path.length - a.path.length)[0] ?? null
  );
}

export function canSee(section: Section, roles: readonly string[]): boolean {
  return section.roles.some((role) => roles.includes(role));
}

/** The sections these roles may see, in navigation order. */
export function sectionsFor(roles: readonly string[]): Section[] {
  return SECTIONS.filter((section) => canSee(section, roles));
}

/**
 * Each role's home, most specific first: an agent who can also file tickets lands in the
 * workspace, a CIO who can also file tickets lands on insights.
 */
const HOMES: readonly (readonly [Role, SectionId])[] = [
  ['agent', 'workspace'],
  ['partner-agent', 'partner'],
  ['partner-manager', 'marketplace'],
  ['it-leader', 'coverage'],
  ['executive', 'insights'],
  ['admin', 'admin'],
  ['end-user', 'portal'],
];

/** Where a user lands after signing in: the home of their most specific role, if any. */
export function landingPathFor(roles: readonly string[]): string | null {
  const home = HOMES.find(([role]) => roles.includes(role));
  return home ? sectionById(home[1]).path : null;
}

export interface SubPage {
  path: `/${string}`;
  label: string;
  roles: readonly Role[];
}

/**
 * The marketplace's pages and who may see each: go-lives are the hospital's plans (leaders and
 * admins write, executives read); a partner's manager sees its own scorecard, its agents none.
 */
export const MARKETPLACE_PAGES: readonly SubPage[] = [
  {
    path: '/marketplace',
    label: 'Requests and engagements',
    roles: ['it-leader', 'executive', 'partner-agent', 'partner-manager', 'admin'],
  },
  {
    path: '/marketplace/go-lives',
    label: 'Go-lives',
    roles: ['it-leader', 'executive', 'admin'],
  },
  {
    path: '/marketplace/scorecards',
    label: 'Scorecards',
    roles: ['it-leader', 'executive', 'partner-manager', 'admin'],
  },
];

/** The marketplace pages these roles may see, in order. */
export function marketplacePagesFor(roles: readonly string[]): SubPage[] {
  return MARKETPLACE_PAGES.filter((page) => page.roles.some((role) => roles.includes(role)));
}
