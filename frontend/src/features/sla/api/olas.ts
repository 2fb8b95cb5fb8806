import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@/lib/api';
import type { Ola, OlaInput } from '../types';
import { formatTarget } from '@/lib/durations';
import { slaKeys } from './keys';

/** GET /api/sla/olas: one per engagement, a handful per tenant. */
export function useOlas(enabled = true) {
  return useQuery({
    queryKey: slaKeys.olas(),
    queryFn: async () => (await api.get<{ items: Ola[] }>('/api/sla/olas')).items,
    enabled,
  });
}

/** Each engagement's OLA in one line ("Response 30 min · resolution 24 h"), by engagement id. */
export function useOlaSummaries(enabled = true): ReadonlyMap<number, string> | undefined {
  const { data } = useOlas(enabled);
  return useMemo(
    () =>
      data &&
      new Map(
        data.map((o) => [
          o.engagementId,
          `Response ${formatTarget(o.response)} · resolution ${formatTarget(o.resolution)}`,
        ]),
      ),
    [data],
  );
}

/** POST /api/sla/olas, or PUT /api/sla/olas/{id} with the version read (409 if stale). */
export function useSaveOla() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: OlaInput }) =>
      id === null
        ? api.post<Ola>('/api/sla/olas', input)
        : api.put<Ola>(`/api/sla/olas/${id}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: slaKeys.olas() }),
  });
}
