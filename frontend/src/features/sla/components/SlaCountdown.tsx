import { Badge, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconClock,
  IconPlayerPause,
} from '@tabler/icons-react';
import { useCountdown } from '../hooks/use-countdown';
import type { SlaTimer } from '../types';
import { durationMs, formatDue, formatSpan } from '../utils/duration';

interface SlaCountdownProps {
  timer: SlaTimer;
  /** The `now` of the answer the timer came in, to correct the browser's clock. */
  serverNow?: string;
  /** Shown before the time, e.g. "Response"; defaults to the timer's target. */
  label?: string;
}

const TARGET_LABEL = { RESPONSE: 'Response', RESOLUTION: 'Resolution' } as const;

/** "42:07" under an hour, "2 h 05 min" above: fixed-width digits, so the badge never jumps. */
function clock(ms: number): string {
  const abs = Math.abs(ms);
  if (abs >= 3_600_000) return formatSpan(abs);
  const minutes = Math.floor(abs / 60_000);
  const seconds = Math.floor((abs % 60_000) / 1000);
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * A live SLA countdown for one timer: time to the deadline ticking every second, amber from 75 %
 * used, red when overdue; paused timers show the business time left and stand still; finished
 * ones say how they ended. The badge has a fixed minimum width and tabular digits.
 */
export function SlaCountdown({ timer, serverNow, label }: SlaCountdownProps) {
  const left = useCountdown(timer.state === 'RUNNING' ? timer.dueAt : null, serverNow);
  const name = label ?? TARGET_LABEL[timer.target];
  const prefix = timer.kind === 'OLA' ? `OLA ${name.toLowerCase()}` : name;
  const due = timer.dueAt ? formatDue(timer.dueAt) : null;

  let color = 'teal';
  let icon = <IconClock size={14} aria-hidden />;
  let text: string;
  let description: string;
  switch (timer.state) {
    case 'RUNNING': {
      const ms = left ?? 0;
      if (ms < 0) {
        color = 'red';
        icon = <IconAlertTriangle size={14} aria-hidden />;
        text = `overdue ${clock(ms)}`;
      } else {
        color = timer.percentUsed >= 75 ? 'orange' : 'teal';
        text = `${clock(ms)} left`;
      }
      description = `${prefix} due ${due ?? ''}`;
      break;
    }
    case 'PAUSED': {
      color = 'gray';
      icon = <IconPlayerPause size={14} aria-hidden />;
      const remaining = durationMs(timer.remaining) ?? 0;
      text = `paused · ${formatSpan(remaining)} left`;
      description = `${prefix} paused: the clock stops while the ticket waits`;
      break;
    }
    case 'MET':
      icon = <IconCircleCheck size={14} aria-hidden />;
      text = 'met';
      description = `${prefix} target met`;
      break;
    case 'BREACHED':
      color = 'red';
      icon = <IconCircleX size={14} aria-hidden />;
      text = 'breached';
      description = `${prefix} target breached${due ? ` (due ${due})` : ''}`;
      break;
    default:
      color = 'gray';
      icon = <IconCircleX size={14} aria-hidden />;
      text = 'cancelled';
      description = `${prefix} timer cancelled`;
  }

  return (
    <Tooltip label={description} withArrow>
      <Badge
        color={color}
        variant={timer.state === 'RUNNING' || timer.state === 'BREACHED' ? 'light' : 'outline'}
        size="lg"
        radius="sm"
        leftSection={icon}
        miw={220}
        styles={{
          root: { justifyContent: 'flex-start', textTransform: 'none' },
          label: { fontVariantNumeric: 'tabular-nums' },
        }}
        role="timer"
        aria-label={`${prefix}: ${text}. ${description}`}
      >
        {prefix}: {text}
      </Badge>
    </Tooltip>
  );
}
