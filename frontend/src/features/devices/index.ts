// Not imported by the shell: the route table loads the devices page with its own chunk.
export { DevicesPage } from './components/DevicesPage';
export { ReplacementPlanPage } from './components/ReplacementPlanPage';
export { AuditExportPage } from './components/AuditExportPage';
export type { Device, DeviceModel } from './types';
