import type { GroupListParams } from '../types';

/**
 * Under the desk's ['support-groups'] key, so that a change here also refreshes the groups and
 * members the queue and the assignment picker show.
 */
export const groupKeys = {
  all: ['support-groups'] as const,
  settings: (params: GroupListParams) => ['support-groups', 'settings', params] as const,
};
