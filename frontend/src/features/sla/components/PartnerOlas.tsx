import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';
import { useCalendarOptions } from '../api/get-policies';
import { useOlas, useSaveOla } from '../api/olas';
import { OLA_ACTIONS, type CalendarOption, type Ola, type OlaAction } from '../types';
import { formatTarget } from '../utils/duration';
import { ACTION_LABEL, PAUSE_LABEL } from '../utils/labels';

interface PartnerOlasProps {
  /** Administrators change thresholds; everyone else reads them. */
  canEdit: boolean;
}

/**
 * Partners' OLAs: the targets each partner desk is held to for the part of a ticket its groups
 * hold, measured separately from the hospital's SLA so internal and partner work compare.
 */
export function PartnerOlas({ canEdit }: PartnerOlasProps) {
  const olas = useOlas();
  const calendars = useCalendarOptions();
  const [editing, setEditing] = useState<Ola | null>(null);
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
        description="Tickets held by a partner's desk get an OLA timer once its partner has one."
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Partner</Table.Th>
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
                    aria-label={`OLA of ${o.partnerName ?? `partner ${o.partnerId}`}`}
                  >
                    {o.partnerName ?? `Partner ${o.partnerId}`}
                  </UnstyledButton>
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
      <Stack gap={2}>
        <Title order={2} size="h3" id="partner-olas-heading">
          Partner OLAs
        </Title>
        <Text size="sm" c="dimmed" maw={720}>
          While a partner&apos;s desk holds a ticket, its own timer runs against these targets,
          separate from the SLA the hospital promises. Changes apply to OLA timers started from then
          on.
        </Text>
      </Stack>
      {body}
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size="lg"
        title={
          <Title order={2} size="h3" component="span">
            OLA of {editing?.partnerName ?? 'partner'}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close without saving' }}
      >
        {editing !== null && calendars.data && (
          <OlaForm
            key={editing.id}
            ola={editing}
            calendars={calendars.data}
            canEdit={canEdit}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </Stack>
  );
}

interface FieldError {
  field: string | null;
  message: string;
}

function errorFor(error: unknown, field: string): string | undefined {
  if (!isApiError(error) || !Array.isArray(error.problem?.errors)) return undefined;
  const messages = (error.problem.errors as FieldError[])
    .filter((e) => e.field === field || (e.field ?? '').startsWith(`${field}[`))
    .map((e) => e.message);
  return messages.length ? messages.join('; ') : undefined;
}

interface OlaFormProps {
  ola: Ola;
  calendars: CalendarOption[];
  canEdit: boolean;
  onDone: () => void;
}

function OlaForm({ ola, calendars, canEdit, onDone }: OlaFormProps) {
  const [calendarId, setCalendarId] = useState(ola.calendarId);
  const [response, setResponse] = useState(ola.response);
  const [resolution, setResolution] = useState(ola.resolution);
  const [warnings, setWarnings] = useState(ola.warnings.join(', '));
  const [actions, setActions] = useState<OlaAction[]>(ola.breachActions);
  const save = useSaveOla();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: ola.id,
        input: {
          partnerId: ola.partnerId,
          calendarId,
          response: response.trim().toUpperCase(),
          resolution: resolution.trim().toUpperCase(),
          pauseOn: ola.pauseOn,
          warnings: warnings
            .split(',')
            .map((w) => w.trim())
            .filter((w) => w !== '')
            .map(Number),
          breachActions: actions,
          version: ola.version,
        },
      },
      { onSuccess: onDone },
    );
  };
  const hasFieldErrors =
    isApiError(save.error) &&
    Array.isArray(save.error.problem?.errors) &&
    save.error.problem.errors.length > 0;

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <Select
            label="Business calendar"
            data={calendars.map((c) => ({ value: String(c.id), label: `${c.name} (${c.zone})` }))}
            value={String(calendarId)}
            onChange={(v) => v && setCalendarId(Number(v))}
            error={errorFor(save.error, 'calendarId')}
            allowDeselect={false}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Response target"
              description="ISO-8601 business time, e.g. PT30M"
              value={response}
              onChange={(e) => setResponse(e.currentTarget.value)}
              error={errorFor(save.error, 'response')}
            />
            <TextInput
              label="Resolution target"
              description="e.g. PT24H or P2D"
              value={resolution}
              onChange={(e) => setResolution(e.currentTarget.value)}
              error={errorFor(save.error, 'resolution')}
            />
          </Group>
          <TextInput
            label="Warn at (% of the target used)"
            value={warnings}
            onChange={(e) => setWarnings(e.currentTarget.value)}
            error={errorFor(save.error, 'warnings')}
          />
          <Checkbox.Group
            label="On breach"
            value={actions}
            onChange={setActions}
            error={errorFor(save.error, 'breachActions')}
          >
            <Stack gap={6} mt={6}>
              {OLA_ACTIONS.map((a) => (
                <Checkbox key={a} value={a} label={ACTION_LABEL[a]} />
              ))}
            </Stack>
          </Checkbox.Group>
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
                Save OLA
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
