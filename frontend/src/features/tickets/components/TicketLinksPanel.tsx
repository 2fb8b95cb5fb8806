import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconGitMerge, IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import {
  findByNumber,
  useLinkTicket,
  useMergeTicket,
  useTicketLinks,
  useUnlinkTicket,
} from '../api/ticket-links';
import { isOpen, type TicketSummary, type TicketView } from '../types';
import { LINK_TYPES, type LinkRelation, type LinkType } from '../types/links';
import { StatusBadge } from './Badges';

const RELATION_LABEL: Record<LinkRelation, string> = {
  DUPLICATE_OF: 'Duplicate of',
  DUPLICATED_BY: 'Duplicated by',
  CAUSED_BY: 'Caused by',
  CAUSES: 'Causes',
  RELATED_TO: 'Related to',
};

/**
 * The tickets this one is linked to, read from this ticket ("duplicated by INC-000124"), each
 * with its status; for those working the ticket, "Link ticket" and "Merge into…".
 */
export function TicketLinksPanel({
  ticket,
  basePath,
  canEdit,
}: {
  ticket: TicketView;
  basePath: string;
  canEdit: boolean;
}) {
  const links = useTicketLinks(ticket.id);
  const unlink = useUnlinkTicket(ticket.id);
  const [linking, setLinking] = useState(false);
  const [merging, setMerging] = useState(false);
  const open = isOpen(ticket.status);

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="linked-tickets">
      <Title order={2} size="h5" mb="xs" id="linked-tickets">
        Linked tickets
      </Title>
      {links.isPending ? (
        <Loading label="Loading links…" />
      ) : links.isError ? (
        <ErrorState
          title="We could not load the links"
          error={links.error}
          onRetry={() => void links.refetch()}
        />
      ) : links.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {links.data.map((link) => (
            <li key={link.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                <Stack gap={2} miw={0}>
                  <Text size="xs" c="dimmed">
                    {RELATION_LABEL[link.relation]}
                  </Text>
                  <Group gap={6} wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={`${basePath}/tickets/${link.ticket.id}`}
                      size="sm"
                      fw={600}
                    >
                      {link.ticket.number}
                    </Anchor>
                    <StatusBadge status={link.ticket.status} />
                  </Group>
                  <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                    {link.ticket.title}
                  </Text>
                </Stack>
                {canEdit && (
                  <Tooltip label={`Remove the link to ${link.ticket.number}`}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove the link to ${link.ticket.number}`}
                      loading={unlink.isPending && unlink.variables === link.id}
                      onClick={() => unlink.mutate(link.id)}
                    >
                      <IconUnlink size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {unlink.isError && (
        <Alert color="red" mt="xs" role="alert">
          {describeError(unlink.error).detail ?? describeError(unlink.error).title}
        </Alert>
      )}
      {canEdit && (
        <Group gap="xs" mt="sm">
          <Button
            size="xs"
            variant="default"
            leftSection={<IconLink size={14} aria-hidden />}
            onClick={() => setLinking(true)}
          >
            Link ticket
          </Button>
          {open && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconGitMerge size={14} aria-hidden />}
              onClick={() => setMerging(true)}
            >
              Merge into…
            </Button>
          )}
        </Group>
      )}
      {linking && <LinkDialog ticket={ticket} onClose={() => setLinking(false)} />}
      {merging && <MergeDialog ticket={ticket} onClose={() => setMerging(false)} />}
    </Paper>
  );
}

const TYPE_LABEL: Record<LinkType, string> = {
  DUPLICATE_OF: 'a duplicate of',
  CAUSED_BY: 'caused by',
  RELATED_TO: 'related to',
};

function LinkDialog({ ticket, onClose }: { ticket: TicketView; onClose: () => void }) {
  const link = useLinkTicket(ticket.id);
  const [type, setType] = useState<LinkType>('RELATED_TO');
  const [number, setNumber] = useState('');

  return (
    <Modal opened onClose={onClose} title={`Link ${ticket.number} to another ticket`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          link.mutate({ type, number }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <Select
            label={`${ticket.number} is`}
            data={LINK_TYPES.map((value) => ({ value, label: TYPE_LABEL[value] }))}
            value={type}
            onChange={(value) => value && setType(value)}
            allowDeselect={false}
          />
          <TextInput
            label="Ticket number"
            placeholder="INC-000123"
            value={number}
            onChange={(event) => setNumber(event.currentTarget.value)}
            required
            data-autofocus
          />
          {link.isError && (
            <Alert color="red" role="alert" title={describeError(link.error).title}>
              {describeError(link.error).detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={link.isPending} disabled={number.trim() === ''}>
              Link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MergeDialog({ ticket, onClose }: { ticket: TicketView; onClose: () => void }) {
  const merge = useMergeTicket(ticket.id);
  const [number, setNumber] = useState('');
  const [target, setTarget] = useState<TicketSummary | null>(null);
  const [looking, setLooking] = useState(false);
  const [lookupError, setLookupError] = useState<string | null>(null);

  const find = async () => {
    setLooking(true);
    setLookupError(null);
    try {
      const found = await findByNumber(number);
      if (!found) setLookupError(`No ticket ${number.trim()} that you can see.`);
      else if (found.id === ticket.id) setLookupError('A ticket cannot be merged into itself.');
      else setTarget(found);
    } catch (error) {
      setLookupError(describeError(error).detail ?? describeError(error).title);
    } finally {
      setLooking(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Merge ${ticket.number} into another ticket`} size="lg">
      {target ? (
        <Stack>
          <Paper withBorder p="sm" radius="sm">
            <Group gap={6}>
              <Text fw={600}>{target.number}</Text>
              <StatusBadge status={target.status} pendingReason={target.pendingReason} />
            </Group>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {target.title}
            </Text>
          </Paper>
          <Text size="sm">
            {ticket.number} will be resolved as “Duplicate of {target.number}” and linked to it.{' '}
            {target.number} gets an internal note with {ticket.number}’s description. The requester
            of {ticket.number} is told now, and again when {target.number} is resolved.
          </Text>
          {merge.isError && (
            <Alert color="red" role="alert" title={describeError(merge.error).title}>
              {describeError(merge.error).detail}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTarget(null)}>
              Back
            </Button>
            <Button
              color="orange"
              loading={merge.isPending}
              onClick={() =>
                merge.mutate({ into: target.id, version: ticket.version }, { onSuccess: onClose })
              }
            >
              Merge into {target.number}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void find();
          }}
        >
          <Stack>
            <TextInput
              label="The ticket that carries the work"
              description="Its number, e.g. INC-000123"
              placeholder="INC-000123"
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
              error={lookupError}
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={looking} disabled={number.trim() === ''}>
                Continue
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
