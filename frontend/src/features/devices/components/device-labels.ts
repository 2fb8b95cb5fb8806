import type { Device, DeviceStatus, WorkOrder } from '../types';

/** A device's status as the screens name and colour it; the statuses are the backend's. */
export const DEVICE_STATUS: Record<DeviceStatus, { label: string; color: string }> = {
  IN_SERVICE: { label: 'In service', color: 'teal' },
  OUT_FOR_REPAIR: { label: 'Out for repair', color: 'orange' },
  CANNOT_LOCATE: { label: 'Cannot locate', color: 'red' },
  RETIRED: { label: 'Retired', color: 'gray' },
};

export const RISK: Record<Device['risk'], string> = {
  LOW: 'Low',
  MEDIUM: 'Medium',
  HIGH: 'High',
  LIFE_SUPPORT: 'Life support',
};

export const WORK_ORDER_KIND: Record<WorkOrder['kind'], string> = {
  PREVENTIVE: 'Preventive',
  CORRECTIVE: 'Fault',
  REMEDIATION: 'Security fix',
};

export const WORK_ORDER_STATUS: Record<WorkOrder['status'], { label: string; color: string }> = {
  OPEN: { label: 'Open', color: 'blue' },
  DONE: { label: 'Done', color: 'teal' },
  COULD_NOT_DUPLICATE: { label: 'Could not duplicate', color: 'grape' },
  CANCELLED: { label: 'Cancelled', color: 'gray' },
};

export const TIMELINESS: Record<
  NonNullable<WorkOrder['timeliness']>,
  { label: string; color: string }
> = {
  PENDING: { label: 'In window', color: 'blue' },
  ON_TIME: { label: 'On time', color: 'teal' },
  LATE: { label: 'Late', color: 'orange' },
  MISSED: { label: 'Missed', color: 'red' },
};

/** Weekday, day and time of a planned or completed visit, in the browser's zone. */
export const VISIT_TIME = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
