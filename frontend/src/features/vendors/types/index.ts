/**
 * The shapes of the vendor escalation API (issue #20), written from its contract until the
 * backend's OpenAPI document carries them; then they alias src/lib/api-types.ts like every feature.
 */

/** How Medley opens a case with the vendor: null while nobody has set it up (escalation refused). */
export type VendorChannel = 'EMAIL' | 'CONNECTOR';

export interface VendorContact {
  name: string;
  email: string | null;
  phone: string | null;
  role: string | null;
}

/** A vendor of the hospital's directory (GET /api/vendors/{id}). */
export interface Vendor {
  id: number;
  name: string;
  channel: VendorChannel | null;
  /** Where EMAIL cases go, e.g. support@epic.example. */
  caseEmail: string | null;
  /** CONNECTOR: the e-bonding connector cases are opened through. */
  connectorId: number | null;
  /** Java regex finding the vendor's case number in a reply; group 1 if present, else the match. */
  casePattern: string | null;
  subjectTemplate: string;
  bodyTemplate: string;
  contacts: VendorContact[];
  /** The applications naming this vendor. */
  applications: { id: number; name: string }[];
  openCases: number;
  /** An agreement in force: what leaves for this vendor is not filtered for PHI. */
  businessAssociate: boolean;
  version: number;
}

export interface VendorPage {
  items: Vendor[];
  page: number;
  size: number;
  total: number;
}

/** The body of PUT /api/vendors/{id}. */
export interface VendorInput {
  channel: VendorChannel | null;
  caseEmail: string | null;
  connectorId: number | null;
  casePattern: string | null;
  subjectTemplate: string;
  bodyTemplate: string;
  contacts: VendorContact[];
  version: number;
}

export interface VendorListParams {
  q: string;
  page: number;
  size: number;
}

/** The case mail as it would leave, from the vendor's templates and the PHI filter. */
export interface Draft {
  vendorId: number;
  vendorName: string;
  channel: VendorChannel | null;
  /** The case e-mail address, or the connector's name. */
  to: string | null;
  subject: string;
  body: string;
  /** True: no business associate agreement, so identifiers were removed. */
  filtered: boolean;
  /** What the filter took out, by kind: {"MRN": 1, "PHONE": 2}. */
  removed: Record<string, number>;
  /** Why it cannot be sent yet (no channel…); null when it can. */
  problem: string | null;
}

export type VendorCaseStatus = 'OPEN' | 'CLOSED';

export type Delivery = 'QUEUED' | 'SENT' | 'FAILED';

export interface VendorCase {
  id: number;
  ticketId: number;
  ticketNumber: string;
  ticketTitle: string;
  ticketStatus: string;
  pendingReason: string | null;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  vendorId: number;
  vendorName: string;
  caseNumber: string | null;
  status: VendorCaseStatus;
  openedAt: string;
  openedBy: string;
  escalations: number;
  lastSentAt: string | null;
  /** QUEUED also while outgoing mail is not configured. */
  delivery: Delivery;
  deliveryError: string | null;
  /** The vendor's last answer. */
  lastReplyAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string | null;
  version: number;
}

/** A vendor with open cases, for the weekly vendor call. */
export interface VendorOpenSummary {
  vendorId: number;
  vendorName: string;
  open: number;
  oldestOpenedAt: string;
}

export interface VendorCasePage {
  items: VendorCase[];
  page: number;
  size: number;
  total: number;
  vendors: VendorOpenSummary[];
}

export type CaseStatusFilter = VendorCaseStatus | 'ALL';

export interface VendorCaseListParams {
  status: CaseStatusFilter;
  vendorId: number | null;
  q: string;
  page: number;
  size: number;
}

/** POST /api/tickets/{ticketId}/vendor-cases. */
export interface OpenCaseRequest {
  vendorId: number;
  subject: string;
  body: string;
  version: number;
}

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
