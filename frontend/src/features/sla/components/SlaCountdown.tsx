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
import { formatDue } from '@/lib/time';
import { describeLeft } from '@/lib/durations';

interface SlaCountdownProps {
  timer: SlaTimer;
  /** The `now` of the answer the timer came in: the remaining time is as of then. */
  serverNow: string;
  /** Shown before the time, e.g. "Response"; defaults to the timer's target. */
  label?: string;
}

const TARGET_LABEL = { RESPONSE: 'Response', RESOLUTION: 'Resolution' } as const;

/**
 * A live SLA or OLA countdown for one timer: the business time left, as the server computes it,
 * counted down while the timer's clock runs (amber from 75 % used, red when overdue) and standing
 * still while it does not (paused, or the calendar closed); finished timers say how they ended.
 * Running or paused, it is the same figure written the same way. The badge has a fixed minimum
 * width and tabular digits.
 */
export function SlaCountdown(props: SlaCountdownProps) {
  // Each answer starts a fresh countdown from its own figure.
  return <Countdown key={props.serverNow} {...props} />;
}

function Countdown({ timer, serverNow, label }: SlaCountdownProps) {
  const left = useCountdown(timer, serverNow);
  const name = label ?? TARGET_LABEL[timer.target];
  const prefix = timer.kind === 'OLA' ? `OLA ${name.toLowerCase()}` : name;
  const due = timer.dueAt ? formatDue(timer.dueAt) : null;
  const text = describeLeft(timer.state, left);

  let color = 'teal';
  let icon = <IconClock size={14} aria-hidden />;
  let description: string;
  switch (timer.state) {
    case 'RUNNING': {
      if (left < 0) {
        color = 'red';
        icon = <IconAlertTriangle size={14} aria-hidden />;
      } else {
        color = timer.percentUsed >= 75 ? 'orange' : 'teal';
      }
      description = `${prefix} due ${due ?? ''}${
        timer.runsUntil ? '' : ' · the clock stands still outside business hours'
      }`;
      break;
    }
    case 'PAUSED': {
      color = 'gray';
      icon = <IconPlayerPause size={14} aria-hidden />;
      description = `${prefix} paused: the clock stops while the ticket waits`;
      break;
    }
    case 'MET':
      icon = <IconCircleCheck size={14} aria-hidden />;
      description = `${prefix} target met`;
      break;
    case 'BREACHED':
      color = 'red';
      icon = <IconCircleX size={14} aria-hidden />;
      description = `${prefix} target breached${due ? ` (due ${due})` : ''}`;
      break;
    default:
      color = 'gray';
      icon = <IconCircleX size={14} aria-hidden />;
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
