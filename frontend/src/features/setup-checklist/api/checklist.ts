import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { SetupChecklist } from '../types';

/** GET /api/setup/checklist (administrators); fresh each time the overview opens. */
export function useSetupChecklist() {
  return useQuery({
    queryKey: ['setup', 'checklist'],
    queryFn: () => api.get<SetupChecklist>('/api/setup/checklist'),
    staleTime: 0,
  });
}
