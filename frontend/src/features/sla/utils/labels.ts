import type { OlaAction } from '../types';

export const ACTION_LABEL: Record<OlaAction, string> = {
  NOTIFY_ASSIGNEE: 'Notify the assignee',
  NOTIFY_GROUP_LEAD: 'Notify the group lead',
  ESCALATE_TIER: 'Escalate one tier',
  REASSIGN: 'Reassign within the group',
  NOTIFY_PARTNER_MANAGER: "Notify the partner's service manager",
};

export const PAUSE_LABEL: Record<string, string> = {
  'PENDING:CUSTOMER': 'Waiting on requester',
  'PENDING:VENDOR': 'Waiting on vendor',
  'PENDING:PARTNER': 'Waiting on partner',
  'PENDING:CHANGE': 'Waiting on a change',
  PENDING: 'Any pending',
  NEW: 'New (not yet assigned)',
};
