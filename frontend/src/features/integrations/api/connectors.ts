import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  Connector,
  ConnectorInput,
  ConnectorListParams,
  ConnectorPage,
  TestResult,
} from '../types';
import { integrationKeys } from './keys';

const CONNECTORS = '/api/integrations/connectors';

/** GET /api/integrations/connectors: the hospital's connectors by name, searched and by kind. */
export function useConnectors(params: ConnectorListParams) {
  return useQuery({
    queryKey: integrationKeys.list(params),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(params.page), size: String(params.size) });
      if (params.q.trim()) query.set('q', params.q.trim());
      if (params.kind) query.set('kind', params.kind);
      return api.get<ConnectorPage>(`${CONNECTORS}?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/**
 * The hospital's first 100 connectors by name, for pickers in other features (a vendor's case
 * channel); off when the caller may not read them (only administrators do).
 */
export function useConnectorChoices(enabled: boolean) {
  const params: ConnectorListParams = { q: '', kind: '', page: 0, size: 100 };
  return useQuery({
    queryKey: integrationKeys.list(params),
    queryFn: () => api.get<ConnectorPage>(`${CONNECTORS}?page=0&size=100`),
    enabled,
    staleTime: 60_000,
  });
}

/** POST a new connector, or PUT a change with the version read (409 when stale). */
export function useSaveConnector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: ConnectorInput }) =>
      id === null
        ? api.post<Connector>(CONNECTORS, input)
        : api.put<Connector>(`${CONNECTORS}/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

/** DELETE with the version read: 409 while an engagement relies on the connector. */
export function useDeleteConnector() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (connector: Pick<Connector, 'id' | 'version'>) =>
      api.delete<void>(`${CONNECTORS}/${connector.id}?version=${connector.version}`),
    onSuccess: () => client.invalidateQueries({ queryKey: integrationKeys.all }),
  });
}

/** POST …/{id}/test: reaches the desk with the stored credentials; answers whether it worked. */
export function useTestConnector() {
  return useMutation({
    mutationFn: (id: number) => api.post<TestResult>(`${CONNECTORS}/${id}/test`, {}),
  });
}
