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

export type Health = Schemas['ConnectorHealth'];

/** GET /api/integrations/connectors/{id}/status: how deliveries to the desk are going. */
export type ConnectorStatus = Schemas['EbondingOperations.Status'];

/** Medley's listener at a TMF621 partner's event hub, and where its registration stands. */
export type HubSubscription = Schemas['HubSubscriptions.View'];

export type HubState = HubSubscription['state'];

/** A delivery the desk refused for good, parked until an admin re-drives or discards it. */
export type DeadLetter = Schemas['EbondingOperations.DeadLetterView'];

export type DeadLetterPage = Schemas['EbondingOperations.DeadLetterPage'];

export interface ConnectorListParams {
  q: string;
  kind: DeskKind | '';
  page: number;
  size: number;
}
