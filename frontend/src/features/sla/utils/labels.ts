import type { BreachAction } from '../types';

export const ACTION_LABEL: Record<BreachAction, string> = {
  NOTIFY_ASSIGNEE: 'Notify the assignee',
  NOTIFY_GROUP_LEAD: 'Notify the group lead',
  ESCALATE_TIER: 'Escalate one tier',
  REASSIGN: 'Reassign within the group',
};

export const PAUSE_LABEL: Record<string, string> = {
  'PENDING:CUSTOMER': 'Waiting on requester',
  'PENDING:VENDOR': 'Waiting on vendor',
  'PENDING:PARTNER': 'Waiting on partner',
  'PENDING:CHANGE': 'Waiting on a change',
  PENDING: 'Any pending',
  NEW: 'New (not yet assigned)',
};
