import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '@/lib/errors';
import { useBulkEdit } from '../api/bulk-edit';
import { useGroupMembers } from '../api/get-group-members';
import { useSupportGroups } from '../api/get-support-groups';
import { isOpen, type TicketSummary } from '../types';
import type { BulkAction } from '../types/links';
import { BULK_COPY, bulkReport, bulkRequest, type BulkReport } from '../utils/bulk-edit';

interface BulkEditDialogProps {
  action: BulkAction;
  tickets: TicketSummary[];
  opened: boolean;
  onClose: () => void;
  /** With the ids of the tickets that were not changed, to keep them selected for a retry. */
  onDone: (unchanged: number[]) => void;
}

/** The oldest open ticket selected: usually the one the others were filed again about. */
function oldestOpen(tickets: readonly TicketSummary[]): number | null {
  return (
    [...tickets].sort(
      (a, b) =>
        Number(!isOpen(a.status)) - Number(!isOpen(b.status)) ||
        a.createdAt.localeCompare(b.createdAt),
    )[0]?.id ?? null
  );
}

/** One change to the tickets selected in the queue, sent in one request; a summary after. */
export function BulkEditDialog({
  action,
  tickets: selection,
  opened,
  onClose,
  onDone,
}: BulkEditDialogProps) {
  // The selection as the dialog opened: the queue's selection changes once the edit is done.
  const [tickets] = useState(selection);
  const copy = BULK_COPY[action];
  const groups = useSupportGroups();
  const bulk = useBulkEdit();
  const form = useForm<{
    groupId: number | null;
    assigneeId: number | null;
    original: number | null;
  }>({
    mode: 'controlled',
    initialValues: { groupId: null, assigneeId: null, original: oldestOpen(tickets) },
  });
  const { groupId, assigneeId, original } = form.values;
  const members = useGroupMembers(action === 'ASSIGN' ? groupId : null);
  const [report, setReport] = useState<BulkReport | null>(null);

  const close = () => {
    setReport(null);
    bulk.reset();
    onClose();
  };

  const ready =
    action === 'ASSIGN'
      ? groupId !== null && assigneeId !== null
      : action === 'CHANGE_GROUP'
        ? groupId !== null
        : original !== null && tickets.length > 1;

  const run = () => {
    bulk.mutate(bulkRequest(tickets, action, { groupId, assigneeId, duplicateOf: original }), {
      onSuccess: (summary) => {
        const next = bulkReport(summary, tickets);
        setReport(next);
        onDone(next.problems.map((problem) => problem.ticketId));
      },
    });
  };

  const originalNumber = tickets.find((ticket) => ticket.id === original)?.number ?? '';
  const others = tickets.length - 1;

  return (
    <Modal opened={opened} onClose={close} title={copy.title(tickets.length)} size="lg">
      {report ? (
        <Stack>
          <Text size="sm" fw={600} role="status">
            {report.done.length} of {report.done.length + report.problems.length} done
          </Text>
          {report.done.length > 0 && (
            <Alert color="teal" icon={<IconCheck aria-hidden />} title={copy.verb}>
              {report.done.join(', ')}
            </Alert>
          )}
          {report.problems.length > 0 && (
            <Alert
              color="orange"
              icon={<IconX aria-hidden />}
              title={`${report.problems.length} ${copy.failed}`}
              role="alert"
            >
              <List size="sm">
                {report.problems.map((problem) => (
                  <List.Item key={problem.ticketId}>
                    <strong>{problem.number}</strong>: {problem.message}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" mt="xs">
                The queue has been reloaded and these tickets are still selected to retry.
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
          {action === 'RESOLVE_DUPLICATE' ? (
            <>
              <Select
                label="Original ticket (stays open)"
                description="The others are resolved as its duplicates"
                data={tickets.map((ticket) => ({
                  value: String(ticket.id),
                  label: `${ticket.number} · ${ticket.title}`,
                }))}
                value={original === null ? null : String(original)}
                onChange={(id) => form.setFieldValue('original', id ? Number(id) : null)}
                allowDeselect={false}
                required
              />
              {tickets.length > 1 ? (
                <Alert color="blue" variant="light">
                  {others} {others === 1 ? 'ticket is' : 'tickets are'} resolved as “Duplicate of{' '}
                  {originalNumber}”, with an internal note on {originalNumber}.{' '}
                  {others === 1 ? 'Its requester is' : 'Their requesters are'} told now, and again
                  when {originalNumber} is resolved.
                </Alert>
              ) : (
                <Alert color="orange" variant="light">
                  Select the original and at least one duplicate in the queue.
                </Alert>
              )}
            </>
          ) : (
            <>
              <Select
                label="Support group"
                placeholder="Choose a group"
                data={(groups.data ?? []).map((group) => ({
                  value: String(group.id),
                  label: `${group.name} (${group.tier})`,
                }))}
                value={groupId === null ? null : String(groupId)}
                onChange={(id) => {
                  form.setValues({ groupId: id ? Number(id) : null, assigneeId: null });
                }}
                searchable
                required
              />
              {action === 'ASSIGN' ? (
                <Select
                  label="Person"
                  placeholder={groupId === null ? 'Choose a group first' : 'Choose a person'}
                  disabled={groupId === null}
                  data={(members.data ?? []).map((member) => ({
                    value: String(member.staffId),
                    label: `${member.name} · ${member.openTickets} open`,
                  }))}
                  value={assigneeId === null ? null : String(assigneeId)}
                  onChange={(id) => form.setFieldValue('assigneeId', id ? Number(id) : null)}
                  searchable
                  required
                />
              ) : (
                <Text size="sm" c="dimmed">
                  The tickets leave their assignee and wait in the group’s queue (or go to a member
                  if the group assigns its own work).
                </Text>
              )}
            </>
          )}
          {bulk.isError && (
            <Alert color="red" role="alert" title={describeError(bulk.error).title}>
              {describeError(bulk.error).detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={run} loading={bulk.isPending} disabled={!ready}>
              {action === 'RESOLVE_DUPLICATE'
                ? `Resolve ${Math.max(others, 0)} as duplicates`
                : copy.title(tickets.length)}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
