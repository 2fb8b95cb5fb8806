import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type {
  CompletionInput,
  DeviceWorkView,
  CorrectiveInput,
  PlanResult,
  WorkOrder,
  WorkOrderListParams,
  WorkOrderPage,
  WorkOrderSummary,
} from '../types';
import { advisoryKeys } from './advisories';
import { deviceKeys } from './devices';

export const workOrderKeys = {
  all: ['work-orders'] as const,
  list: (params: WorkOrderListParams) => ['work-orders', 'list', params] as const,
  summary: ['work-orders', 'summary'] as const,
  device: (deviceId: number, view: DeviceWorkView, page: number, size: number) =>
    ['work-orders', 'device', deviceId, view, page, size] as const,
};

/** GET /api/work-orders: one page of the chosen view. */
export function useWorkOrders(params: WorkOrderListParams) {
  return useQuery({
    queryKey: workOrderKeys.list(params),
    queryFn: () => {
      const search = new URLSearchParams();
      if (params.view === 'overdue' || params.view === 'week' || params.view === 'month') {
        search.set('due', params.view);
      } else if (params.view === 'open') {
        search.set('status', 'OPEN');
      } else {
        search.set('sort', 'openedAt,desc');
      }
      if (params.kind !== null) search.set('kind', params.kind);
      if (params.q.trim() !== '') search.set('q', params.q.trim());
      search.set('page', String(params.page));
      search.set('size', String(params.size));
      return api.get<WorkOrderPage>(`/api/work-orders?${search.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/**
 * GET /api/work-orders?deviceId=: one device's work, open orders soonest due first (undated
 * faults after them) or every order newest first.
 */
export function useDeviceWorkOrders(
  deviceId: number,
  view: DeviceWorkView,
  page: number,
  size: number,
) {
  return useQuery({
    queryKey: workOrderKeys.device(deviceId, view, page, size),
    queryFn: () => {
      const search = new URLSearchParams({ deviceId: String(deviceId) });
      if (view === 'open') {
        search.set('status', 'OPEN');
        search.set('sort', 'dueOn,asc');
      } else {
        search.set('sort', 'openedAt,desc');
      }
      search.set('page', String(page));
      search.set('size', String(size));
      return api.get<WorkOrderPage>(`/api/work-orders?${search.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** GET /api/work-orders/summary: open work per site and technician. */
export function useWorkOrderSummary() {
  return useQuery({
    queryKey: workOrderKeys.summary,
    queryFn: () => api.get<WorkOrderSummary>('/api/work-orders/summary'),
  });
}

function useWorkOrderMutation<I>(call: (input: I) => Promise<WorkOrder | PlanResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: workOrderKeys.all });
      // Faults take devices out of service and completed work returns them; closed remediation
      // lowers an advisory's exposure; completed work changes uptime and repair costs.
      void client.invalidateQueries({ queryKey: deviceKeys.all });
      void client.invalidateQueries({ queryKey: advisoryKeys.all });
    },
  });
}

/** POST /api/work-orders/{id}/complete. */
export function useCompleteWorkOrder(id: number) {
  return useWorkOrderMutation((input: CompletionInput) =>
    api.post<WorkOrder>(`/api/work-orders/${id}/complete`, input),
  );
}

/** POST /api/work-orders: a fault reported on a device. */
export function useReportFault() {
  return useWorkOrderMutation((input: CorrectiveInput) =>
    api.post<WorkOrder>('/api/work-orders', input),
  );
}

/** POST /api/work-orders/plan: preventive maintenance planned 90 days ahead. */
export function usePlanMaintenance() {
  return useWorkOrderMutation(() => api.post<PlanResult>('/api/work-orders/plan', {}));
}
