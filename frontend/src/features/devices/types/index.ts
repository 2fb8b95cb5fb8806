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
/** The body of POST /api/devices and PUT /api/devices/{id} (version required on PUT). */
export type DeviceInput = Schemas['DeviceApi.DeviceInput'];
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

export type WorkOrder = Sent<Schemas['WorkOrderApi.WorkOrderView']>;
export type WorkOrderCheck = Schemas['WorkOrderApi.Check'];
export type CheckResult = Schemas['WorkOrderApi.CheckResult'];
export type WorkOrderSummary = Schemas['WorkOrderApi.Summary'];
export type Workload = Schemas['WorkOrderApi.Workload'];
export type PlanResult = Schemas['WorkOrderApi.PlanResult'];
export type CompletionInput = Schemas['WorkOrderApi.CompletionInput'];
export type CorrectiveInput = Schemas['WorkOrderApi.CorrectiveInput'];

export type WorkOrderPage = Omit<
  Schemas['WorkOrderApi.Page_WorkOrderApi.WorkOrderView_'],
  'items'
> & {
  items: WorkOrder[];
};

/** A device's work orders: open ones soonest due first, or all of them newest first. */
export type DeviceWorkView = 'open' | 'all';

/** Which work the list shows: open by due day, or everything done. */
export type WorkOrderView = 'overdue' | 'week' | 'month' | 'open' | 'closed';

export interface WorkOrderListParams {
  view: WorkOrderView;
  kind: WorkOrder['kind'] | null;
  q: string;
  page: number;
  size: number;
}
export type AdvisorySeverity = Schemas['AdvisorySeverity'];
export type AdvisoryRouting = Schemas['AdvisoryRouting'];
export type AdvisoryInput = Schemas['AdvisoryApi.AdvisoryInput'];
export type AdvisorySummary = Sent<Schemas['AdvisoryApi.AdvisorySummary']>;
export type AdvisoryPage = Omit<Sent<Schemas['AdvisoryApi.AdvisoryPage']>, 'items'> & {
  items: AdvisorySummary[];
};
export type RemainingDevice = Sent<Schemas['AdvisoryApi.RemainingDevice']>;
export type AdvisoryUnitCount = Sent<Schemas['AdvisoryApi.UnitCount']>;
export type Advisory = Omit<
  Sent<Schemas['AdvisoryApi.AdvisoryView']>,
  'remainingDevices' | 'remainingByUnit'
> & {
  remainingByUnit: AdvisoryUnitCount[];
  remainingDevices: Omit<Sent<Schemas['AdvisoryApi.RemainingPage']>, 'items'> & {
    items: RemainingDevice[];
  };
};

export type PlaybookDevice = Sent<Schemas['OutagePlaybook.PlaybookDevice']>;
export type PlaybookUnit = Sent<Schemas['OutagePlaybook.UnitCount']>;
export type OutagePlaybook = Omit<Sent<Schemas['OutagePlaybook.View']>, 'page' | 'units'> & {
  units: PlaybookUnit[];
  page: Omit<Sent<Schemas['OutagePlaybook.DevicePage']>, 'items'> & {
    items: PlaybookDevice[];
  };
};
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
