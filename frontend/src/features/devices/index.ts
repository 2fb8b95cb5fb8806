// Not imported by the shell: the route table loads the devices section with its own chunk.
export { DevicePages } from './components/DevicePages';
export type { Device, DeviceModel, WorkOrder } from './types';
