import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Group,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useEngagementOptions } from '@/features/market';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useSavePolicy } from '../api/save-policy';
import {
  BREACH_ACTIONS,
  PAUSE_TOKENS,
  PRIORITIES,
  type CalendarOption,
  type PolicyInput,
  type SlaPolicy,
} from '../types';
import { formatTarget } from '@/lib/time';
import { isTarget } from '../utils/duration';
import { ACTION_LABEL, PAUSE_LABEL } from '../utils/labels';
import { PolicyPreview } from './PolicyPreview';

const EMPTY: PolicyInput = {
  name: '',
  ticketType: null,
  priority: 'P3',
  criticality: null,
  organizationId: null,
  engagementId: null,
  calendarId: 0,
  response: 'PT4H',
  resolution: 'PT27H',
  responseMetBy: 'EITHER',
  pauseOn: ['PENDING:CUSTOMER', 'PENDING:VENDOR'],
  warnings: [50, 75, 90],
  breachActions: ['NOTIFY_ASSIGNEE', 'NOTIFY_GROUP_LEAD'],
  onRetarget: 'CARRY_OVER',
  active: true,
};

interface PolicyFormProps {
  policy: SlaPolicy | null;
  calendars: CalendarOption[];
  canEdit: boolean;
  onDone: () => void;
}

