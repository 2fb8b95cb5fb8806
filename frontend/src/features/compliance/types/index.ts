import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** One read of a PHI-flagged ticket, as GET /api/phi-access lists it. */
export interface PhiAccessEntry {
  id: number;
  /** ISO-8601 instant. */
  at: string;
  username: string;
  /** Added by the backend after the first release: absent on older servers. */
  displayName?: string | null;
  organizationId: number;
  organizationName?: string | null;
  /** True when the reader belongs to a partner organisation (added with organizationName). */
  partner?: boolean;
  ticketId: number;
  ticketNumber: string;
  /** The PHI-bearing fields the reader was shown, comma-separated ("description,comments"). */
  fields: string | string[];
  /** "API", "PARTNER_PORTAL", … */
  channel: string;
  clientAddress: string | null;
}

export interface PhiAccessPage {
  items: PhiAccessEntry[];
  page: number;
  size: number;
  total: number;
}

/**
 * The filters of the log as they stand in the address bar: calendar dates (YYYY-MM-DD, both
 * inclusive, in the browser's time zone), a username, a ticket number, a page.
 */
export interface PhiAccessFilters {
  from: string;
  to: string;
  username: string;
  ticket: string;
  page: number;
}

/**
 * A business associate agreement between the hospital and one partner. Dates are YYYY-MM-DD;
 * `effectiveUntil` is the last day in force, null while open-ended. The API writes every field,
 * null included, so none is missing.
 */
export type Agreement = Required<Schemas['BusinessAssociates.Agreement']>;

export type PartnerAgreements = Omit<Schemas['BusinessAssociates.Partner'], 'current'> & {
  current: Agreement | null;
};

/** GET /api/business-associate-agreements. */
export interface AgreementsOverview {
  partners: PartnerAgreements[];
  agreements: Agreement[];
}

/** POST /api/business-associate-agreements body. */
export type RecordAgreementRequest = Schemas['BusinessAssociateController.NewAgreement'];

/** One entry of a problem's `errors`. */
export type { FieldError } from '@/lib/field-errors';
