import { Paper, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { SlaCountdown, useTicketSla } from '@/features/sla';
import { SlaDue } from './SlaDue';

/**
 * The ticket's SLA and OLA timers as live countdowns; while they load (or for a ticket without
 * timers) the nearest deadline the list shows. Refetched when the ticket changes version, since a
 * pause, resume or re-target moves the deadlines.
 */
export function SlaPanel({
  ticketId,
  version,
  fallbackDue,
}: {
  ticketId: number;
  version: number;
  fallbackDue: string | null;
}) {
  const sla = useTicketSla(ticketId);
  const { refetch } = sla;
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  const timers = sla.data?.timers ?? [];
  const serverNow = sla.data?.now ?? '';
  return (
    <Paper withBorder p="xs" radius="md" miw={170} flex="none" aria-label="SLA timers">
      <Text size="xs" c="dimmed" mb={4}>
        {timers.length > 0 ? 'SLA timers' : 'Next SLA deadline'}
      </Text>
      {timers.length > 0 ? (
        <Stack gap={4}>
          {timers.map((timer) => (
            <SlaCountdown
              key={`${timer.kind}-${timer.target}`}
              timer={timer}
              serverNow={serverNow}
            />
          ))}
        </Stack>
      ) : (
        <SlaDue dueAt={fallbackDue} />
      )}
    </Paper>
  );
}
