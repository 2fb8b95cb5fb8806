import { SubNav } from '@/components/SubNav';

/** The device section's pages; all of them are for the section's roles (leaders, admins). */
const PAGES = [
  { path: '/devices', label: 'Fleet' },
  { path: '/devices/work-orders', label: 'Work orders' },
  { path: '/devices/advisories', label: 'Security advisories' },
  { path: '/devices/outage-playbook', label: 'Outage playbook' },
  { path: '/devices/replacement-plan', label: 'Replacement plan' },
  { path: '/devices/audit-export', label: 'Audit export' },
] as const;

export function DevicesNav() {
  return <SubNav label="Device pages" pages={PAGES} />;
}
