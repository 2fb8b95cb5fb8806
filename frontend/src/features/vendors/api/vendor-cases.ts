import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { ticketKeys } from '@/features/tickets/queries';
import { api } from '@/lib/api';
import type {
  Draft,
  OpenCaseRequest,
  VendorCase,
  VendorCaseListParams,
  VendorCasePage,
} from '../types';
import { vendorKeys } from './keys';

/** A case write changes the ticket too (tier, status, external reference, history). */
function refresh(client: QueryClient, ticketId: number) {
  return Promise.all([
    client.invalidateQueries({ queryKey: vendorKeys.cases }),
    client.invalidateQueries({ queryKey: vendorKeys.all }),
    client.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
    client.invalidateQueries({ queryKey: ticketKeys.audit(ticketId) }),
    client.invalidateQueries({ queryKey: ticketKeys.comments(ticketId) }),
    client.invalidateQueries({ queryKey: ticketKeys.lists() }),
  ]);
}

/**
 * GET /api/tickets/{id}/vendor-case-draft: the case mail as it would leave. Without a vendor, the
 * ticket's application's vendor (422 when it names none).
 */
export function useVendorCaseDraft(ticketId: number, vendorId: number | null) {
  return useQuery({
    queryKey: vendorKeys.draft(ticketId, vendorId),
    queryFn: () =>
      api.get<Draft>(
        `/api/tickets/${ticketId}/vendor-case-draft${vendorId === null ? '' : `?vendorId=${vendorId}`}`,
      ),
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** GET /api/vendor-cases/{id}/draft: the mail of a re-escalation, in the case's thread. */
export function useReEscalationDraft(caseId: number) {
  return useQuery({
    queryKey: vendorKeys.caseDraft(caseId),
    queryFn: () => api.get<Draft>(`/api/vendor-cases/${caseId}/draft`),
    staleTime: Infinity,
    gcTime: 0,
  });
}

/** POST /api/tickets/{id}/vendor-cases: opens the case; the ticket waits for the vendor. */
export function useOpenVendorCase(ticketId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: OpenCaseRequest) =>
      api.post<VendorCase>(`/api/tickets/${ticketId}/vendor-cases`, request),
    onSuccess: () => refresh(client, ticketId),
  });
}

/** GET /api/tickets/{id}/vendor-cases: the ticket's cases, newest first. */
export function useTicketVendorCases(ticketId: number) {
  return useQuery({
    queryKey: vendorKeys.ofTicket(ticketId),
    queryFn: () => api.get<{ items: VendorCase[] }>(`/api/tickets/${ticketId}/vendor-cases`),
  });
}

/** GET /api/vendor-cases: cases by vendor and status, oldest first, with each vendor's open count. */
export function useVendorCases(params: VendorCaseListParams) {
  return useQuery({
    queryKey: vendorKeys.caseList(params),
    queryFn: () => {
      const query = new URLSearchParams({
        status: params.status,
        page: String(params.page),
        size: String(params.size),
      });
      if (params.vendorId !== null) query.set('vendorId', String(params.vendorId));
      if (params.q.trim()) query.set('q', params.q.trim());
      return api.get<VendorCasePage>(`/api/vendor-cases?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** PATCH /api/vendor-cases/{id} {caseNumber}: the vendor's number becomes the ticket's reference. */
export function useSetCaseNumber(vendorCase: VendorCase) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (caseNumber: string) =>
      api.patch<VendorCase>(`/api/vendor-cases/${vendorCase.id}`, {
        caseNumber,
        version: vendorCase.version,
      }),
    onSuccess: () => refresh(client, vendorCase.ticketId),
  });
}

/** POST /api/vendor-cases/{id}/close {note}: the ticket keeps its status. */
export function useCloseCase(vendorCase: VendorCase) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      api.post<VendorCase>(`/api/vendor-cases/${vendorCase.id}/close`, {
        note,
        version: vendorCase.version,
      }),
    onSuccess: () => refresh(client, vendorCase.ticketId),
  });
}

/** POST /api/vendor-cases/{id}/re-escalate: sends again in the case's thread. */
export function useReEscalate(vendorCase: VendorCase) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ subject, body }: { subject: string; body: string }) =>
      api.post<VendorCase>(`/api/vendor-cases/${vendorCase.id}/re-escalate`, {
        subject,
        body,
        version: vendorCase.version,
      }),
    onSuccess: () => refresh(client, vendorCase.ticketId),
  });
}
