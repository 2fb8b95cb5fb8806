import type { ComponentType } from 'react';
import { BusinessCalendars } from '@/features/calendars';
import { IntegrationsPage } from '@/features/integrations';
import { RoutingRulesPage } from '@/features/routing';
import { OrganizationSettingsPage } from '@/features/organization';
import { PartnerOlas, SlaCompliance, SlaPolicies } from '@/features/sla';
import { SupportGroups } from '@/features/support-groups';
import { CannedRepliesManager } from '@/features/tickets';
import { UsersScreen } from '@/features/users';
import { VendorsPage } from '@/features/vendors';
import type { Role } from '@/lib/roles';
import { CompliancePage } from './lazy-compliance';

/** A page of the Admin area: one task each, listed in the area's navigation. */
export interface AdminPageEntry {
  /** The part after /admin/. */
  path: string;
  label: string;
  /** One line under the label. */
  hint: string;
  group: 'Set up' | 'Service levels' | 'Desk' | 'Privacy';
  /** Who sees it; the API enforces the same. */
  roles: readonly Role[];
  /** Rendered with whether the user may change what it shows (administrators). */
  page: ComponentType<{ canEdit: boolean }>;
  /** The page draws its own title (an h1), so the area does not repeat it. */
  ownHeader?: boolean;
}

const ADMIN: readonly Role[] = ['admin'];
const READERS: readonly Role[] = ['agent', 'it-leader', 'executive', 'admin'];

/**
 * The Admin area's pages, in navigation order. Add a page here (and nowhere else): the
 * navigation, the route and the role check follow from this list.
 */
export const ADMIN_PAGES: readonly AdminPageEntry[] = [
  {
    path: 'organization',
    label: 'Organisation',
    hint: 'Name, time zone, reopen window, names masked for partners',
    group: 'Set up',
    roles: ADMIN,
    page: OrganizationSettingsPage,
  },
  {
    path: 'users',
    label: 'Users',
    hint: 'Invite people, roles, disable, reset passwords',
    group: 'Set up',
    roles: ADMIN,
    page: UsersScreen,
  },
  {
    path: 'support-groups',
    label: 'Support groups',
    hint: 'Teams by tier, their members and leads',
    group: 'Set up',
    roles: ADMIN,
    page: SupportGroups,
  },
  {
    path: 'routing',
    label: 'Routing',
    hint: 'Which group takes which tickets',
    group: 'Set up',
    roles: ADMIN,
    page: RoutingRulesPage,
  },
  {
    path: 'integrations',
    label: 'Integrations',
    hint: 'Partner service desks that tickets sync with',
    group: 'Set up',
    roles: ADMIN,
    page: IntegrationsPage,
  },
  {
    path: 'calendars',
    label: 'Business calendars',
    hint: 'Opening hours and holidays SLAs count in',
    group: 'Service levels',
    roles: READERS,
    page: BusinessCalendars,
  },
  {
    path: 'sla-policies',
    label: 'SLA policies',
    hint: 'Response and resolution targets',
    group: 'Service levels',
    roles: READERS,
    page: SlaPolicies,
  },
  {
    path: 'partner-olas',
    label: 'Partner OLAs',
    hint: "Partners' own targets",
    group: 'Service levels',
    roles: READERS,
    page: PartnerOlas,
  },
  {
    path: 'sla-compliance',
    label: 'SLA compliance',
    hint: 'Met and breached, by month',
    group: 'Service levels',
    roles: ['it-leader', 'executive', 'admin'],
    page: SlaCompliance,
  },
  {
    path: 'canned-replies',
    label: 'Canned replies',
    hint: "Your groups' reusable answers",
    group: 'Desk',
    roles: ['agent', 'admin'],
    page: CannedRepliesManager,
  },
  {
    // In the desk's group, after the Service levels pages that agents and leaders land on.
    path: 'vendors',
    label: 'Vendors',
    hint: 'How cases reach application vendors, their templates and contacts',
    group: 'Desk',
    roles: ['agent', 'it-leader', 'admin'],
    page: VendorsPage,
  },
  {
    path: 'compliance',
    label: 'PHI compliance',
    hint: 'Who read patient information; BAAs',
    group: 'Privacy',
    roles: ADMIN,
    page: CompliancePage,
    ownHeader: true,
  },
];

export function adminPagesFor(roles: readonly string[]): AdminPageEntry[] {
  return ADMIN_PAGES.filter((page) => page.roles.some((role) => roles.includes(role)));
}
