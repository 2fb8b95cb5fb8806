export { StaffingRequestDialog } from './components/StaffingRequestDialog';
export { StaffingRequestsScreen } from './components/StaffingRequestsScreen';
export { EngagementsScreen } from './components/EngagementsScreen';
// Loaded on first use: the coverage page imports this index for StaffingRequestDialog.
export {
  OurProposalsScreen,
  PartnerProfileEditor,
  PartnerRequestsScreen,
  PartnersScreen,
} from './components/lazy-marketplace';
export type * from './types';
export { useRequestsInFlight, useStaffingRequests } from './api/staffing-requests';
export { useEngagementOptions } from './api/engagements';
