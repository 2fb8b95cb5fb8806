import type { components } from '@/lib/api-types';

/** GET /api/setup: whether Medley still needs its one-time setup, and who may finish it. */
export type SetupStatus = components['schemas']['SetupAnswers.Status'];
/** POST /api/setup body. */
export type SetupRequest = components['schemas']['SetupRequest'];
/** POST /api/setup answer (201); a bearer token for the new administrator on the built-in issuer. */
export type SetupDone = components['schemas']['SetupAnswers.Done'];
export type SetupLinkState = components['schemas']['SetupLink.State'];
