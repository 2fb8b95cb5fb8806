import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, saveFile } from '@/lib/api';
import type {
  Device,
  DeviceInput,
  DeviceListParams,
  DeviceModel,
  DevicePage,
  ImportReport,
} from '../types';

export const deviceKeys = {
  all: ['devices'] as const,
  list: (params: DeviceListParams) => ['devices', 'list', params] as const,
  models: ['devices', 'models'] as const,
  one: (id: number) => ['devices', 'device', id] as const,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function query(params: Omit<DeviceListParams, 'page' | 'size'>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q.trim() !== '') search.set('q', params.q.trim());
  if (params.status !== null) search.set('status', params.status);
  if (params.modelId !== null) search.set('modelId', String(params.modelId));
  if (params.connected !== null) search.set('connected', String(params.connected));
  return search;
}

/** GET /api/devices: one page of the fleet, filtered. */
export function useDevices(params: DeviceListParams) {
  return useQuery({
    queryKey: deviceKeys.list(params),
    queryFn: () => {
      const search = query(params);
      search.set('page', String(params.page));
      search.set('size', String(params.size));
      return api.get<DevicePage>(`/api/devices?${search.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/devices/{id}: one device, with the version a change must send. */
export function useDevice(id: number) {
  return useQuery({
    queryKey: deviceKeys.one(id),
    queryFn: () => api.get<Device>(`/api/devices/${id}`),
  });
}

/**
 * POST /api/devices (id null) or PUT /api/devices/{id} with the version read (409 if stale, 409
 * for an asset tag in use): leaders and administrators only. The answer is the device as saved.
 */
export function useSaveDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number | null; input: DeviceInput }) =>
      id === null
        ? api.post<Device>('/api/devices', input)
        : api.put<Device>(`/api/devices/${id}`, input),
    onSuccess: (saved) => {
      client.setQueryData(deviceKeys.one(saved.id), saved);
      // Lists, model counts, the playbook and the plan all show devices.
      void client.invalidateQueries({ queryKey: deviceKeys.all });
    },
  });
}

/** GET /api/device-models. */
export function useDeviceModels() {
  return useQuery({
    queryKey: deviceKeys.models,
    queryFn: () => api.get<DeviceModel[]>('/api/device-models'),
    staleTime: 60_000,
  });
}

/** GET /api/devices/export with the list's filters, saved as a CSV file. */
export async function downloadDevices(
  params: Omit<DeviceListParams, 'page' | 'size'>,
): Promise<void> {
  const search = query(params).toString();
  const blob = await api.download(`/api/devices/export${search ? `?${search}` : ''}`, 'text/csv');
  saveFile(blob, 'medley-devices.csv');
}

/** POST /api/devices/import: row by row, with a report of every row. */
export function useDeviceImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<ImportReport> => {
      const xlsx = file.name.toLowerCase().endsWith('.xlsx');
      return api.upload<ImportReport>(
        `/api/devices/import?format=${xlsx ? 'xlsx' : 'csv'}`,
        file,
        xlsx ? XLSX : 'text/csv',
      );
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: deviceKeys.all }),
  });
}
