import {
  Alert,
  Button,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCalendarChoices } from '@/features/calendars/queries';
import { useEngagementOptions } from '@/features/market';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useSaveGroup } from '../api/support-groups';
import {
  STRATEGIES,
  TIER_LABELS,
  TIERS,
  type AssignmentStrategy,
  type GroupSettings,
  type Tier,
} from '../types';

interface Values {
  name: string;
  tier: Tier;
  calendarId: string | null;
  provider: 'INTERNAL' | 'ENGAGEMENT';
  engagementId: string | null;
  autoAssign: boolean;
  strategy: AssignmentStrategy;
  email: string;
}

function initial(group: GroupSettings | null): Values {
  return {
    name: group?.name ?? '',
    tier: group?.tier ?? 'L1',
    calendarId: group?.calendarId ? String(group.calendarId) : null,
    provider: group?.engagementId ? 'ENGAGEMENT' : 'INTERNAL',
    engagementId: group?.engagementId ? String(group.engagementId) : null,
    autoAssign: group?.autoAssign ?? false,
    // A new group starts with the strategy that works without shifts and skills.
    strategy: group?.strategy ?? 'FEWEST_OPEN_TICKETS',
    email: group?.email ?? '',
  };
}

/** Creates a group (no `group`) or changes one, sending the version it was read at. */
export function GroupForm({ group, onDone }: { group: GroupSettings | null; onDone: () => void }) {
  const save = useSaveGroup();
  const calendars = useCalendarChoices();
  const engagements = useEngagementOptions();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial(group) });
  const values = form.values;
  const errors = fieldErrors(save.error);
  const general = errors[''];

  return (
    <form
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            id: group?.id ?? null,
            input: {
              name: v.name.trim(),
              tier: v.tier,
              calendarId: Number(v.calendarId ?? 0),
              engagementId:
                v.provider === 'ENGAGEMENT' && v.engagementId ? Number(v.engagementId) : undefined,
              autoAssign: v.autoAssign,
              strategy: v.strategy,
              email: v.email.trim() || undefined,
              version: group?.version,
            },
          },
          { onSuccess: onDone },
        ),
      )}
    >
      <Stack gap="md">
        <TextInput
          label="Name"
          description="What agents see in the queue, e.g. Service Desk, Clinical Applications"
          maxLength={100}
          required
          {...form.getInputProps('name')}
          error={errorOf(errors, 'name')}
        />
        <Select
          label="Tier"
          description="Where the group sits in escalation: tickets start at L1"
          data={TIERS.map((tier) => ({ value: tier, label: TIER_LABELS[tier] }))}
          allowDeselect={false}
          required
          {...form.getInputProps('tier')}
          error={errorOf(errors, 'tier')}
        />
        <Select
          label="Calendar"
          description="The hours the group works; its SLAs count in them"
          placeholder={calendars.isPending ? 'Loading calendars…' : 'Pick a calendar'}
          data={(calendars.data ?? []).map((c) => ({
            value: String(c.id),
            label: `${c.name} (${c.zone})`,
          }))}
          nothingFoundMessage="No calendar yet: add one under Business calendars"
          searchable
          required
          {...form.getInputProps('calendarId')}
          error={
            errorOf(errors, 'calendarId') ??
            (calendars.isError ? 'The calendars could not be loaded' : undefined)
          }
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="provider-label">
            Provided by
          </Text>
          <SegmentedControl
            aria-labelledby="provider-label"
            data={[
              { value: 'INTERNAL', label: 'Hospital staff' },
              { value: 'ENGAGEMENT', label: 'A partner engagement' },
            ]}
            {...form.getInputProps('provider')}
          />
        </div>
        {values.provider === 'ENGAGEMENT' && (
          <Select
            label="Engagement"
            description="The partner contract that staffs this group; only that partner's people can be members"
            placeholder={engagements.isPending ? 'Loading engagements…' : 'Pick an engagement'}
            data={(engagements.data?.items ?? []).map((e) => ({
              value: String(e.id),
              label: `${e.name} · ${e.partner.name}`,
            }))}
            nothingFoundMessage="No engagement yet: record one under Engagements"
            searchable
            required
            {...form.getInputProps('engagementId')}
            error={errorOf(errors, 'engagementId')}
          />
        )}
        <Switch
          label="Assign new tickets automatically"
          description="Off: tickets wait in the group's queue until an agent picks them up (usual for a service desk)"
          checked={values.autoAssign}
          onChange={(event) => form.setFieldValue('autoAssign', event.currentTarget.checked)}
        />
        {values.autoAssign && (
          <Radio.Group
            label="Who takes the next ticket"
            value={values.strategy}
            onChange={(value) => form.setFieldValue('strategy', value)}
            error={errorOf(errors, 'strategy')}
          >
            <Stack gap="xs" mt={6}>
              {STRATEGIES.map((strategy) => (
                <Radio
                  key={strategy.value}
                  value={strategy.value}
                  label={strategy.label}
                  description={strategy.description}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <TextInput
          label="Shared e-mail address"
          description="Optional: the team's mailbox, e.g. servicedesk@hospital.org"
          type="email"
          maxLength={254}
          {...form.getInputProps('email')}
          error={errorOf(errors, 'email')}
        />
        {general && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {general}
          </Alert>
        )}
        {save.isError && !general && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {describeError(save.error).detail ?? describeError(save.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {group ? 'Save changes' : 'Create group'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
