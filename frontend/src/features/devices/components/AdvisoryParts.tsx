import { Badge, Group, Loader, Progress, Text } from '@mantine/core';
import type { AdvisorySeverity } from '../types';
import { SEVERITY } from './advisory-labels';

export function SeverityBadge({ severity }: { severity: AdvisorySeverity }) {
  const s = SEVERITY[severity];
  return (
    <Badge color={s.color} variant="light">
      {s.label}
    </Badge>
  );
}

/**
 * How far remediation has come: patched devices of the affected ones, as a bar and in words. The
 * exposure (remaining) is what falls as work orders close.
 */
export function Exposure({
  affected,
  remaining,
  opening = false,
}: {
  affected: number;
  remaining: number;
  /** The remediation orders are still being written: no count to show yet. */
  opening?: boolean;
}) {
  if (opening) {
    return (
      <div>
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" />
          <Text size="sm" fw={600}>
            Opening work orders…
          </Text>
        </Group>
        <Progress value={100} striped animated size="sm" mt={4} aria-label="Opening work orders" />
      </div>
    );
  }
  const patched = affected - remaining;
  const share = affected === 0 ? 100 : Math.round((patched / affected) * 100);
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {remaining.toLocaleString('en-US')} remaining
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {patched.toLocaleString('en-US')} of {affected.toLocaleString('en-US')} patched
        </Text>
      </Group>
      <Progress
        value={share}
        color={remaining === 0 ? 'teal' : 'blue'}
        size="sm"
        mt={4}
        aria-label={`${share}% of affected devices patched`}
      />
    </div>
  );
}
