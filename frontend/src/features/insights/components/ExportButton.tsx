import { Button, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { downloadFile } from '../api/insights';

/**
 * Downloads a file with the view's filters (`url`). A button rather than a link: the API wants the
 * bearer token, which a link cannot carry.
 */
export function ExportButton({
  url,
  filename,
  label = 'Export CSV',
  accept = 'text/csv',
  what,
  variant = 'default',
}: {
  url: string;
  filename: string;
  label?: string;
  accept?: string;
  /** What is exported, for screen readers ("SLA performance"). */
  what: string;
  variant?: 'default' | 'light' | 'filled';
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant={variant}
        size="xs"
        leftSection={<IconDownload size={16} aria-hidden />}
        loading={busy}
        aria-label={`${label}: ${what}`}
        data-url={url}
        onClick={() => {
          setBusy(true);
          setError(null);
          downloadFile(url, filename, accept)
            .catch((e: unknown) => setError(describeError(e).title))
            .finally(() => setBusy(false));
        }}
      >
        {label}
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}
