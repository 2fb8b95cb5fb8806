/** Links, merges and bulk edits, as the API's document describes them (src/lib/api-types.ts). */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export const LINK_TYPES = [
  'DUPLICATE_OF',
  'CAUSED_BY',
  'RELATED_TO',
] as const satisfies readonly Schemas['LinkType'][];
export type LinkType = Schemas['LinkType'];

/** A link as the ticket on screen sees it: A "duplicate of" B shows on B as "duplicated by" A. */
export type LinkRelation = Schemas['LinkType.Relation'];

export type TicketLink = Schemas['TicketLinks.LinkView'];

export type BulkAction = Schemas['TicketBulk.Action'];

export type BulkRequest = Schemas['TicketLinkController.BulkRequest'];

export type BulkOutcome = Schemas['TicketBulk.Outcome'];

/** Answers carry every field (see Sent in ./index): `number` and `version` are null when unseen. */
export type BulkResult = Required<Schemas['TicketBulk.Result']>;

export type BulkSummary = Omit<Schemas['TicketBulk.Summary'], 'results'> & {
  results: BulkResult[];
};
