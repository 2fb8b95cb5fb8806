import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState, type RefObject } from 'react';
import { useSupportGroups } from '../api/get-support-groups';
import {
  PRIORITIES,
  TICKET_STATUSES,
  TIERS,
  type Priority,
  type TicketStatus,
  type Tier,
} from '../types';
import { PRIORITY_LABEL, STATUS_LABEL, TIER_LABEL } from '../utils/plain-language';
import { ApplicationPicker } from './ApplicationPicker';

export interface QueueFilterValues {
  q: string;
  status: TicketStatus[];
  priority: Priority[];
  tier: Tier | null;
  groupId: number | null;
  applicationId: number | null;
}

interface QueueFiltersProps {
  value: QueueFilterValues;
  onChange: (next: Partial<QueueFilterValues>) => void;
  searchRef?: RefObject<HTMLInputElement | null>;
  /** What an empty status filter means in this queue ("Open" or "Any"). */
  statusPlaceholder?: string;
}

/** Search and filters above the queue table. The search box waits for a pause in typing. */
export function QueueFilters({
  value,
  onChange,
  searchRef,
  statusPlaceholder = 'Any',
}: QueueFiltersProps) {
  const groups = useSupportGroups();
  const [text, setText] = useState(value.q);
  // A search changed from outside (Clear filters, back button) replaces what is typed.
  const [seen, setSeen] = useState(value.q);
  if (seen !== value.q) {
    setSeen(value.q);
    setText(value.q);
  }
  useEffect(() => {
    if (text === value.q) return undefined;
    const timer = window.setTimeout(() => onChange({ q: text }), 300);
    return () => window.clearTimeout(timer);
  }, [text, value.q, onChange]);

  const active =
    value.q ||
    value.status.length ||
    value.priority.length ||
    value.tier ||
    value.groupId ||
    value.applicationId;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <TextInput
        ref={searchRef}
        label="Search"
        placeholder="Number or words (title, description, comments)"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ q: text });
          if (event.key === 'Escape') event.currentTarget.blur();
        }}
        w={300}
      />
      <MultiSelect
        label="Status"
        placeholder={value.status.length ? undefined : statusPlaceholder}
        data={TICKET_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }))}
        value={value.status}
        onChange={(status) => onChange({ status: status })}
        clearable
        w={200}
      />
      <MultiSelect
        label="Priority"
        placeholder={value.priority.length ? undefined : 'Any'}
        data={PRIORITIES.map((priority) => ({ value: priority, label: PRIORITY_LABEL[priority] }))}
        value={value.priority}
        onChange={(priority) => onChange({ priority: priority })}
        clearable
        w={170}
      />
      <Select
        label="Tier"
        placeholder="Any"
        data={TIERS.map((tier) => ({ value: tier, label: TIER_LABEL[tier] }))}
        value={value.tier}
        onChange={(tier) => onChange({ tier: tier })}
        clearable
        w={190}
      />
      <Select
        label="Group"
        placeholder={groups.isError ? 'Groups unavailable' : 'Any'}
        data={(groups.data ?? []).map((group) => ({
          value: String(group.id),
          label: `${group.name} (${group.tier})`,
        }))}
        value={value.groupId ? String(value.groupId) : null}
        onChange={(id) => onChange({ groupId: id ? Number(id) : null })}
        searchable
        clearable
        w={220}
      />
      <ApplicationPicker
        label="Application"
        placeholder="Any"
        value={value.applicationId}
        onChange={(application) => onChange({ applicationId: application?.id ?? null })}
        w={220}
      />
      {active ? (
        <Button
          variant="subtle"
          leftSection={<IconX size={14} aria-hidden />}
          onClick={() =>
            onChange({
              q: '',
              status: [],
              priority: [],
              tier: null,
              groupId: null,
              applicationId: null,
            })
          }
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
