import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '@/lib/api';
import type { ConnectorStatus, DeadLetter, DeadLetterPage } from '../types';
import { integrationKeys } from './keys';

/**
 * GET /api/integrations/connectors/{id}/status, refreshed every 30 s. Null when the server has no
 * status for it (404: nothing delivered yet, or a Medley without the delivery side).
 */
export function useConnectorStatus(id: number) {
  return useQuery({
    queryKey: integrationKeys.status(id),
    queryFn: async () => {
      try {
        return await api.get<ConnectorStatus>(`/api/integrations/connectors/${id}/status`);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: 30_000,
  });
}

/** GET /api/integrations/dead-letters?connectorId=: the deliveries parked for this desk. */
export function useDeadLetters(connectorId: number, page: number, size: number) {
  return useQuery({
    queryKey: integrationKeys.deadLetters(connectorId, page),
    queryFn: async () => {
      const query = new URLSearchParams({
        connectorId: String(connectorId),
        page: String(page),
        size: String(size),
      });
      try {
        return await api.get<DeadLetterPage>(`/api/integrations/dead-letters?${query.toString()}`);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/integrations/dead-letters/{eventId}: one dead letter with its payload. */
export function useDeadLetter(eventId: string | null) {
  return useQuery({
    queryKey: integrationKeys.deadLetter(eventId ?? ''),
    queryFn: () => api.get<DeadLetter>(`/api/integrations/dead-letters/${eventId}`),
    enabled: eventId !== null,
  });
}

/** POST …/{eventId}/redrive: delivers it again now, ahead of the later updates it held back. */
export function useRedrive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) =>
      api.post<void>(`/api/integrations/dead-letters/${eventId}/redrive`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

/** POST …/{eventId}/discard with the reason: it is never delivered; the audit keeps why. */
export function useDiscard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, reason }: { eventId: string; reason: string }) =>
      api.post<void>(`/api/integrations/dead-letters/${eventId}/discard`, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}
