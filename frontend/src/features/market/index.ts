export { StaffingRequestDialog } from './components/StaffingRequestDialog';
export { StaffingRequestsScreen } from './components/StaffingRequestsScreen';
export type { StaffingDraft, StaffingRequest } from './types';
export { useStaffingRequests } from './api/staffing-requests';
