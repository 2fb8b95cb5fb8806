import { Text, Tooltip } from '@mantine/core';
import { useNow } from '../hooks/use-now';
import { dueIn, formatDateTime } from '../utils/time';

interface SlaDueProps {
  /** The nearest running SLA deadline, or null when no clock runs (paused, met, none). */
  dueAt: string | null;
}

/**
 * A live "due in 1 h 12 m" / "overdue 5 m" in a fixed width, so a ticking timer never moves the
 * table. Kept small and separate so the SLA feature's richer countdown can replace it.
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
  const { text, overdue } = dueIn(dueAt, now);
  const soon = !overdue && Date.parse(dueAt) - now < 60 * 60_000;
  return (
    <Tooltip label={`SLA due ${formatDateTime(dueAt)}`} withArrow>
      <Text
        component="span"
        size="sm"
        fw={overdue || soon ? 600 : 400}
        c={overdue ? 'red.7' : soon ? 'orange.8' : undefined}
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
