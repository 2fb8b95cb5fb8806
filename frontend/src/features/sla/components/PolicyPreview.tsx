import { Box, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useInterval } from '@mantine/hooks';
import { IconClockHour4 } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { describeError } from '@/lib/errors';
import { usePolicyPreview } from '../api/preview-policy';
import type { CalendarOption } from '../types';
import { formatDue } from '@/lib/time';
import { formatTarget } from '@/lib/durations';
import { isTarget } from '../utils/duration';

interface PolicyPreviewProps {
  priority: string | null;
  calendar: CalendarOption | undefined;
  response: string;
  resolution: string;
}

function currentMinute(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}

/**
 * "A P2 opened now would be due at …": the policy being edited, asked of the backend as it is
 * typed. The answer area keeps its height while the next answer loads.
 */
export function PolicyPreview({ priority, calendar, response, resolution }: PolicyPreviewProps) {
  const [now, setNow] = useState(currentMinute);
  useInterval(() => setNow(currentMinute()), 60_000, { autoInvoke: true });
  const valid = calendar !== undefined && isTarget(response) && isTarget(resolution);
  const request = useMemo(
    () =>
      valid
        ? {
            calendarId: calendar.id,
            response: response.trim().toUpperCase(),
            resolution: resolution.trim().toUpperCase(),
            start: now,
          }
        : null,
    [valid, calendar, response, resolution, now],
  );
  const [debounced] = useDebouncedValue(request, 300);
  const preview = usePolicyPreview(debounced);
  const zone = calendar?.zone;
  const what = priority ? `A ${priority} ticket` : 'A ticket';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      aria-labelledby="policy-preview-heading"
      component="section"
    >
      <Stack gap={6}>
        <Group gap="xs">
          <IconClockHour4 size={20} aria-hidden />
          <Title order={3} size="h5" id="policy-preview-heading">
            {what} opened now would be due
          </Title>
          {preview.isFetching && <Loader size="xs" aria-label="Updating" />}
        </Group>
        <Box mih={58} aria-live="polite">
          {!valid ? (
            <Text size="sm" c="dimmed">
              Choose a calendar and enter both targets to see the due times.
            </Text>
          ) : preview.isError ? (
            <Text size="sm" c="red">
              {describeError(preview.error).detail ?? describeError(preview.error).title}
            </Text>
          ) : preview.data ? (
            <Stack gap={2}>
              <Text size="sm">
                First response ({formatTarget(response)} of {preview.data.calendar}):{' '}
                <Text span fw={600}>
                  {formatDue(preview.data.responseDue, zone)}
                </Text>
              </Text>
              <Text size="sm">
                Resolution ({formatTarget(resolution)}):{' '}
                <Text span fw={600}>
                  {formatDue(preview.data.resolutionDue, zone)}
                </Text>
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Working it out…
            </Text>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
