import { Alert, Button, Group, Radio, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useEngagementOptions } from '@/features/market';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useSavePolicy } from '../api/save-policy';
import {
  BREACH_ACTIONS,
  PRIORITIES,
  type BreachAction,
  type CalendarOption,
  type PolicyDefaults,
  type PolicyInput,
  type SlaPolicy,
} from '../types';
import { draftOf, termsOf, type PolicyTermsDraft } from '../utils/terms';
import { PolicyPreview } from './PolicyPreview';
import { PolicyTermsFields } from './PolicyTermsFields';
import { WithPolicyDefaults } from './WithPolicyDefaults';

/** What the policy says besides its terms. */
type Criteria = Omit<PolicyInput, keyof PolicyTermsDraft>;

const EMPTY: Criteria = {
  name: '',
  ticketType: null,
  priority: 'P3',
  criticality: null,
  organizationId: null,
  engagementId: null,
  responseMetBy: 'EITHER',
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
export function PolicyForm(props: PolicyFormProps) {
  return (
    <WithPolicyDefaults needed={props.policy === null}>
      {(defaults) => <PolicyFields {...props} defaults={defaults} />}
    </WithPolicyDefaults>
  );
}

function PolicyFields({
  policy,
  calendars,
  canEdit,
  onDone,
  defaults,
}: PolicyFormProps & { defaults: PolicyDefaults | null }) {
  const [form, setForm] = useState<Criteria>(() => (policy ? { ...policy } : EMPTY));
  const [terms, setTerms] = useState<PolicyTermsDraft<BreachAction>>(() =>
    policy
      ? draftOf(policy)
      : {
          calendarId: calendars[0]?.id ?? 0,
          response: 'PT4H',
          resolution: 'PT27H',
          pauseOn: defaults?.pauseOn ?? [],
          warnings: '50, 75, 90',
          breachActions: ['NOTIFY_ASSIGNEE', 'NOTIFY_GROUP_LEAD'],
        },
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
  const save = useSavePolicy();
  const errors = save.isError ? fieldErrors(save.error) : {};
  const set = <K extends keyof Criteria>(key: K, value: Criteria[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const setTerm = <K extends keyof PolicyTermsDraft<BreachAction>>(
    key: K,
    value: PolicyTermsDraft<BreachAction>[K],
  ) => setTerms((current) => ({ ...current, [key]: value }));
  const calendar = calendars.find((c) => c.id === terms.calendarId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: policy?.id ?? null,
        input: { ...form, ...termsOf(terms), version: policy?.version },
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
          response={terms.response}
          resolution={terms.resolution}
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
            <PolicyTermsFields
              terms={terms}
              onChange={setTerm}
              calendars={calendars}
              actions={BREACH_ACTIONS}
              errors={errors}
              afterTargets={
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
              }
            />
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
