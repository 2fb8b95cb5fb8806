import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconUsers, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useGroupMembers } from '../api/get-group-members';
import { useSupportGroups } from '../api/get-support-groups';
import { ticketKeys } from '../api/keys';
import { assignAll, type BulkResult } from '../utils/bulk-assign';
import type { TicketSummary } from '../types';

interface BulkAssignDialogProps {
  tickets: TicketSummary[];
  opened: boolean;
  onClose: () => void;
  onDone: (results: BulkResult[]) => void;
}

export function BulkAssignDialog({ tickets, opened, onClose, onDone }: BulkAssignDialogProps) {
  const queryClient = useQueryClient();
  const groups = useSupportGroups();
  const [groupId, setGroupId] = useState<number | null>(null);
  const [assigneeId, setAssigneeId] = useState<number | null>(null);
  const members = useGroupMembers(groupId);
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const [running, setRunning] = useState(false);

  const close = () => {
    setResults(null);
    onClose();
  };

  const run = async () => {
    if (groupId === null) return;
    setRunning(true);
    const outcome = await assignAll(tickets, { groupId, assigneeId });
    setRunning(false);
    setResults(outcome);
    onDone(outcome);
    await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
  };

  const assigned = results?.filter((result) => result.outcome === 'assigned') ?? [];
  const problems = results?.filter((result) => result.outcome !== 'assigned') ?? [];

  return (
    <Modal opened={opened} onClose={close} title={`Assign ${tickets.length} tickets`} size="lg">
      {results ? (
        <Stack>
          {assigned.length > 0 && (
            <Alert color="teal" icon={<IconCheck aria-hidden />} title="Assigned">
              {assigned.map((result) => result.ticket.number).join(', ')}
            </Alert>
          )}
          {problems.length > 0 && (
            <Alert
              color="orange"
              icon={<IconX aria-hidden />}
              title={`${problems.length} not assigned`}
              role="alert"
            >
              <List size="sm">
                {problems.map((result) => (
                  <List.Item key={result.ticket.id}>
                    <strong>{result.ticket.number}</strong>: {result.message}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                The list has been reloaded; select those tickets again to retry.
              </Text>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {tickets.map((ticket) => ticket.number).join(', ')}
          </Text>
          <Select
            label="Support group"
            placeholder="Choose a group"
            data={(groups.data ?? []).map((group) => ({
              value: String(group.id),
              label: `${group.name} (${group.tier})`,
            }))}
            value={groupId === null ? null : String(groupId)}
            onChange={(id) => {
              setGroupId(id ? Number(id) : null);
              setAssigneeId(null);
            }}
            searchable
            required
          />
          <Select
            label="Person (optional)"
            description="Leave empty to put the tickets in the group's unassigned queue"
            placeholder={groupId === null ? 'Choose a group first' : 'Anyone in the group'}
            disabled={groupId === null}
            data={(members.data ?? []).map((member) => ({
              value: String(member.staffId),
              label: `${member.name} · ${member.openTickets} open`,
            }))}
            value={assigneeId === null ? null : String(assigneeId)}
            onChange={(id) => setAssigneeId(id ? Number(id) : null)}
            searchable
            clearable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              leftSection={<IconUsers size={16} aria-hidden />}
              onClick={() => void run()}
              loading={running}
              disabled={groupId === null}
            >
              Assign {tickets.length} tickets
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
