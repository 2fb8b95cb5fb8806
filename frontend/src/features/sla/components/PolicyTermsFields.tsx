import { Checkbox, Chip, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { errorOf } from '@/lib/field-errors';
import { formatTarget } from '@/lib/durations';
import { PAUSE_TOKENS, type CalendarOption, type OlaAction } from '../types';
import { isTarget } from '../utils/duration';
import type { PolicyTermsDraft } from '../utils/terms';
import { ACTION_LABEL, PAUSE_LABEL } from '../utils/labels';

interface PolicyTermsFieldsProps<A extends OlaAction> {
  terms: PolicyTermsDraft<A>;
  onChange: <K extends keyof PolicyTermsDraft<A>>(key: K, value: PolicyTermsDraft<A>[K]) => void;
  calendars: CalendarOption[];
  /** The breach actions this kind of policy may take. */
  actions: readonly A[];
  /** The server's refusal, by field (`resolution`, `warnings[2]`). */
  errors: Record<string, string>;
  /** Fields of one kind of policy only, shown between the targets and the pause rule. */
  afterTargets?: ReactNode;
}

/**
 * Calendar, response and resolution targets, pause rule, warnings and breach actions: the same
 * fields in the SLA policy form and the OLA form, named as the server names them in a refusal.
 */
export function PolicyTermsFields<A extends OlaAction>({
  terms,
  onChange,
  calendars,
  actions,
  errors,
  afterTargets,
}: PolicyTermsFieldsProps<A>) {
  const pauseLabel = useId();
  return (
    <>
      <Select
        label="Calendar the targets count in"
        data={calendars.map((c) => ({ value: String(c.id), label: `${c.name} (${c.zone})` }))}
        value={terms.calendarId ? String(terms.calendarId) : null}
        onChange={(v) => v && onChange('calendarId', Number(v))}
        error={errorOf(errors, 'calendarId')}
        allowDeselect={false}
      />
      <Group grow align="flex-start">
        <TextInput
          label="Response target"
          description={isTarget(terms.response) ? formatTarget(terms.response) : 'e.g. PT15M, PT1H'}
          value={terms.response}
          onChange={(e) => onChange('response', e.currentTarget.value)}
          error={errorOf(errors, 'response')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <TextInput
          label="Resolution target"
          description={
            isTarget(terms.resolution) ? formatTarget(terms.resolution) : 'e.g. PT8H, PT24H or P2D'
          }
          value={terms.resolution}
          onChange={(e) => onChange('resolution', e.currentTarget.value)}
          error={errorOf(errors, 'resolution')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
      </Group>
      {afterTargets}
      <Stack gap={6}>
        <Text size="sm" fw={500} id={pauseLabel}>
          The clock stops while the ticket is
        </Text>
        <Chip.Group multiple value={terms.pauseOn} onChange={(v) => onChange('pauseOn', v)}>
          <Group gap="xs" role="group" aria-labelledby={pauseLabel}>
            {PAUSE_TOKENS.map((token) => (
              <Chip key={token} value={token} size="sm">
                {PAUSE_LABEL[token]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {errorOf(errors, 'pauseOn') && (
          <Text size="xs" c="red">
            {errorOf(errors, 'pauseOn')}
          </Text>
        )}
      </Stack>
      <TextInput
        label="Warn at (% of the target used)"
        description="Rising percentages, comma-separated"
        value={terms.warnings}
        onChange={(e) => onChange('warnings', e.currentTarget.value)}
        error={errorOf(errors, 'warnings')}
        maw={320}
      />
      <Checkbox.Group
        label="On breach"
        value={terms.breachActions}
        onChange={(v) => onChange('breachActions', v)}
        error={errorOf(errors, 'breachActions')}
      >
        <Group mt={6}>
          {actions.map((action) => (
            <Checkbox key={action} value={action} label={ACTION_LABEL[action]} />
          ))}
        </Group>
      </Checkbox.Group>
    </>
  );
}
