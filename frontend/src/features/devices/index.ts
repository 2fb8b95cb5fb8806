// Not imported by the shell: the route table loads the devices section with its own chunk.
export { DevicesSection } from './components/DevicesSection';
export type { Device, DeviceModel, WorkOrder } from './types';
