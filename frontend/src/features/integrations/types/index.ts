import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** A partner-desk connector as admins see it: secrets only as `secretSet` / `webhookSecretSet`. */
export type Connector = Schemas['ConnectorApi.Connector'];

export type ConnectorPage = Schemas['ConnectorApi.Page'];

/** The body of POST /api/integrations/connectors and PUT …/{id}. */
export type ConnectorInput = Schemas['ConnectorApi.Input'];

export type AuthInput = Schemas['ConnectorApi.AuthInput'];

/** What "Test connection" answered. */
export type TestResult = Schemas['ConnectorApi.TestResult'];

export type DeskKind = Connector['kind'];

export type AuthType = Connector['auth']['type'];

export type Health = 'OK' | 'DEGRADED' | 'FAILING';

/**
 * GET /api/integrations/connectors/{id}/status: how deliveries to the desk are going (the shape of
 * issue #19's contract; null while the endpoint is not there).
 */
export interface ConnectorStatus {
  connectorId: number;
  health: Health;
  lastSyncAt: string | null;
  lastError: string | null;
  queued: number;
  /** Dead letters waiting for an admin. */
  failed: number;
  oldestPendingAgeSeconds: number | null;
  polled: boolean;
  lastPolledAt: string | null;
}

/** A delivery the desk refused for good, parked until an admin re-drives or discards it. */
export interface DeadLetter {
  eventId: string;
  connectorId: number;
  ticketId: number;
  ticketNumber: string;
  /** The update it carries: CREATE, PUBLIC_COMMENT, RESOLVE… */
  kind: string;
  attempts: number;
  lastError: string | null;
  parkedAt: string;
  createdAt: string;
  /** Only on GET /api/integrations/dead-letters/{eventId}. */
  payload?: unknown;
}

export interface DeadLetterPage {
  items: DeadLetter[];
  page: number;
  size: number;
  total: number;
}

export interface ConnectorListParams {
  q: string;
  kind: DeskKind | '';
  page: number;
  size: number;
}
