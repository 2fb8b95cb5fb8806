import { Badge } from '@mantine/core';
import { HEALTH } from '../kinds';
import type { ConnectorStatus } from '../types';

/** Healthy, degraded or failing; "No data" while the desk has no delivery status. */
export function HealthBadge({ status }: { status: ConnectorStatus | null }) {
  if (!status) {
    return (
      <Badge color="gray" variant="light" miw="max-content">
        No data
      </Badge>
    );
  }
  const health = HEALTH[status.health];
  return (
    <Badge color={health.color} variant="light" miw="max-content">
      {health.label}
    </Badge>
  );
}
