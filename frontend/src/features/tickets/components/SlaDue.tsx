import { Text, Tooltip } from '@mantine/core';
import { useNow } from '../hooks/use-now';
import { deadline, formatDateTime } from '@/lib/time';

interface SlaDueProps {
  /**
   * The nearest deadline of the ticket's SLA and partner (OLA) timers still counting, a breached
   * one included; null when no clock counts (paused, met, none).
   */
  dueAt: string | null;
}

/**
 * The queue's SLA cell: "due 15:42" / "due Tue 09:00", amber within the hour, red "breached" once
 * any target (the partner's included) has passed. Fixed width, so a change never moves the table.
 */
export function SlaDue({ dueAt }: SlaDueProps) {
  const now = useNow(30_000);
  if (!dueAt) {
    return (
      <Text component="span" size="sm" c="dimmed" miw={112} display="inline-block">
        —
      </Text>
    );
  }
  const { text, breached, soon } = deadline(dueAt, now);
  return (
    <Tooltip
      label={`${breached ? 'A target was due' : 'Next SLA or partner target due'} ${formatDateTime(dueAt)}`}
      withArrow
    >
      <Text
        component="span"
        size="sm"
        fw={breached || soon ? 600 : 400}
        c={breached ? 'red' : soon ? 'orange' : undefined}
        miw={112}
        display="inline-block"
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        data-testid="sla-due"
      >
        {text}
      </Text>
    </Tooltip>
  );
}
