/**
 * The shapes of the device API (issue #24), aliased from the backend's OpenAPI document
 * (src/lib/api-types.ts, generated), as backend/src/main/java/org/medley/device/internal writes them.
 */
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

/** Medley writes every field, null included: optional fields arrive as null, never missing. */
type Sent<T> = Required<T>;

export type Device = Sent<Schemas['DeviceApi.DeviceView']>;
export type DeviceModel = Sent<Schemas['DeviceApi.ModelView']>;
export type DeviceStatus = Device['status'];
export type ImportRow = Sent<Schemas['DeviceApi.ImportRow']>;
export type ImportReport = Omit<Sent<Schemas['DeviceApi.ImportReport']>, 'rows'> & {
  rows: ImportRow[];
};

/** The generator types a generic page's items as empty objects: named here. */
export type DevicePage = Omit<Schemas['DeviceApi.Page_DeviceApi.DeviceView_'], 'items'> & {
  items: Device[];
};

export interface DeviceListParams {
  q: string;
  status: DeviceStatus | null;
  modelId: number | null;
  connected: boolean | null;
  page: number;
  size: number;
}

export type ReplacementRow = Sent<Schemas['ReplacementApi.Row']>;
export type ModelUptime = Sent<Schemas['ReplacementApi.ModelUptime']>;
export type CouldNotDuplicate = Sent<Schemas['ReplacementApi.CouldNotDuplicate']>;
export type ReplacementPlan = Omit<
  Sent<Schemas['ReplacementApi.Plan']>,
  'items' | 'models' | 'couldNotDuplicate'
> & {
  items: ReplacementRow[];
  models: ModelUptime[];
  couldNotDuplicate: CouldNotDuplicate[];
};

/** The replacement plan's filters; from and to are local days (null: the last 365 days). */
export interface ReplacementParams {
  site: string | null;
  deviceClass: string | null;
  modelId: number | null;
  from: string | null;
  to: string | null;
}

export type AuditFormat = 'csv' | 'pdf';
