/**
 * The shapes of the vendor escalation API (issue #20), aliased from the backend's OpenAPI document
 * (src/lib/api-types.ts, generated), as backend/src/main/java/org/medley/vendor/internal writes them.
 */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/**
 * Medley writes every field of an answer, null included, so a field the document marks optional
 * arrives as null, never missing.
 */
type Sent<T> = Required<T>;

/** How Medley opens a case with the vendor: null while nobody has set it up (escalation refused). */
export type VendorChannel = Schemas['Vendors.Channel'];

export type VendorContact = Sent<Schemas['Vendors.Contact']>;

/** A vendor of the hospital's directory (GET /api/vendors/{id}). */
export type Vendor = Omit<Sent<Schemas['Vendors.Vendor']>, 'contacts'> & {
  contacts: VendorContact[];
};

/** The generator types a generic page's items as empty objects: named here. */
export type VendorPage = Omit<Schemas['Vendors.Page_Vendors.Vendor_'], 'items'> & {
  items: Vendor[];
};

/** The body of PUT /api/vendors/{id}: all of the set-up, with the version read. */
export type VendorInput = Schemas['Vendors.Change'];

export interface VendorListParams {
  q: string;
  page: number;
  size: number;
}

/** The case mail as it would leave, from the vendor's templates and the PHI filter. */
export type Draft = Sent<Schemas['VendorCase.Draft']>;

export type VendorCaseStatus = Schemas['Vendors.CaseStatus'];

/** QUEUED also while outgoing mail is not configured. */
export type Delivery = Schemas['Vendors.Delivery'];

/** A ticket's case with one vendor. */
export type VendorCase = Sent<Schemas['VendorCase']>;

/** A vendor with open cases, for the weekly vendor call. */
export type VendorOpenSummary = Schemas['VendorCase.VendorSummary'];

export type VendorCasePage = Omit<Schemas['VendorCase.Page'], 'items'> & { items: VendorCase[] };

export type CaseStatusFilter = VendorCaseStatus | 'ALL';

export interface VendorCaseListParams {
  status: CaseStatusFilter;
  vendorId: number | null;
  q: string;
  page: number;
  size: number;
}

/** POST /api/tickets/{ticketId}/vendor-cases. */
export type OpenCaseRequest = Schemas['VendorCase.Escalation'];

/** The ticket a vendor case is opened for: the parts the dialog and the panel need. */
export interface CaseTicket {
  id: number;
  number: string;
  version: number;
}

export const TEMPLATE_PLACEHOLDERS = [
  'number',
  'title',
  'description',
  'application',
  'priority',
  'hospital',
  'vendor',
  'agent',
  'caseNumber',
] as const;
