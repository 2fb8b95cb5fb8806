import { useParams } from 'react-router';
import { SubNav } from '@/components/SubNav';
import { DevicesPage } from './DevicesPage';
import { WorkOrdersPage } from './WorkOrdersPage';

const PAGES = [
  { path: '/devices', label: 'Fleet' },
  { path: '/devices/work-orders', label: 'Work orders' },
] as const;

/** The devices section: the fleet, and the work on it. */
export function DevicesSection() {
  const { page } = useParams();
  return (
    <>
      <SubNav label="Devices" pages={PAGES} />
      {page === 'work-orders' ? <WorkOrdersPage /> : <DevicesPage />}
    </>
  );
}
