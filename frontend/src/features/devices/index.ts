// Not imported by the shell: the route table loads the devices page with its own chunk.
export { DevicesPage } from './components/DevicesPage';
export { AdvisoriesPage } from './components/AdvisoriesPage';
export { AdvisoryPage } from './components/AdvisoryPage';
export { OutagePlaybookPage } from './components/OutagePlaybookPage';
export { WorkOrdersPage } from './components/WorkOrdersPage';
export { ReplacementPlanPage } from './components/ReplacementPlanPage';
export { AuditExportPage } from './components/AuditExportPage';
export type { Device, DeviceModel, WorkOrder } from './types';
