import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Proposal, ProposalInput, ProposalStatus } from '../types';

/** GET /api/proposals answers every match at once: a partner or a request has a handful. */
export interface ProposalList {
  items: Proposal[];
  total: number;
}
import { marketKeys } from './keys';

export interface ProposalListParams {
  staffingRequestId?: number;
  status?: ProposalStatus | '';
}

/**
 * GET /api/proposals, newest first: a partner manager gets its own organisation's; the hospital
 * gets those submitted and later. Not paged.
 */
export function useProposals(params: ProposalListParams, enabled = true) {
  return useQuery({
    queryKey: marketKeys.proposalList(params),
    queryFn: () => {
      const query = new URLSearchParams();
      if (params.staffingRequestId) {
        query.set('staffingRequestId', String(params.staffingRequestId));
      }
      if (params.status) query.set('status', params.status);
      return api.get<ProposalList>(`/api/proposals?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** GET /api/proposals/{id}. */
export function useProposal(id: number | null) {
  return useQuery({
    queryKey: marketKeys.proposal(id ?? 0),
    queryFn: () => api.get<Proposal>(`/api/proposals/${id}`),
    enabled: id !== null,
  });
}

function useInvalidateMarket() {
  const client = useQueryClient();
  return (saved: Proposal) => {
    client.setQueryData(marketKeys.proposal(saved.id), saved);
    void client.invalidateQueries({ queryKey: marketKeys.proposals });
    void client.invalidateQueries({ queryKey: marketKeys.staffingRequests });
  };
}

/** POST /api/proposals (a new draft) or PUT /api/proposals/{id} (a draft, with its version). */
export function useSaveProposal() {
  const done = useInvalidateMarket();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: ProposalInput }) =>
      id === null
        ? api.post<Proposal>('/api/proposals', input)
        : api.put<Proposal>(`/api/proposals/${id}`, input),
    onSuccess: done,
  });
}

/** The partner's steps: POST /api/proposals/{id}/submit or /withdraw with the version read. */
export function useProposalStep() {
  const done = useInvalidateMarket();
  return useMutation({
    mutationFn: ({
      id,
      step,
      version,
    }: {
      id: number;
      step: 'submit' | 'withdraw';
      version: number;
    }) => api.post<Proposal>(`/api/proposals/${id}/${step}`, { version }),
    onSuccess: done,
  });
}

/**
 * The hospital's decision: POST /api/proposals/{id}/accept or /decline with a comment and the
 * version read. Accepting makes the engagement, so engagements are read afresh too.
 */
export function useDecideProposal() {
  const done = useInvalidateMarket();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      decision,
      comment,
      version,
    }: {
      id: number;
      decision: 'accept' | 'decline';
      comment: string;
      version: number;
    }) => api.post<Proposal>(`/api/proposals/${id}/${decision}`, { comment, version }),
    onSuccess: (saved) => {
      done(saved);
      void client.invalidateQueries({ queryKey: marketKeys.engagements });
    },
  });
}
