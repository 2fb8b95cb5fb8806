import {
  Badge,
  Button,
  Drawer,
  Group,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useCalendarChoices } from '@/features/calendars/queries';
import { useSlaPolicies } from '../api/get-policies';
import type { SlaPolicy } from '../types';
import { formatTarget } from '@/lib/durations';
import { ACTION_LABEL, PAUSE_LABEL } from '../utils/labels';
import { PolicyForm } from './PolicyForm';

interface SlaPoliciesProps {
  /** Administrators create and change policies; everyone else reads them. */
  canEdit: boolean;
}

function appliesTo(p: SlaPolicy): string {
  const parts = [
    p.priority ?? 'Any priority',
    p.ticketType === 'INCIDENT'
      ? 'incidents'
      : p.ticketType === 'SERVICE_REQUEST'
        ? 'requests'
        : null,
    p.criticality !== null ? `criticality ${p.criticality}` : null,
    p.engagementId !== null
      ? `held by ${p.engagementName ?? `engagement ${p.engagementId}`}`
      : null,
  ].filter(Boolean);
  return parts.join(', ');
}

/** SLA policies: what each kind of ticket is promised, in which calendar, and what a breach does. */
export function SlaPolicies({ canEdit }: SlaPoliciesProps) {
  const policies = useSlaPolicies();
  const calendars = useCalendarChoices();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const calendarName = (id: number) => calendars.data?.find((c) => c.id === id)?.name ?? '…';

  let body;
  if (policies.isPending || calendars.isPending) {
    body = <Loading label="Loading SLA policies" />;
  } else if (policies.isError || calendars.isError) {
    body = (
      <ErrorState
        error={policies.error ?? calendars.error}
        onRetry={() => {
          void policies.refetch();
          void calendars.refetch();
        }}
      />
    );
  } else if (policies.data.items.length === 0) {
    body = (
      <EmptyState
        title="No SLA policies yet"
        description="Without a policy, tickets get no SLA timers. Start with New policy: a response and a resolution target for each priority, counted on a business calendar (add one under Business calendars first if you have none)."
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Policy</Table.Th>
              <Table.Th>Applies to</Table.Th>
              <Table.Th>Calendar</Table.Th>
              <Table.Th>Response</Table.Th>
              <Table.Th>Resolution</Table.Th>
              <Table.Th>Clock stops while</Table.Th>
              <Table.Th>Warn at</Table.Th>
              <Table.Th>On breach</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <UnstyledButton
                      onClick={() => setEditing(p)}
                      fw={600}
                      c="blue.8"
                      aria-label={p.name}
                    >
                      {p.name}
                    </UnstyledButton>
                    {!p.active && (
                      <Badge size="xs" color="gray" variant="outline">
                        off
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{appliesTo(p)}</Table.Td>
                <Table.Td>{calendarName(p.calendarId)}</Table.Td>
                <Table.Td>{formatTarget(p.response)}</Table.Td>
                <Table.Td>{formatTarget(p.resolution)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.pauseOn.map((t) => PAUSE_LABEL[t] ?? t).join(', ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{p.warnings.map((w) => `${w} %`).join(' · ')}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.breachActions.map((a) => ACTION_LABEL[a]).join(', ') || '—'}
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
    <Stack gap="sm" component="section" aria-labelledby="sla-policies-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="sla-policies-heading">
            SLA policies
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            What each kind of ticket is promised: response and resolution targets in business time,
            when the clock stops, when to warn and what happens on a breach. Changes apply to
            tickets opened or re-prioritised from then on.
          </Text>
        </Stack>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            New policy
          </Button>
        )}
      </Group>
      {body}
      <Drawer
        opened={editing !== null}
        onClose={() => setEditing(null)}
        position="right"
        size="xl"
        title={
          <Title order={2} size="h3" component="span">
            {editing === 'new' ? 'New SLA policy' : editing ? editing.name : 'SLA policy'}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close without saving' }}
      >
        {editing !== null && calendars.data && (
          <PolicyForm
            key={editing === 'new' ? 'new' : editing.id}
            policy={editing === 'new' ? null : editing}
            calendars={calendars.data}
            canEdit={canEdit}
            onDone={() => setEditing(null)}
          />
        )}
      </Drawer>
    </Stack>
  );
}
