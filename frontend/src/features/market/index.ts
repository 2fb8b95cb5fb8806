export { StaffingRequestDialog } from './components/StaffingRequestDialog';
export { StaffingRequestsScreen } from './components/StaffingRequestsScreen';
export { EngagementsScreen } from './components/EngagementsScreen';
export type { Engagement, StaffingDraft, StaffingRequest } from './types';
export { useStaffingRequests } from './api/staffing-requests';
export { useEngagementOptions } from './api/engagements';
