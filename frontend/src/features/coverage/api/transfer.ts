import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type ProblemDetails } from '@/lib/api';
import { getToken } from '@/lib/session';
import { coverageKeys } from './keys';

export type Resource = 'applications' | 'staff' | 'skills';
export type FileFormat = 'csv' | 'xlsx';

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
}

export interface RowError {
  line: number;
  column: string | null;
  message: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken();
  return { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra };
}

async function failure(response: Response): Promise<ApiError> {
  let problem: ProblemDetails | undefined;
  try {
    problem = (await response.json()) as ProblemDetails;
  } catch {
    // not JSON: the status says enough
  }
  return new ApiError({
    status: response.status,
    title:
      typeof problem?.title === 'string' ? problem.title : `Request failed (${response.status})`,
    detail: typeof problem?.detail === 'string' ? problem.detail : undefined,
    problem,
  });
}

/** Downloads GET /api/{resource}/export as a file the browser saves. */
export async function downloadExport(resource: Resource, format: FileFormat): Promise<void> {
  const response = await fetch(`/api/${resource}/export?format=${format}`, { headers: headers() });
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `medley-${resource}.${format}`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The row errors of a refused import, from its problem document. */
export function rowErrors(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const errors = error.problem?.['rows'];
  return Array.isArray(errors) ? (errors as RowError[]) : [];
}

/** POST /api/{resource}/import: all rows or none. */
export function useImport(resource: Resource) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<ImportResult> => {
      const format: FileFormat = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const response = await fetch(`/api/${resource}/import?format=${format}`, {
        method: 'POST',
        headers: headers({
          'Content-Type': format === 'xlsx' ? XLSX : 'text/csv',
          Accept: 'application/json, application/problem+json',
        }),
        body: file,
      });
      if (!response.ok) throw await failure(response);
      return (await response.json()) as ImportResult;
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
