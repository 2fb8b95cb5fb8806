export { VendorsPage } from './components/VendorsPage';
export type { Draft, Vendor, VendorCase } from './types';
