import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconActivity,
  IconPlugConnected,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { ago } from '@/lib/time';
import { useConnectors, useDeleteConnector } from '../api/connectors';
import { useConnectorStatus } from '../api/operations';
import { KINDS, kindInfo } from '../kinds';
import type { Connector, DeskKind } from '../types';
import { ConnectorForm } from './ConnectorForm';
import { HealthBadge } from './HealthBadge';
import { OperationsDrawer } from './OperationsDrawer';

const PAGE_SIZE = 50;

/**
 * The partner desks Medley keeps its tickets in sync with (e-bonding): each desk's protocol,
 * address and health at a glance; admins add and change connectors, test them, and open a desk's
 * operations to see what is queued and re-drive or discard what the desk refused.
 */
export function IntegrationsPage({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [kind, setKind] = useState<DeskKind | ''>('');
  const [page, setPage] = useState(1);
  const list = useConnectors({ q, kind, page: page - 1, size: PAGE_SIZE });
  const [editing, setEditing] = useState<Connector | 'new' | null>(null);
  const [operating, setOperating] = useState<Connector | null>(null);
  const [deleting, setDeleting] = useState<Connector | null>(null);

  const add = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      Add connector
    </Button>
  );
  const filtered = q.trim() !== '' || kind !== '';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Partner desks">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" maw={680}>
            Partner service desks Medley keeps tickets in sync with, both ways: a ticket handed to a
            partner opens in their desk, and their replies and status changes come back. Engagements
            name the desk of their partner.
          </Text>
          {list.data && list.data.total > 0 && add}
        </Group>
        <Group gap="md" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Connector name"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', sm: 260 }}
          />
          <Select
            label="Desk"
            placeholder="Every kind"
            data={KINDS.map((k) => ({ value: k.value, label: k.label }))}
            value={kind || null}
            onChange={(value) => {
              setKind(value ?? '');
              setPage(1);
            }}
            clearable
            w={{ base: '100%', sm: 240 }}
          />
        </Group>
        {list.isPending ? (
          <Loading label="Loading connectors…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the connectors"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.total === 0 && !filtered ? (
          <EmptyState
            icon={<IconPlugConnected size={28} stroke={1.5} />}
            title="No partner desk connected yet"
            description="Add a connector for each partner desk (Request Tracker, ServiceNow, Jira Service Management or a TMF621 desk), then name it on the partner's engagement."
            action={add}
          />
        ) : list.data.total === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            No connector matches.
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Connector</Table.Th>
                    <Table.Th>Base URL</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>Health</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>Last sync</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap' }}>Queued / failed</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((connector) => (
                    <ConnectorRow
                      key={connector.id}
                      connector={connector}
                      canEdit={canEdit}
                      onEdit={setEditing}
                      onOperate={setOperating}
                      onDelete={setDeleting}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages
              page={page}
              pages={Math.ceil(list.data.total / PAGE_SIZE)}
              onPage={setPage}
              count={`${list.data.total} ${list.data.total === 1 ? 'connector' : 'connectors'}`}
            />
          </>
        )}
      </Stack>
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="connector" size="xl">
        {(connector) => <ConnectorForm connector={connector} onDone={() => setEditing(null)} />}
      </EditDrawer>
      <OperationsDrawer connector={operating} onClose={() => setOperating(null)} />
      <DeleteDialog connector={deleting} onClose={() => setDeleting(null)} />
    </Paper>
  );
}

function ConnectorRow({
  connector,
  canEdit,
  onEdit,
  onOperate,
  onDelete,
}: {
  connector: Connector;
  canEdit: boolean;
  onEdit: (connector: Connector) => void;
  onOperate: (connector: Connector) => void;
  onDelete: (connector: Connector) => void;
}) {
  const status = useConnectorStatus(connector.id);
  const s = status.data;
  return (
    <Table.Tr>
      <Table.Td>
        {canEdit ? (
          <Anchor
            component="button"
            type="button"
            fw={600}
            size="sm"
            ta="left"
            onClick={() => onEdit(connector)}
            aria-label={`Change ${connector.name}`}
          >
            {connector.name}
          </Anchor>
        ) : (
          <Text fw={600} size="sm">
            {connector.name}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {kindInfo(connector.kind).label} · references {connector.refSystem}
        </Text>
      </Table.Td>
      <Table.Td maw={260}>
        <Text size="sm" truncate title={connector.baseUrl}>
          {connector.baseUrl}
        </Text>
      </Table.Td>
      <Table.Td>
        {status.isPending ? (
          <Text size="sm" c="dimmed">
            …
          </Text>
        ) : status.isError ? (
          <Badge color="gray" variant="light" title={describeError(status.error).title}>
            Unknown
          </Badge>
        ) : (
          <HealthBadge status={s ?? null} />
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={s?.lastSyncAt ?? undefined} style={{ whiteSpace: 'nowrap' }}>
          {s?.lastSyncAt ? ago(s.lastSyncAt) : 'Never'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {s ? (
            <>
              {s.queued} /{' '}
              <Text span c={s.failed > 0 ? 'red' : undefined} fw={s.failed > 0 ? 600 : undefined}>
                {s.failed}
              </Text>
            </>
          ) : (
            '—'
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconActivity size={14} aria-hidden />}
            onClick={() => onOperate(connector)}
            aria-label={`Operations of ${connector.name}`}
          >
            Operations
          </Button>
          {canEdit && (
            <Tooltip label="Delete">
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={() => onDelete(connector)}
                aria-label={`Delete ${connector.name}`}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** Asks before deleting; the server refuses (409) while an engagement relies on the desk. */
function DeleteDialog({
  connector,
  onClose,
}: {
  connector: Connector | null;
  onClose: () => void;
}) {
  const remove = useDeleteConnector();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={connector !== null} onClose={close} title={`Delete ${connector?.name ?? ''}?`}>
      <Stack gap="sm">
        <Text size="sm">
          Medley stops syncing tickets with this desk and forgets its credentials. Tickets keep
          their {connector?.refSystem ?? ''} references and history. Medley refuses while an active
          or planned engagement names the desk.
        </Text>
        {remove.error && (
          <Alert color="red" variant="light" role="alert" title="Not deleted">
            {describeError(remove.error).detail ?? describeError(remove.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => connector && remove.mutate(connector, { onSuccess: close })}
          >
            Delete connector
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
