import type { ConnectorListParams } from '../types';

export const integrationKeys = {
  all: ['integrations'] as const,
  connectors: ['integrations', 'connectors'] as const,
  list: (params: ConnectorListParams) => ['integrations', 'connectors', 'list', params] as const,
  status: (id: number) => ['integrations', 'status', id] as const,
  deadLetters: (connectorId: number, page: number) =>
    ['integrations', 'dead-letters', connectorId, page] as const,
  deadLetter: (eventId: string) => ['integrations', 'dead-letter', eventId] as const,
};
