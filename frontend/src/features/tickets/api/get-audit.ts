import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { AuditEntry } from '../types';
import { ticketKeys } from './keys';

export function getAudit(id: number): Promise<AuditEntry[]> {
  return api.get<AuditEntry[]>(`/api/tickets/${id}/audit`);
}

/** GET /api/tickets/{id}/audit: every change (desk and partners; requesters get 403). */
export function useAudit(id: number, enabled = true) {
  return useQuery({ queryKey: ticketKeys.audit(id), queryFn: () => getAudit(id), enabled });
}
