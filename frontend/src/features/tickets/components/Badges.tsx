import { Badge } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Tooltip } from '@/components/LazyTooltip';
import type { PendingReason, Priority, TicketStatus } from '../types';
import {
  PENDING_LABEL,
  PRIORITY_COLOR,
  PRIORITY_LABEL,
  STATUS_COLOR,
  STATUS_LABEL,
  requesterStatus,
} from '../utils/plain-language';

export function StatusBadge({
  status,
  pendingReason,
  forRequester = false,
}: {
  status: TicketStatus;
  pendingReason?: PendingReason | null;
  forRequester?: boolean;
}) {
  const label = forRequester
    ? requesterStatus(status, pendingReason ?? null)
    : status === 'PENDING' && pendingReason
      ? `Pending · ${pendingReason.charAt(0)}${pendingReason.slice(1).toLowerCase()}`
      : STATUS_LABEL[status];
  const badge = (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" tt="none">
      {label}
    </Badge>
  );
  if (!forRequester && status === 'PENDING' && pendingReason) {
    return <Tooltip label={PENDING_LABEL[pendingReason]}>{badge}</Tooltip>;
  }
  return badge;
}

export function PriorityBadge({ priority, long = false }: { priority: Priority; long?: boolean }) {
  return (
    <Badge
      color={PRIORITY_COLOR[priority]}
      variant={priority === 'P1' ? 'filled' : 'light'}
      radius="sm"
      tt="none"
    >
      {long ? PRIORITY_LABEL[priority] : priority}
    </Badge>
  );
}

export function PhiBadge() {
  return (
    <Tooltip label="Contains patient information: every view is logged">
      <Badge
        color="grape"
        variant="light"
        radius="sm"
        tt="none"
        // Beside a long title it keeps its size; the title gives way.
        flex="none"
        leftSection={<IconShieldLock size={12} aria-hidden />}
      >
        PHI
      </Badge>
    </Tooltip>
  );
}
