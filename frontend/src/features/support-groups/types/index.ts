import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** A support group as an admin sets it up (GET /api/support-groups/settings). */
export type GroupSettings = Schemas['SupportGroupController.GroupSettings'];

export type GroupPage = Schemas['SupportGroupController.GroupPage'];

/** The body of POST /api/support-groups and PUT /api/support-groups/{id}. */
export type GroupInput = Schemas['SupportGroupController.GroupInput'];

export type Tier = GroupSettings['tier'];

export type AssignmentStrategy = GroupSettings['strategy'];

export interface GroupListParams {
  q: string;
  retired: boolean;
  page: number;
  size: number;
}

export const TIERS: readonly Tier[] = ['L1', 'L2', 'L3', 'VENDOR'];

/** What each tier means, in the words of a hospital's IT department. */
export const TIER_LABELS: Record<Tier, string> = {
  L1: 'L1 · Service desk',
  L2: 'L2 · Application and desktop teams',
  L3: 'L3 · Engineering',
  VENDOR: 'Vendor escalations',
};

/** The two auto-assignment strategies, as the drawer explains them. */
export const STRATEGIES: readonly {
  value: AssignmentStrategy;
  label: string;
  description: string;
}[] = [
  {
    value: 'FEWEST_OPEN_TICKETS',
    label: 'Fewest open tickets',
    description:
      'The member holding the fewest open tickets takes the next one. Needs no shifts or skills: works from day one.',
  },
  {
    value: 'SKILLED_ON_SHIFT',
    label: 'Skilled and on shift',
    description:
      'Among members on shift now with enough skill on the application for this tier, the least loaded for their weekly hours. Needs shifts and skills recorded in Coverage.',
  },
];
