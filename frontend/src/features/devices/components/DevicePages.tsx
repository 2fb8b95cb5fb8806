import { useParams } from 'react-router';
import { AdvisoriesPage } from './AdvisoriesPage';
import { AdvisoryPage } from './AdvisoryPage';
import { AuditExportPage } from './AuditExportPage';
import { DevicePage } from './DevicePage';
import { DevicesPage } from './DevicesPage';
import { OutagePlaybookPage } from './OutagePlaybookPage';
import { ReplacementPlanPage } from './ReplacementPlanPage';
import { WorkOrdersPage } from './WorkOrdersPage';

const PAGES: Record<string, () => React.JSX.Element> = {
  'work-orders': WorkOrdersPage,
  advisories: AdvisoriesPage,
  'outage-playbook': OutagePlaybookPage,
  'replacement-plan': ReplacementPlanPage,
  'audit-export': AuditExportPage,
};

/**
 * The devices section's pages behind one route entry: the shell's route table, which every end
 * user downloads, names the section once rather than each page (the portal's bundle budget).
 */
export function DevicePages() {
  const { page, id } = useParams();
  // One route entry for the pages of one item: /devices/advisories/:id and /devices/device/:id.
  if (id !== undefined && page === 'advisories') return <AdvisoryPage />;
  if (id !== undefined && page === 'device') return <DevicePage />;
  const Page = (page !== undefined && PAGES[page]) || DevicesPage;
  return <Page />;
}
