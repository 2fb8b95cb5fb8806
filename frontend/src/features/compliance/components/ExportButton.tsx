import { Button, Group, Text } from '@mantine/core';
import { IconCheck, IconDownload } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useExportPhiAccess } from '../api/phi-access';
import type { PhiAccessFilters } from '../types';

/** The export holds at most this many rows (the server's limit). */
export const MAX_EXPORT_ROWS = 50_000;

interface ExportButtonProps {
  filters: PhiAccessFilters;
  total: number | undefined;
}

/** Downloads the filtered log as CSV, with the bearer token, and says how it went. */
export function ExportButton({ filters, total }: ExportButtonProps) {
  const exporting = useExportPhiAccess();
  const failure = exporting.isError ? describeError(exporting.error) : null;
  return (
    <Group gap="sm" justify="flex-end" wrap="nowrap">
      <div aria-live="polite" role="status">
        {exporting.isPending && (
          <Text size="sm" c="dimmed">
            Preparing{' '}
            {total !== undefined
              ? `${Math.min(total, MAX_EXPORT_ROWS).toLocaleString()} rows`
              : 'the file'}
            …
          </Text>
        )}
        {exporting.isSuccess && (
          <Text size="sm" c="teal">
            <IconCheck size={14} aria-hidden style={{ verticalAlign: '-2px' }} /> Downloaded{' '}
            {exporting.data === 1 ? '1 row' : `${exporting.data.toLocaleString()} rows`}
            {exporting.data >= MAX_EXPORT_ROWS &&
              ` (the newest ${MAX_EXPORT_ROWS.toLocaleString()}; narrow the dates for the rest)`}
          </Text>
        )}
        {failure && (
          <Text size="sm" c="red" role="alert">
            Export failed: {failure.detail ?? failure.title}
          </Text>
        )}
      </div>
      <Button
        variant="light"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={exporting.isPending}
        loaderProps={{ type: 'dots' }}
        onClick={() => exporting.mutate(filters)}
        disabled={total === 0}
      >
        Export CSV
      </Button>
    </Group>
  );
}
