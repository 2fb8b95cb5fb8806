import {
  Alert,
  Box,
  Chip,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useInterval } from '@mantine/hooks';
import { IconAlertTriangle, IconClockHour4 } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { describeError } from '@/lib/errors';
import { useDeadline } from '../api/compute-deadline';
import type { DeadlineRequest } from '../types';
import { formatDue } from '@/lib/time';
import { formatDuration, formatTarget } from '@/lib/durations';
import { isIsoDuration, localZone } from '../utils/time';

const QUICK_TARGETS = ['PT1H', 'PT4H', 'PT8H', 'P1D', 'P3D'];

interface DeadlinePreviewProps {
  calendarId: number;
  zone: string;
}

/** The start of the current minute, so "now" does not ask the backend again every render. */
function currentMinute(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return now.toISOString();
}

/** "2026-12-04T16:00" in the browser's zone → ISO instant, or null when incomplete. */
function localInputToInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * "A ticket opened … would be due at …": asks the backend when a target of business time, started
 * now or at a chosen moment, falls due on this calendar. The answer area keeps its height while
 * the next answer loads.
 */
export function DeadlinePreview({ calendarId, zone }: DeadlinePreviewProps) {
  const [duration, setDuration] = useState<string>('PT4H');
  const [startMode, setStartMode] = useState<'now' | 'at'>('now');
  const [startAt, setStartAt] = useState('');
  const [now, setNow] = useState(currentMinute);
  useInterval(() => setNow(currentMinute()), 60_000, { autoInvoke: true });

  const you = localZone();
  const trimmed = duration.trim().toUpperCase();
  const durationValid = isIsoDuration(trimmed);
  const start = startMode === 'now' ? now : localInputToInstant(startAt);

  const request = useMemo<DeadlineRequest | null>(
    () => (durationValid && start ? { start, duration: trimmed } : null),
    [durationValid, start, trimmed],
  );
  const [debounced] = useDebouncedValue(request, 400);
  const deadline = useDeadline(calendarId, debounced);
  const shown = deadline.data ?? null;

  const quick = QUICK_TARGETS.includes(trimmed) ? trimmed : '';

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="preview-heading">
      <Stack gap="sm">
        <Group gap="xs">
          <IconClockHour4 size={20} aria-hidden />
          <Title order={3} size="h5" id="preview-heading">
            Try it: when would a ticket be due?
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          Targets count business time only: a 1 d target is 24 hours of this calendar’s opening
          hours, not a calendar day.
        </Text>

        <Stack gap={6}>
          <Text size="sm" fw={500} id="target-label">
            Target
          </Text>
          <Chip.Group multiple={false} value={quick} onChange={(value) => setDuration(value)}>
            <Group gap="xs" role="radiogroup" aria-labelledby="target-label">
              {QUICK_TARGETS.map((target) => (
                <Chip key={target} value={target} size="sm">
                  {formatTarget(target)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <TextInput
            label="Or any ISO-8601 duration"
            description="For example PT30M (30 minutes), PT2H, P2DT4H"
            value={duration}
            onChange={(event) => setDuration(event.currentTarget.value)}
            error={
              duration.trim() && !durationValid
                ? 'Not a duration Medley understands: use PT30M, PT4H, P3D'
                : undefined
            }
            maw={320}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
        </Stack>

        <Radio.Group
          label="Ticket opened"
          value={startMode}
          onChange={(value) => setStartMode(value === 'at' ? 'at' : 'now')}
        >
          <Group gap="lg" mt={6} align="flex-start">
            <Radio value="now" label="Now" />
            <Radio value="at" label="At" />
          </Group>
        </Radio.Group>
        {startMode === 'at' && (
          <TextInput
            type="datetime-local"
            label={`Date and time (your time, ${you})`}
            value={startAt}
            onChange={(event) => setStartAt(event.currentTarget.value)}
            error={startAt && !start ? 'Enter a date and a time' : undefined}
            maw={320}
          />
        )}

        <Box
          mih={112}
          p="sm"
          bg="var(--mantine-color-gray-0)"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
          aria-live="polite"
          aria-busy={deadline.isFetching}
          data-testid="deadline-preview"
        >
          {deadline.isError ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={describeError(deadline.error).title}
            >
              {describeError(deadline.error).detail}
            </Alert>
          ) : !request ? (
            <Text size="sm" c="dimmed">
              Choose a target and when the ticket was opened to see its due time.
            </Text>
          ) : shown ? (
            <Stack gap={4}>
              <Text size="sm">
                A ticket opened <strong>{formatDue(shown.request.start, zone)}</strong>
                {you !== zone && <> ({formatDue(shown.request.start, you)} your time)</>} with a{' '}
                {formatTarget(shown.request.duration)} target would be due at
              </Text>
              <Group gap="xs" align="baseline">
                <Text size="lg" fw={700} data-testid="deadline">
                  {formatDue(shown.deadline, zone)}
                </Text>
                {deadline.isFetching && <Loader size="xs" aria-label="Updating" />}
              </Group>
              <Text size="xs" c="dimmed">
                {you !== zone && <>{formatDue(shown.deadline, you)} your time · </>}
                {formatDuration(Date.parse(shown.deadline) - Date.parse(shown.request.start))} on
                the clock · times in {zone}
              </Text>
            </Stack>
          ) : (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                Working out the due time…
              </Text>
            </Group>
          )}
        </Box>
      </Stack>
    </Paper>
  );
}
