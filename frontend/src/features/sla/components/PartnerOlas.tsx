import {
  Alert,
  Button,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useEngagementOptions } from '@/features/market';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useCalendarChoices } from '@/features/calendars/queries';
import { useOlas, useSaveOla } from '../api/olas';
import { OLA_ACTIONS, type CalendarOption, type Ola, type PolicyDefaults } from '../types';
import { formatTarget } from '@/lib/durations';
import { ACTION_LABEL, PAUSE_LABEL } from '../utils/labels';
import { draftOf, termsOf, type PolicyTermsDraft } from '../utils/terms';
import { PolicyTermsFields } from './PolicyTermsFields';
import { WithPolicyDefaults } from './WithPolicyDefaults';

interface PartnerOlasProps {
  /** Administrators change thresholds; everyone else reads them. */
  canEdit: boolean;
}

/**
 * Partners' OLAs, one per engagement: the targets a partner desk is held to for the part of a
 * ticket its engagement's groups hold, measured separately from the hospital's SLA so internal
 * and partner work compare.
 */
export function PartnerOlas({ canEdit }: PartnerOlasProps) {
  const olas = useOlas();
  const calendars = useCalendarChoices();
  const [editing, setEditing] = useState<Ola | 'new' | null>(null);
  const calendarName = (id: number) => calendars.data?.find((c) => c.id === id)?.name ?? '…';

  let body;
  if (olas.isPending || calendars.isPending) {
    body = <Loading label="Loading partner OLAs" />;
  } else if (olas.isError || calendars.isError) {
    body = (
      <ErrorState
        error={olas.error ?? calendars.error}
        onRetry={() => {
          void olas.refetch();
          void calendars.refetch();
        }}
      />
    );
  } else if (olas.data.length === 0) {
    body = (
      <EmptyState
        title="No partner OLAs yet"
        description="An OLA holds a partner to its own targets for the part of a ticket its groups hold. First engage a partner in the Marketplace; then add its OLA here with Add OLA."
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Engagement</Table.Th>
              <Table.Th>Calendar</Table.Th>
              <Table.Th>Response</Table.Th>
              <Table.Th>Resolution</Table.Th>
              <Table.Th>Clock stops while</Table.Th>
              <Table.Th>Warn at</Table.Th>
              <Table.Th>On breach</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {olas.data.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => setEditing(o)}
                    fw={600}
                    c="blue.8"
                    ta="left"
                    aria-label={`OLA of ${olaTitle(o)}`}
                  >
                    {o.engagementName ?? `Engagement ${o.engagementId}`}
                  </UnstyledButton>
                  <Text size="xs" c="dimmed">
                    {o.partnerName ?? `Partner ${o.partnerId}`}
                  </Text>
                </Table.Td>
                <Table.Td>{calendarName(o.calendarId)}</Table.Td>
                <Table.Td>{formatTarget(o.response)}</Table.Td>
                <Table.Td>{formatTarget(o.resolution)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {o.pauseOn.map((t) => PAUSE_LABEL[t] ?? t).join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{o.warnings.map((w) => `${w} %`).join(' · ')}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {o.breachActions.map((a) => ACTION_LABEL[a]).join(', ') || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="partner-olas-heading">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3" id="partner-olas-heading">
            Partner OLAs
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            While one of an engagement&apos;s groups holds a ticket, the partner&apos;s own timer
            runs against that engagement&apos;s targets, separate from the SLA the hospital
            promises. Changes apply to OLA timers started from then on.
          </Text>
        </Stack>
        {canEdit && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setEditing('new')}
          >
            Add OLA
          </Button>
        )}
      </Group>
      {body}
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size="lg"
        title={
          <Title order={2} size="h3" component="span">
            {editing === 'new' || editing === null
              ? 'New OLA for an engagement'
              : `OLA of ${olaTitle(editing)}`}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close without saving' }}
      >
        {editing !== null && calendars.data && (
          <OlaForm
            key={editing === 'new' ? 'new' : editing.id}
            ola={editing === 'new' ? null : editing}
            taken={(olas.data ?? []).map((o) => o.engagementId)}
            calendars={calendars.data}
            canEdit={canEdit}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </Stack>
  );
}

function olaTitle(o: Ola): string {
  return o.engagementName ?? o.partnerName ?? `engagement ${o.engagementId}`;
}

interface OlaFormProps {
  /** The OLA to change, or null to define one for an engagement that has none. */
  ola: Ola | null;
  /** Engagements that already have an OLA. */
  taken: number[];
  calendars: CalendarOption[];
  canEdit: boolean;
  onDone: () => void;
}

function OlaForm(props: OlaFormProps) {
  return (
    <WithPolicyDefaults needed={props.ola === null}>
      {(defaults) => <OlaFields {...props} defaults={defaults} />}
    </WithPolicyDefaults>
  );
}

function OlaFields({
  ola,
  taken,
  calendars,
  canEdit,
  onDone,
  defaults,
}: OlaFormProps & { defaults: PolicyDefaults | null }) {
  const [engagementId, setEngagementId] = useState<string | null>(
    ola ? String(ola.engagementId) : null,
  );
  const [terms, setTerms] = useState<PolicyTermsDraft>(() =>
    ola
      ? draftOf(ola)
      : {
          calendarId: calendars[0]?.id ?? 0,
          response: 'PT30M',
          resolution: 'PT24H',
          pauseOn: defaults?.pauseOn ?? [],
          warnings: '75, 90',
          breachActions: ['NOTIFY_GROUP_LEAD', 'NOTIFY_PARTNER_MANAGER'],
        },
  );
  const setTerm = <K extends keyof PolicyTermsDraft>(key: K, value: PolicyTermsDraft[K]) =>
    setTerms((current) => ({ ...current, [key]: value }));
  const save = useSaveOla();
  const errors = save.isError ? fieldErrors(save.error) : {};
  // Only a new OLA chooses its engagement: those not ended and without an OLA.
  const engagements = useEngagementOptions(ola === null && canEdit);
  const choices = (engagements.data?.items ?? [])
    .filter((e) => e.status !== 'ENDED' && !taken.includes(e.id))
    .map((e) => ({ value: String(e.id), label: `${e.name} — ${e.partner.name}` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: ola?.id ?? null,
        input: {
          engagementId: engagementId === null ? null : Number(engagementId),
          ...termsOf(terms),
          version: ola?.version,
        },
      },
      { onSuccess: onDone },
    );
  };
  const hasFieldErrors = Object.keys(errors).some((field) => field !== '');

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          {ola === null ? (
            <Select
              label="Engagement"
              description="Its groups' tickets run against these targets"
              placeholder={engagements.isPending ? 'Loading engagements…' : 'Choose an engagement'}
              data={choices}
              value={engagementId}
              onChange={setEngagementId}
              error={errorOf(errors, 'engagementId')}
              nothingFoundMessage="Every engagement in force has an OLA; record new ones under Marketplace → Engagements"
              searchable
              required
            />
          ) : (
            <Text size="sm">
              For <b>{ola.engagementName ?? `engagement ${ola.engagementId}`}</b> (
              {ola.partnerName ?? `partner ${ola.partnerId}`})
            </Text>
          )}
          <PolicyTermsFields
            terms={terms}
            onChange={setTerm}
            calendars={calendars}
            actions={OLA_ACTIONS}
            errors={errors}
          />
          {save.isError && !hasFieldErrors && (
            <Alert color="red" title={describeError(save.error).title}>
              {describeError(save.error).detail ?? 'The OLA was not saved.'}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end">
              <Button variant="default" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                {ola ? 'Save OLA' : 'Add OLA'}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
