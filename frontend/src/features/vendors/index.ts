// Not imported by the shell: the app's route table loads the vendor cases page on its own
// (VendorCasesPage), the admin area and the ticket view load these with their own chunks.
export { VendorsPage } from './components/VendorsPage';
export { EscalateToVendorDialog } from './components/EscalateToVendorDialog';
export { VendorCasesPanel } from './components/VendorCasesPanel';
export type { Draft, Vendor, VendorCase } from './types';
