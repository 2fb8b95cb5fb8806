import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useEngagementChoices, useSaveEngagement } from '../api/engagements';
import type { Engagement, EngagementChoices } from '../types';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';

interface EngagementFormProps {
  /** The engagement to change, or null to record a new one. */
  engagement: Engagement | null;
  onDone: (saved: Engagement) => void;
  onCancel: () => void;
}

/**
 * Records or changes an engagement: partner (fixed once recorded), terms, the partner's service
 * manager, the groups it provides and the staffing request it fills. The server's refusals appear
 * beside the field they name.
 */
export function EngagementForm({ engagement, onDone, onCancel }: EngagementFormProps) {
  const choices = useEngagementChoices();
  if (choices.isPending) return <Loading label="Loading partners and groups…" />;
  if (choices.isError) {
    return (
      <ErrorState
        title="We could not load the partners and groups to choose from"
        error={choices.error}
        onRetry={() => void choices.refetch()}
        retrying={choices.isFetching}
      />
    );
  }
  return (
    <Fields engagement={engagement} choices={choices.data} onDone={onDone} onCancel={onCancel} />
  );
}

function Fields({
  engagement,
  choices,
  onDone,
  onCancel,
}: EngagementFormProps & { choices: EngagementChoices }) {
  const save = useSaveEngagement();
  // The server checks the engagement and names the fields it refuses.
  const form = useForm<{
    partnerId: string | null;
    name: string;
    scope: string;
    startsOn: string;
    endsOn: string;
    managerId: string | null;
    groupIds: string[];
    requestId: string | null;
    connectorId: string | null;
  }>({
    mode: 'controlled',
    initialValues: {
      partnerId: engagement ? String(engagement.partner.id) : null,
      name: engagement?.name ?? '',
      scope: engagement?.scope ?? '',
      startsOn: engagement?.startsOn ?? '',
      endsOn: engagement?.endsOn ?? '',
      managerId: engagement?.manager ? String(engagement.manager.id) : null,
      groupIds: engagement?.groups.map((g) => String(g.id)) ?? [],
      requestId: engagement?.staffingRequest ? String(engagement.staffingRequest.id) : null,
      connectorId: engagement?.connectorId ? String(engagement.connectorId) : null,
    },
  });
  const { partnerId, name, scope, startsOn, endsOn, managerId, groupIds, requestId, connectorId } =
    form.values;
  const set = form.setFieldValue;
  const errors = save.isError ? fieldErrors(save.error) : {};
  const general = [errors[''], errors.status, errors.version].filter(Boolean).join(' ');
  const partner = partnerId === null ? null : Number(partnerId);

  const managers = choices.managers
    .filter((m) => m.partnerId === partner)
    .map((m) => ({ value: String(m.id), label: m.title ? `${m.name} — ${m.title}` : m.name }));
  const groups = choices.groups
    .filter((g) => g.partnerId === partner)
    .map((g) => ({
      value: String(g.id),
      label:
        g.engagementId !== null && g.engagementId !== engagement?.id
          ? `${g.name} (${g.tier}) — now provided by ${g.engagementName ?? 'another engagement'}`
          : `${g.name} (${g.tier})`,
    }));
  const requests = choices.staffingRequests.map((r) => ({ value: String(r.id), label: r.title }));
  if (engagement?.staffingRequest && !requests.some((r) => r.value === requestId)) {
    requests.push({
      value: String(engagement.staffingRequest.id),
      label: engagement.staffingRequest.title,
    });
  }

  const desks = choices.desks.map((d) => ({ value: String(d.id), label: d.name }));
  // A desk deleted since keeps showing under its last name until someone picks another.
  if (engagement?.connector && !desks.some((d) => d.value === connectorId)) {
    desks.push({ value: String(engagement.connector.id), label: engagement.connector.name });
  }

  const submit = form.onSubmit(() =>
    save.mutate(
      {
        id: engagement?.id ?? null,
        input: {
          partnerId: partner ?? undefined,
          name: name.trim(),
          scope: scope.trim(),
          startsOn,
          endsOn: endsOn || null,
          managerAccountId: managerId === null ? null : Number(managerId),
          staffingRequestId: requestId === null ? null : Number(requestId),
          groupIds: groupIds.map(Number),
          connectorId: connectorId === null ? null : Number(connectorId),
          version: engagement?.version,
        },
      },
      { onSuccess: onDone },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {general && (
          <Alert color="red" title="The engagement was not saved">
            {general}
          </Alert>
        )}
        <Select
          label="Partner"
          description={engagement ? 'A recorded engagement stays with its partner' : undefined}
          placeholder="Choose the partner organisation"
          data={choices.partners.map((p) => ({ value: String(p.id), label: p.name }))}
          value={partnerId}
          // Managers and groups belong to a partner: another partner starts them afresh.
          onChange={(value) => form.setValues({ partnerId: value, managerId: null, groupIds: [] })}
          disabled={engagement !== null}
          error={errors.partnerId}
          required
          searchable
        />
        <TextInput
          label="Name"
          placeholder="e.g. Northwind Managed Service Desk – after-hours L1"
          value={name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          maxLength={200}
          required
        />
        <Textarea
          label="Scope"
          description="What the partner supports, at which tiers, in which hours"
          autosize
          minRows={3}
          maxRows={8}
          value={scope}
          onChange={(e) => set('scope', e.currentTarget.value)}
          error={errors.scope}
          maxLength={4000}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label="Starts on"
            value={startsOn}
            onChange={(e) => set('startsOn', e.currentTarget.value)}
            error={errors.startsOn}
            required
          />
          <TextInput
            type="date"
            label="Ends on (optional)"
            description="Leave empty for an open-ended contract"
            value={endsOn}
            onChange={(e) => set('endsOn', e.currentTarget.value)}
            error={errors.endsOn}
          />
        </SimpleGrid>
        <Select
          label="Partner's service manager"
          description="Hears of this engagement's OLA breaches. Without one, every agent of the partner does."
          placeholder={partner === null ? 'Choose the partner first' : 'None named'}
          data={managers}
          value={managerId}
          onChange={(value) => set('managerId', value)}
          error={errors.managerAccountId}
          disabled={partner === null}
          clearable
          searchable
          nothingFoundMessage="This partner has no Medley accounts here yet"
        />
        <MultiSelect
          label="Support groups it provides"
          description="Tickets these groups hold run against this engagement's OLA"
          placeholder={partner === null ? 'Choose the partner first' : 'Pick groups'}
          data={groups}
          value={groupIds}
          onChange={(value) => set('groupIds', value)}
          error={errorOf(errors, 'groupIds')}
          disabled={partner === null}
          searchable
          nothingFoundMessage="This partner has no support groups here"
        />
        <Select
          label="Partner desk"
          description="The partner's own service desk: tickets their groups hold are kept in sync with it"
          placeholder={desks.length === 0 ? 'No desk connected (Admin → Integrations)' : 'None'}
          data={desks}
          value={connectorId}
          onChange={(value) => set('connectorId', value)}
          error={errors.connectorId}
          clearable
          searchable
          nothingFoundMessage="No such desk: an admin adds desks under Admin → Integrations"
        />
        <Select
          label="Staffing request it fills (optional)"
          data={requests}
          value={requestId}
          onChange={(value) => set('requestId', value)}
          error={errors.staffingRequestId}
          clearable
          searchable
        />
        <Text size="xs" c="dimmed">
          OLA targets for this engagement are set in Admin → Partner OLAs.
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {engagement ? 'Save changes' : 'Record engagement'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
