import { SubNav } from '@/components/SubNav';

/** The pages of the devices section. */
const DEVICE_PAGES = [
  { path: '/devices', label: 'Fleet' },
  { path: '/devices/replacement-plan', label: 'Replacement plan' },
  { path: '/devices/audit-export', label: 'Audit export' },
] as const;

export function DevicesNav() {
  return <SubNav label="Device pages" pages={DEVICE_PAGES} />;
}
