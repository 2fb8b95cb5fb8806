import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArchive, IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { useGroupSettings, useRetireGroup } from '../api/support-groups';
import { STRATEGIES, TIER_LABELS, TIERS, type GroupSettings } from '../types';
import { GroupForm } from './GroupForm';
import { MembersDrawer } from './MembersDrawer';

const PAGE_SIZE = 100;

/**
 * The hospital's support groups, by tier: who provides each (the hospital's own staff or a
 * partner's engagement), the calendar it works to, whether it hands out its own work, and how many
 * people are in it. Admins create and change groups, put people in them and retire them.
 */
export function SupportGroups({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [retired, setRetired] = useState(false);
  const [page, setPage] = useState(1);
  const list = useGroupSettings({ q, retired, page: page - 1, size: PAGE_SIZE });
  const [editing, setEditing] = useState<GroupSettings | 'new' | null>(null);
  const [membersOf, setMembersOf] = useState<GroupSettings | null>(null);
  const [retiring, setRetiring] = useState<GroupSettings | null>(null);

  const create = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      New group
    </Button>
  );
  const filtered = q.trim() !== '' || retired;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Support groups">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" maw={640}>
            The teams tickets go to, by tier. A group is worked by the hospital&apos;s own staff or
            by a partner under an engagement, and keeps the hours of its calendar. Click a
            group&apos;s name to change it.
          </Text>
          {list.data && list.data.total > 0 && create}
        </Group>
        <Group gap="md" align="flex-end">
          <TextInput
            label="Search"
            placeholder="Group name"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', sm: 280 }}
          />
          <Switch
            label="Show retired groups"
            checked={retired}
            onChange={(event) => {
              setRetired(event.currentTarget.checked);
              setPage(1);
            }}
            mb={6}
          />
        </Group>
        {list.isPending ? (
          <Loading label="Loading support groups…" />
        ) : list.isError ? (
          <ErrorState title="We could not load the support groups" error={list.error} />
        ) : list.data.total === 0 && !filtered ? (
          <EmptyState
            icon={<IconUsers size={28} stroke={1.5} />}
            title="Create your first group: usually an L1 Service Desk"
            description="Every new ticket lands in an L1 group first. Add the teams it escalates to (L2 application teams, L3 engineering, vendor escalations) when you are ready."
            action={create}
          />
        ) : list.data.total === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            No group matches “{q}”.
          </Text>
        ) : (
          <>
            {TIERS.map((tier) => {
              const groups = list.data.items.filter((group) => group.tier === tier);
              return groups.length === 0 ? null : (
                <TierTable
                  key={tier}
                  title={TIER_LABELS[tier]}
                  groups={groups}
                  canEdit={canEdit}
                  onEdit={setEditing}
                  onMembers={setMembersOf}
                  onRetire={setRetiring}
                />
              );
            })}
            <ListPages
              page={page}
              pages={Math.ceil(list.data.total / PAGE_SIZE)}
              onPage={setPage}
              count={`${list.data.total} ${list.data.total === 1 ? 'group' : 'groups'}`}
            />
          </>
        )}
      </Stack>
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="support group" size="lg">
        {(group) => <GroupForm group={group} onDone={() => setEditing(null)} />}
      </EditDrawer>
      <MembersDrawer group={membersOf} canEdit={canEdit} onClose={() => setMembersOf(null)} />
      <RetireDialog group={retiring} onClose={() => setRetiring(null)} />
    </Paper>
  );
}

function TierTable({
  title,
  groups,
  canEdit,
  onEdit,
  onMembers,
  onRetire,
}: {
  title: string;
  groups: GroupSettings[];
  canEdit: boolean;
  onEdit: (group: GroupSettings) => void;
  onMembers: (group: GroupSettings) => void;
  onRetire: (group: GroupSettings) => void;
}) {
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Title order={3} size="h5" mt="sm">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" striped layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Group</Table.Th>
              <Table.Th w="24%">Provided by</Table.Th>
              <Table.Th>Calendar</Table.Th>
              <Table.Th>Auto-assign</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th w={56}>
                <VisuallyHidden>Retire</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => {
              const editable = canEdit && !group.retiredAt;
              return (
                <Table.Tr key={group.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {editable ? (
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          size="sm"
                          ta="left"
                          onClick={() => onEdit(group)}
                          aria-label={`Change ${group.name}`}
                        >
                          {group.name}
                        </Anchor>
                      ) : (
                        <Text fw={600} size="sm">
                          {group.name}
                        </Text>
                      )}
                      {group.retiredAt && (
                        <Badge color="gray" variant="light" size="sm">
                          Retired
                        </Badge>
                      )}
                    </Group>
                    {group.email && (
                      <Text size="xs" c="dimmed" truncate>
                        {group.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate>
                      {group.provider === 'INTERNAL'
                        ? 'Hospital staff'
                        : (group.partnerName ?? 'A partner')}
                    </Text>
                    {group.engagementName && (
                      <Text size="xs" c="dimmed" truncate title={group.engagementName}>
                        {group.engagementActive ? '' : 'Not in force: '}
                        {group.engagementName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{group.calendarName ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {group.autoAssign
                        ? STRATEGIES.find((s) => s.value === group.strategy)?.label
                        : 'Off'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color={group.members === 0 ? 'orange' : undefined}
                      leftSection={<IconUsers size={14} aria-hidden />}
                      onClick={() => onMembers(group)}
                      // The visible count is part of the name (WCAG 2.5.3, label in name).
                      aria-label={`Members of ${group.name}: ${memberCount(group.members)}`}
                    >
                      {memberCount(group.members)}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {editable && (
                      <Tooltip label="Retire">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() => onRetire(group)}
                          aria-label={`Retire ${group.name}`}
                        >
                          <IconArchive size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** Asks before retiring; the server says what still holds the group (409) and that is shown. */
/** "None yet", "1 person", "3 people": what the members button shows. */
function memberCount(members: number): string {
  if (members === 0) return 'None yet';
  return `${members} ${members === 1 ? 'person' : 'people'}`;
}

function RetireDialog({ group, onClose }: { group: GroupSettings | null; onClose: () => void }) {
  const retire = useRetireGroup();
  const close = () => {
    retire.reset();
    onClose();
  };
  return (
    <Modal opened={group !== null} onClose={close} title={`Retire ${group?.name ?? ''}?`}>
      <Stack gap="sm">
        <Text size="sm">
          A retired group keeps the history of its tickets, but no new ticket is routed, escalated
          or assigned to it, and it leaves the queue filters and pickers. Medley refuses while open
          tickets or an active engagement still hold it.
        </Text>
        {retire.error && (
          <Alert color="red" variant="light" role="alert" title="Not retired">
            {describeError(retire.error).detail ?? describeError(retire.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep it
          </Button>
          <Button
            color="red"
            loading={retire.isPending}
            onClick={() => group && retire.mutate(group.id, { onSuccess: close })}
          >
            Retire group
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
