import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useSlaPerformance } from '../api/insights';
import { type InsightFilters, useInsightFilters } from '../hooks/use-insight-filters';
import { addDays, isDay } from '../utils';

const ALL = '';

/**
 * The filters of a view, read from and written to the URL. `sla` adds the SLA-only filters (SLA
 * or OLA, response or resolution).
 */
export function FilterBar({ sla = false }: { sla?: boolean }) {
  const [filters, setFilters] = useInsightFilters();
  const providers = useProviders(filters);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label="Filters">
      <TextInput
        type="date"
        label="From"
        value={filters.from}
        max={filters.to}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isDay(value) && value <= filters.to) setFilters({ from: value });
        }}
        w={150}
      />
      <TextInput
        type="date"
        label="To"
        value={filters.to}
        min={filters.from}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isDay(value) && value >= filters.from) setFilters({ to: value });
        }}
        w={150}
      />
      <SegmentedControl
        aria-label="Period"
        value={filters.period}
        onChange={(value) => setFilters({ period: value })}
        data={[
          { value: 'DAY', label: 'Day' },
          { value: 'WEEK', label: 'Week' },
          { value: 'MONTH', label: 'Month' },
        ]}
      />
      <Select
        label="Provider"
        value={filters.provider ?? ALL}
        onChange={(value) => setFilters({ provider: value || null })}
        data={[{ value: ALL, label: 'Everyone' }, ...providers]}
        allowDeselect={false}
        w={220}
      />
      <Select
        label="Priority"
        value={filters.priority ?? ALL}
        onChange={(value) => setFilters({ priority: value || null })}
        data={[{ value: ALL, label: 'All' }, 'P1', 'P2', 'P3', 'P4']}
        allowDeselect={false}
        w={100}
      />
      <Select
        label="Tier"
        value={filters.tier ?? ALL}
        onChange={(value) => setFilters({ tier: value || null })}
        data={[
          { value: ALL, label: 'All' },
          { value: 'L1', label: 'L1' },
          { value: 'L2', label: 'L2' },
          { value: 'L3', label: 'L3' },
          { value: 'VENDOR', label: 'Vendor' },
        ]}
        allowDeselect={false}
        w={110}
      />
      {sla && (
        <>
          <Select
            label="Targets"
            value={
              filters.kind ??
              (filters.groupBy === 'kind' ? ALL : filters.groupBy === 'partner' ? 'OLA' : 'SLA')
            }
            onChange={(value) =>
              setFilters({ kind: value === 'OLA' || value === 'SLA' ? value : null })
            }
            data={[
              ...(filters.groupBy === 'kind' ? [{ value: ALL, label: 'SLA and OLA' }] : []),
              { value: 'SLA', label: 'SLA (hospital)' },
              { value: 'OLA', label: 'OLA (partners)' },
            ]}
            allowDeselect={false}
            w={160}
          />
          <Select
            label="Measure"
            value={filters.target ?? ALL}
            onChange={(value) => setFilters({ target: value || null })}
            data={[
              { value: ALL, label: 'Response and resolution' },
              { value: 'RESPONSE', label: 'Response' },
              { value: 'RESOLUTION', label: 'Resolution' },
            ]}
            allowDeselect={false}
            w={210}
          />
        </>
      )}
    </Group>
  );
}

/**
 * The providers to filter by: the hospital's own staff and each partner that held tickets in the
 * range (from the compliance grouped by provider), and the chosen one even if it held none.
 */
function useProviders(filters: InsightFilters): { value: string; label: string }[] {
  const performance = useSlaPerformance({
    from: filters.from,
    to: addDays(filters.to, 1),
    period: 'month',
    groupBy: 'provider',
  });
  const options = new Map<string, string>([['INTERNAL', 'Internal staff']]);
  for (const group of performance.data?.groups ?? []) {
    if (group.key !== '0') options.set(group.key, group.label);
  }
  if (filters.provider && !options.has(filters.provider)) {
    options.set(filters.provider, `Partner ${filters.provider}`);
  }
  return [...options].map(([value, label]) => ({ value, label }));
}