/** Edit (or, read-only, look at) one SLA policy, with a live preview of its due times. */
export function PolicyForm({ policy, calendars, canEdit, onDone }: PolicyFormProps) {
  const [form, setForm] = useState<PolicyInput>(() =>
    policy ? { ...policy } : { ...EMPTY, calendarId: calendars[0]?.id ?? 0 },
  );
  // Only administrators list engagements; others see the one a policy names, by name.
  const engagements = useEngagementOptions(canEdit);
  const engagementOptions = [
    { value: '', label: 'Any (internal or partner)' },
    ...(engagements.data?.items ?? []).map((e) => ({
      value: String(e.id),
      label: `${e.name} — ${e.partner.name}`,
    })),
  ];
  if (
    policy?.engagementId != null &&
    !engagementOptions.some((o) => o.value === String(policy.engagementId))
  ) {
    engagementOptions.push({
      value: String(policy.engagementId),
      label: policy.engagementName ?? `Engagement ${policy.engagementId}`,
    });
  }
  const [warnings, setWarnings] = useState(form.warnings.join(', '));
  const save = useSavePolicy();
  const errors = save.isError ? fieldErrors(save.error) : {};
  const set = <K extends keyof PolicyInput>(key: K, value: PolicyInput[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const calendar = calendars.find((c) => c.id === form.calendarId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = warnings
      .split(',')
      .map((w) => w.trim())
      .filter((w) => w !== '')
      .map(Number);
    save.mutate(
      {
        id: policy?.id ?? null,
        input: {
          ...form,
          response: form.response.trim().toUpperCase(),
          resolution: form.resolution.trim().toUpperCase(),
          warnings: parsed,
          version: policy?.version,
        },
      },
      { onSuccess: onDone },
    );
  };

  const generalError =
    save.isError && !Object.keys(errors).some((field) => field !== '')
      ? describeError(save.error)
      : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PolicyPreview
          priority={form.priority}
          calendar={calendar}
          response={form.response}
          resolution={form.resolution}
        />
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <TextInput
              label="Name"
              required
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errorOf(errors, 'name')}
              maxLength={100}
            />
            <Text size="sm" fw={500}>
              Applies to (leave “Any” to match every ticket; the most specific policy wins)
            </Text>
            <Group grow align="flex-start">
              <Select
                label="Priority"
                data={[
                  { value: '', label: 'Any' },
                  ...PRIORITIES.map((p) => ({ value: p, label: p })),
                ]}
                value={form.priority ?? ''}
                onChange={(v) => set('priority', v ? v : null)}
                error={errorOf(errors, 'priority')}
                allowDeselect={false}
              />
              <Select
                label="Ticket type"
                data={[
                  { value: '', label: 'Any' },
                  { value: 'INCIDENT', label: 'Incident' },
                  { value: 'SERVICE_REQUEST', label: 'Service request' },
                ]}
                value={form.ticketType ?? ''}
                onChange={(v) => set('ticketType', v ? v : null)}
                error={errorOf(errors, 'ticketType')}
                allowDeselect={false}
              />
              <Select
                label="Application criticality"
                data={[
                  { value: '', label: 'Any' },
                  ...[1, 2, 3, 4].map((c) => ({ value: String(c), label: String(c) })),
                ]}
                value={form.criticality === null ? '' : String(form.criticality)}
                onChange={(v) => set('criticality', v ? Number(v) : null)}
                error={errorOf(errors, 'criticality')}
                allowDeselect={false}
              />
            </Group>
            <Select
              label="Partner engagement"
              description="Applies only while one of this engagement's groups holds the ticket"
              data={engagementOptions}
              value={form.engagementId === null ? '' : String(form.engagementId)}
              onChange={(v) => set('engagementId', v ? Number(v) : null)}
              error={errorOf(errors, 'engagementId')}
              allowDeselect={false}
              searchable
            />
            <Select
              label="Calendar the targets count in"
              data={calendars.map((c) => ({ value: String(c.id), label: c.name }))}
              value={form.calendarId ? String(form.calendarId) : null}
              onChange={(v) => set('calendarId', Number(v))}
              error={errorOf(errors, 'calendarId')}
              allowDeselect={false}
            />
            <Group grow align="flex-start">
              <TextInput
                label="Response target"
                description={
                  isTarget(form.response) ? formatTarget(form.response) : 'e.g. PT15M, PT1H'
                }
                value={form.response}
                onChange={(e) => set('response', e.currentTarget.value)}
                error={errorOf(errors, 'response')}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
              <TextInput
                label="Resolution target"
                description={
                  isTarget(form.resolution) ? formatTarget(form.resolution) : 'e.g. PT8H, PT27H'
                }
                value={form.resolution}
                onChange={(e) => set('resolution', e.currentTarget.value)}
                error={errorOf(errors, 'resolution')}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              />
            </Group>
            <Radio.Group
              label="The response target is met by"
              value={form.responseMetBy}
              onChange={(v) => set('responseMetBy', v)}
            >
              <Group mt={6}>
                <Radio value="EITHER" label="Pick-up or public reply, whichever first" />
                <Radio value="ACKNOWLEDGED" label="An agent picking it up" />
                <Radio value="PUBLIC_REPLY" label="The first public reply" />
              </Group>
            </Radio.Group>
            <Stack gap={6}>
              <Text size="sm" fw={500} id="pause-label">
                The clock stops while the ticket is
              </Text>
              <Chip.Group multiple value={form.pauseOn} onChange={(v) => set('pauseOn', v)}>
                <Group gap="xs" aria-labelledby="pause-label">
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
              value={warnings}
              onChange={(e) => setWarnings(e.currentTarget.value)}
              error={errorOf(errors, 'warnings')}
              maw={320}
            />
            <Checkbox.Group
              label="On breach"
              value={form.breachActions}
              onChange={(v) => set('breachActions', v)}
              error={errorOf(errors, 'breachActions')}
            >
              <Group mt={6}>
                {BREACH_ACTIONS.map((action) => (
                  <Checkbox key={action} value={action} label={ACTION_LABEL[action]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Radio.Group
              label="When priority or policy changes"
              value={form.onRetarget}
              onChange={(v) => set('onRetarget', v)}
            >
              <Group mt={6}>
                <Radio value="CARRY_OVER" label="Time already used counts" />
                <Radio value="RESTART" label="Start the new target from zero" />
              </Group>
            </Radio.Group>
            <Switch
              label="Active"
              checked={form.active}
              onChange={(e) => set('active', e.currentTarget.checked)}
            />
          </Stack>
        </fieldset>
        {generalError && (
          <Alert color="red" title={generalError.title}>
            {generalError.detail}
          </Alert>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {policy ? 'Save changes' : 'Create policy'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
