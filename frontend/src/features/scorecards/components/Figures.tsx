// Mantine's own Tooltip: this page is lazy already, and the shared LazyTooltip imported from here
// would be split into a chunk of its own that the portal's first screen then also loads.
import { Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { Compliance, Ratio, ScorecardRow } from '../types';
import { hours, percent } from '../utils';

/** "—" for a figure with nothing counted; the reason is in a tooltip and for screen readers. */
export function NothingCounted() {
  return (
    <Tooltip label="nothing counted" withArrow>
      <Text span c="dimmed" size="sm">
        —<VisuallyHidden> nothing counted</VisuallyHidden>
      </Text>
    </Tooltip>
  );
}

/** A rate as a percentage with what it counts below ("30 of 32"). */
export function RateCell({
  value,
  what,
}: {
  value: Compliance | Ratio | null | undefined;
  what?: string;
}) {
  if (!value || value.rate == null) return <NothingCounted />;
  const [count, of] = 'met' in value ? [value.met, value.finished] : [value.count, value.of];
  return (
    <>
      <Text span size="sm" fw={600}>
        {percent(value.rate)}
      </Text>
      <Text size="xs" c="dimmed">
        {count} of {of}
        {what ? ` ${what}` : ''}
      </Text>
    </>
  );
}

export function CsatCell({ csat }: { csat: ScorecardRow['csat'] }) {
  if (csat.average == null) return <NothingCounted />;
  return (
    <>
      <Text span size="sm" fw={600}>
        {csat.average.toFixed(2)} / 5
      </Text>
      <Text size="xs" c="dimmed">
        {csat.responses} response{csat.responses === 1 ? '' : 's'}
      </Text>
    </>
  );
}

export function BacklogCell({ backlog }: { backlog: ScorecardRow['backlog'] }) {
  return (
    <>
      <Text span size="sm" fw={600}>
        {backlog.open} open
      </Text>
      {backlog.open > 0 && (
        <Text size="xs" c="dimmed">
          oldest <span style={{ whiteSpace: 'nowrap' }}>{hours(backlog.oldestHours)}</span>, median{' '}
          <span style={{ whiteSpace: 'nowrap' }}>{hours(backlog.medianHours)}</span>
        </Text>
      )}
    </>
  );
}
