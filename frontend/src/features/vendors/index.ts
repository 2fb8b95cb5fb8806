export { VendorsPage } from './components/VendorsPage';
export { VendorCasesPage } from './components/lazy-pages';
export { EscalateToVendorDialog } from './components/EscalateToVendorDialog';
export { VendorCasesPanel } from './components/VendorCasesPanel';
export type { Draft, Vendor, VendorCase } from './types';
