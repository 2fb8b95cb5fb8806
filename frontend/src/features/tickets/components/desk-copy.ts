import type { Queue } from '../types';

/** Whether the workspace is the hospital's own desk or a partner's view of it. */
export type DeskMode = 'desk' | 'partner';

export interface DeskCopy {
  title: string;
  description: string;
  basePath: '/workspace' | '/partner';
  queues: readonly { queue: Queue; label: string; empty: string }[];
}

export const DESK_COPY: Record<DeskMode, DeskCopy> = {
  desk: {
    title: 'Workspace',
    description: 'Your queues. Pick up, assign, escalate and resolve tickets.',
    basePath: '/workspace',
    queues: [
      { queue: 'MINE', label: 'Mine', empty: 'Nothing is assigned to you right now.' },
      {
        queue: 'MY_GROUPS',
        label: 'My groups',
        empty: 'Your support groups hold no tickets that match.',
      },
      {
        queue: 'UNASSIGNED',
        label: 'Unassigned',
        empty: 'Every ticket in a group has someone on it.',
      },
      {
        queue: 'BREACHING_SOON',
        label: 'Breaching soon',
        empty: 'No SLA deadline falls due in the next two hours.',
      },
      { queue: 'ALL', label: 'All', empty: 'No tickets match these filters.' },
    ],
  },
  partner: {
    title: 'Partner desk',
    description:
      'Tickets your company’s support groups hold for the hospital. Pick them up, update and resolve them; your OLA clock runs while you hold them.',
    basePath: '/partner',
    queues: [
      { queue: 'MINE', label: 'Mine', empty: 'Nothing is assigned to you right now.' },
      {
        queue: 'UNASSIGNED',
        label: 'Unassigned',
        empty: 'Every ticket your company holds has someone on it.',
      },
      {
        queue: 'BREACHING_SOON',
        label: 'Breaching soon',
        empty: 'No deadline falls due in the next two hours.',
      },
      {
        queue: 'ALL',
        label: 'All our tickets',
        empty: 'The hospital has not sent your company any tickets that match.',
      },
    ],
  },
};
