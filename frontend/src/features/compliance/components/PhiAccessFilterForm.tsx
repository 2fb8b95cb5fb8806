import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { FieldError, PhiAccessFilters } from '../types';
import { rangeError } from '../utils/filters';
import { errorFor } from '../utils/problems';
import { today } from '../utils/time';

type Draft = Omit<PhiAccessFilters, 'page'>;

interface PhiAccessFilterFormProps {
  initial: Draft;
  /** The server's refusal of the current filters, per field. */
  errors: readonly FieldError[];
  onApply: (filters: Draft) => void;
}

function daysBefore(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return today(new Date(year!, month! - 1, day! - days));
}

/** Date range, person and ticket; applied together, so the address only changes on purpose. */
export function PhiAccessFilterForm({ initial, errors, onApply }: PhiAccessFilterFormProps) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [touched, setTouched] = useState(false);
  const backwards = rangeError(draft);
  // Server messages describe the filters as applied; once edited, they no longer apply.
  const serverError = (...fields: string[]) => (touched ? undefined : errorFor(errors, ...fields));

  const change = (key: keyof Draft, value: string) => {
    setTouched(true);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (backwards) return;
    setTouched(false);
    onApply(draft);
  };
  const preset = (days: number) => {
    const to = today();
    const next = { ...draft, from: daysBefore(to, days - 1), to };
    setDraft(next);
    setTouched(false);
    onApply(next);
  };
  const clear = () => {
    const empty = { from: '', to: '', username: '', ticket: '' };
    setDraft(empty);
    setTouched(false);
    onApply(empty);
  };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="form"
      onSubmit={submit}
      aria-label="Filter the PHI access log"
    >
      <Stack gap="sm">
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            type="date"
            label="From"
            description="First day, your time"
            value={draft.from}
            onChange={(event) => change('from', event.currentTarget.value)}
            error={serverError('from')}
            w={170}
          />
          <TextInput
            type="date"
            label="To"
            description="Last day, included"
            value={draft.to}
            onChange={(event) => change('to', event.currentTarget.value)}
            error={backwards ?? serverError('to')}
            w={170}
          />
          <TextInput
            label="User"
            description="Exact sign-in name, e.g. partner"
            placeholder="Anyone"
            value={draft.username}
            onChange={(event) => change('username', event.currentTarget.value)}
            error={serverError('username', 'user')}
            w={220}
          />
          <TextInput
            label="Ticket"
            description="Exact number, e.g. INC-000123"
            placeholder="Any ticket"
            value={draft.ticket}
            onChange={(event) => change('ticket', event.currentTarget.value)}
            error={serverError('ticket')}
            w={200}
          />
        </Group>
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Quick ranges:
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => preset(1)}>
              Today
            </Button>
            <Button variant="subtle" size="compact-sm" onClick={() => preset(7)}>
              Last 7 days
            </Button>
            <Button variant="subtle" size="compact-sm" onClick={() => preset(30)}>
              Last 30 days
            </Button>
          </Group>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconX size={16} aria-hidden />} onClick={clear}>
              Clear filters
            </Button>
            <Button
              type="submit"
              leftSection={<IconFilter size={16} aria-hidden />}
              disabled={Boolean(backwards)}
            >
              Apply filters
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
