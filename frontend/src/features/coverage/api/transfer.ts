import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, saveFile } from '@/lib/api';
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

/** Downloads GET /api/{resource}/export as a file the browser saves. */
export async function downloadExport(resource: Resource, format: FileFormat): Promise<void> {
  const blob = await api.download(
    `/api/${resource}/export?format=${format}`,
    format === 'xlsx' ? XLSX : 'text/csv',
  );
  saveFile(blob, `medley-${resource}.${format}`);
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
    mutationFn: (file: File): Promise<ImportResult> => {
      const format: FileFormat = file.name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      return api.upload<ImportResult>(
        `/api/${resource}/import?format=${format}`,
        file,
        format === 'xlsx' ? XLSX : 'text/csv',
      );
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
