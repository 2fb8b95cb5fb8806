import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconMessageCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/field-errors';
import {
  useCannedReplyGroups,
  useDeleteCannedReply,
  useGroupCannedReplies,
  useSaveCannedReply,
} from '../api/canned-replies';
import type { CannedReply } from '../types';
import { errorFor } from '../utils/errors';
import { formatDateTime } from '@/lib/time';

export const TITLE_MAX = 120;
export const BODY_MAX = 10_000;

/**
 * A support group's canned replies: its members read them here (and pick them in the reply box);
 * its leads and administrators add, change and delete them.
 */
export function CannedRepliesManager() {
  const groups = useCannedReplyGroups();
  const [chosen, setChosen] = useState<number | null>(null);
  // The first group the caller may change, else the first one she reads.
  const groupId =
    chosen ?? groups.data?.find((g) => g.canManage)?.id ?? groups.data?.[0]?.id ?? null;
  const group = groups.data?.find((candidate) => candidate.id === groupId);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="canned-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="canned-title">
          Canned replies
        </Title>
        <Text size="sm" c="dimmed">
          Stock answers a group&apos;s agents insert into a reply and then adapt. Medley fills in{' '}
          {'{{requester.firstName}}'}, {'{{ticket.number}}'} and the other placeholders for the
          ticket at hand.
        </Text>
        {groups.isPending ? (
          <Loading label="Loading groups…" />
        ) : groups.isError ? (
          <ErrorState title="We could not load the support groups" error={groups.error} />
        ) : groups.data.length === 0 ? (
          <Text size="sm">
            Canned replies belong to support groups, and you are in none yet. An administrator first
            creates the support groups and adds their members; then each group&apos;s leads write
            its replies here.
          </Text>
        ) : (
          <>
            <Select
              label="Support group"
              data={groups.data.map((g) => ({ value: String(g.id), label: g.name }))}
              value={groupId === null ? null : String(groupId)}
              onChange={(value) => value && setChosen(Number(value))}
              searchable
              allowDeselect={false}
              w={{ base: '100%', sm: 360 }}
            />
            {groupId !== null && group && <GroupReplies groupId={groupId} groupName={group.name} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function GroupReplies({ groupId, groupName }: { groupId: number; groupName: string }) {
  const replies = useGroupCannedReplies(groupId);
  const remove = useDeleteCannedReply(groupId);
  const [editing, setEditing] = useState<CannedReply | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);

  if (replies.isPending) return <Loading label="Loading canned replies…" />;
  if (replies.isError) {
    if (isApiError(replies.error) && replies.error.status === 404) {
      return (
        <Alert color="gray" variant="light">
          Only members of {groupName}, its partner&apos;s agents and administrators see its canned
          replies.
        </Alert>
      );
    }
    return <ErrorState title="We could not load the canned replies" error={replies.error} />;
  }
  const { items, canManage, placeholders } = replies.data;
  const add = canManage && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      New canned reply
    </Button>
  );

  return (
    <Stack gap="sm">
      {items.length === 0 ? (
        <EmptyState
          icon={<IconMessageCircle size={28} stroke={1.5} />}
          title={`${groupName} has no canned replies yet`}
          description={
            canManage
              ? 'Write the answers your agents give most often: password resets, known outages, how to reach the vendor.'
              : 'The group’s leads and administrators write them.'
          }
          action={add}
        />
      ) : (
        <>
          {canManage && <Group justify="flex-end">{add}</Group>}
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>Text</Table.Th>
                  <Table.Th>Last change</Table.Th>
                  {canManage && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((reply) => (
                  <Table.Tr key={reply.id}>
                    <Table.Td fw={600}>{reply.title}</Table.Td>
                    <Table.Td maw={420}>
                      <Text size="sm" lineClamp={2}>
                        {reply.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(reply.updatedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {reply.updatedBy}
                      </Text>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            leftSection={<IconPencil size={14} aria-hidden />}
                            onClick={() => setEditing(reply)}
                            aria-label={`Change ${reply.title}`}
                          >
                            Change
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} aria-hidden />}
                            onClick={() => setDeleting(reply)}
                            aria-label={`Delete ${reply.title}`}
                          >
                            Delete
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="canned reply" size="lg">
        {(reply) => (
          <ReplyForm
            groupId={groupId}
            reply={reply}
            placeholders={placeholders}
            onDone={() => setEditing(null)}
          />
        )}
      </EditDrawer>
      <Modal
        opened={deleting !== null}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        title={`Delete “${deleting?.title ?? ''}”?`}
      >
        <Stack gap="sm">
          <Text size="sm">
            Agents of {groupName} will no longer find it in the reply box. Replies already sent stay
            as they were.
          </Text>
          {remove.error && (
            <Alert color="red" variant="light" role="alert">
              {describeError(remove.error).detail ?? describeError(remove.error).title}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
              }
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function ReplyForm({
  groupId,
  reply,
  placeholders,
  onDone,
}: {
  groupId: number;
  reply: CannedReply | null;
  placeholders: readonly string[];
  onDone: () => void;
}) {
  const save = useSaveCannedReply(groupId);
  // The server checks the reply (placeholders included) and names the fields it refuses.
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: reply?.title ?? '', body: reply?.body ?? '' },
  });
  const { title, body } = form.values;
  const errors = fieldErrorsOf(save.error);

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(
          { id: reply?.id, title: values.title.trim(), body: values.body, version: reply?.version },
          { onSuccess: onDone },
        ),
      )}
    >
      <Stack gap="sm">
        <TextInput
          label="Title"
          description={`What agents search for in the reply box · ${title.length}/${TITLE_MAX}`}
          value={title}
          maxLength={TITLE_MAX}
          onChange={(event) => form.setFieldValue('title', event.currentTarget.value)}
          error={errorFor(errors, 'title')}
          required
        />
        <Textarea
          label="Text"
          description={`${body.length.toLocaleString()}/${BODY_MAX.toLocaleString()} characters`}
          value={body}
          maxLength={BODY_MAX}
          autosize
          minRows={8}
          maxRows={20}
          onChange={(event) => form.setFieldValue('body', event.currentTarget.value)}
          error={errorFor(errors, 'body')}
          required
        />
        <div>
          <Text size="xs" c="dimmed" mb={4}>
            Insert a placeholder
          </Text>
          <Group gap={6}>
            {placeholders.map((name) => (
              <Button
                key={name}
                size="compact-xs"
                variant="default"
                ff="monospace"
                onClick={() => form.setFieldValue('body', (current) => `${current}{{${name}}}`)}
              >
                {`{{${name}}}`}
              </Button>
            ))}
          </Group>
        </div>
        {save.isError && errors.length === 0 && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {describeError(save.error).detail ?? describeError(save.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {reply ? 'Save changes' : 'Add canned reply'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
