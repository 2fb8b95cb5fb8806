import type { VendorCaseListParams, VendorListParams } from '../types';

export const vendorKeys = {
  all: ['vendors'] as const,
  list: (params: VendorListParams) => ['vendors', 'list', params] as const,
  detail: (id: number) => ['vendors', 'detail', id] as const,
  /** Vendor cases: any case write refreshes every list, panel and draft of them. */
  cases: ['vendor-cases'] as const,
  caseList: (params: VendorCaseListParams) => ['vendor-cases', 'list', params] as const,
  ofTicket: (ticketId: number) => ['vendor-cases', 'ticket', ticketId] as const,
  draft: (ticketId: number, vendorId: number | null) =>
    ['vendor-cases', 'draft', ticketId, vendorId] as const,
  caseDraft: (caseId: number) => ['vendor-cases', 'case-draft', caseId] as const,
};
