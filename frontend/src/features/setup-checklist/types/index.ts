import type { components } from '@/lib/api-types';

/** GET /api/setup/checklist: each step with its count, link and whether it is done. */
export type SetupChecklist = components['schemas']['SetupChecklist.Checklist'];
export type SetupStep = components['schemas']['SetupChecklist.Step'];
