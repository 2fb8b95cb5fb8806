import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Menu,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconDots,
  IconInfoCircle,
  IconSearch,
  IconUpload,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useState } from 'react';
import { EditDrawer } from '@/components/EditDrawer';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { describeError } from '@/lib/errors';
import { ROLES, roleLabel } from '@/lib/roles';
import { useResetPassword, useSetUserEnabled, useUserOrganizations, useUsers } from '../api/users';
import { PAGE_SIZE, type LinkSent, type User, type UserFilters } from '../types';
import { ImportDialog } from './ImportDialog';
import { InviteDialog } from './InviteDialog';
import { OneTimeLink } from './OneTimeLink';
import { UserForm } from './UserForm';

function status(user: User) {
  if (!user.enabled) return { label: 'Disabled', color: 'gray' };
  if (!user.passwordSet) return { label: 'No password yet', color: 'yellow' };
  return { label: 'Active', color: 'green' };
}

function lastSeen(user: User): string {
  return user.lastSignInAt
    ? new Date(user.lastSignInAt).toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      })
    : 'Never';
}

/**
 * The hospital's users: who they are, their roles and organisation, whether they may sign in.
 * Administrators invite, change, disable and send set-password links; under Keycloak the list is
 * read-only, since people are managed there.
 */
export function UsersScreen({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [filters, setFilters] = useState<Omit<UserFilters, 'q'>>({
    role: '',
    organizationId: null,
    enabled: 'all',
    page: 0,
  });
  const query = { ...filters, q: debounced };
  const users = useUsers(query);
  const organizations = useUserOrganizations();
  const setEnabled = useSetUserEnabled();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<User | null>(null);
  const [inviting, setInviting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [confirming, setConfirming] = useState<User | null>(null);
  const [link, setLink] = useState<{ user: User; sent: LinkSent } | null>(null);

  const managedInKeycloak = users.data?.managedIn === 'KEYCLOAK';
  const writable = canEdit && users.data !== undefined && !managedInKeycloak;
  const orgs = organizations.data ?? [];
  const filtered =
    debounced.trim() !== '' ||
    filters.role !== '' ||
    filters.organizationId !== null ||
    filters.enabled !== 'all';
  const update = (patch: Partial<Omit<UserFilters, 'q'>>) =>
    setFilters({ ...filters, page: 0, ...patch });

  let body;
  if (users.isPending) {
    body = <Loading label="Loading users…" />;
  } else if (users.isError) {
    body = (
      <ErrorState
        title="We could not load the users"
        error={users.error}
        onRetry={() => void users.refetch()}
        retrying={users.isFetching}
      />
    );
  } else if (users.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconUsers size={28} stroke={1.5} />}
        title={filtered ? 'Nobody matches these filters' : 'No users yet'}
        description={
          filtered
            ? 'Clear the search or the filters to see everyone.'
            : managedInKeycloak
              ? 'People appear here once they have signed in to Medley through Keycloak.'
              : 'Invite the people who will use Medley: service desk agents, IT leaders and the staff who file tickets.'
        }
        action={
          writable && !filtered ? (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setInviting(true)}>
              Invite a person
            </Button>
          ) : undefined
        }
      />
    );
  } else {
    const pages = Math.max(1, Math.ceil(users.data.total / PAGE_SIZE));
    body = (
      <Box pos="relative">
        <LoadingOverlay visible={users.isPlaceholderData} zIndex={1} overlayProps={{ blur: 1 }} />
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Roles</Table.Th>
                <Table.Th>Works for</Table.Th>
                <Table.Th>Department · location</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last sign-in</Table.Th>
                {writable && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((user) => {
                const s = status(user);
                return (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {user.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {user.email ?? user.username}
                        {user.jobTitle ? ` · ${user.jobTitle}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {user.roles.map((role) => (
                          <Badge key={role} variant="light" size="sm" tt="none" miw="max-content">
                            {roleLabel(role)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{user.organization.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {[user.department, user.location].filter(Boolean).join(' · ') || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={s.color} variant="dot" tt="none" miw="max-content">
                        {s.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{lastSeen(user)}</Text>
                    </Table.Td>
                    {writable && (
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Actions for ${user.displayName}`}
                            >
                              <IconDots size={18} />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setEditing(user)}>Change…</Menu.Item>
                            {user.enabled && (
                              <Menu.Item
                                onClick={() =>
                                  reset.mutate(user.id, {
                                    onSuccess: (sent) => setLink({ user, sent }),
                                  })
                                }
                              >
                                {user.passwordSet
                                  ? 'Send a password reset link'
                                  : 'Send a new invitation link'}
                              </Menu.Item>
                            )}
                            {user.enabled ? (
                              <Menu.Item color="red" onClick={() => setConfirming(user)}>
                                Disable…
                              </Menu.Item>
                            ) : (
                              <Menu.Item onClick={() => setConfirming(user)}>Enable…</Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ListPages
          page={filters.page + 1}
          pages={pages}
          onPage={(page) => setFilters({ ...filters, page: page - 1 })}
          count={`${users.data.total.toLocaleString()} ${users.data.total === 1 ? 'person' : 'people'}`}
        />
      </Box>
    );
  }

  const actionError = reset.isError ? reset.error : setEnabled.isError ? setEnabled.error : null;

  return (
    <Stack gap="md">
      {managedInKeycloak && (
        <Alert variant="light" color="medley" icon={<IconInfoCircle aria-hidden />} role="note">
          Users are managed in Keycloak: invite people, change their roles and disable them there.
          This list shows everyone who has signed in to Medley, with the roles their last sign-in
          carried.
        </Alert>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            label="Search"
            placeholder="Name or e-mail"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setFilters({ ...filters, page: 0 });
            }}
            w={200}
          />
          <Select
            label="Role"
            placeholder="Any role"
            data={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            value={filters.role || null}
            onChange={(value) => update({ role: value ?? '' })}
            clearable
            w={190}
          />
          <Select
            label="Works for"
            placeholder="Anyone"
            data={orgs.map((o) => ({ value: String(o.id), label: o.name }))}
            value={filters.organizationId === null ? null : String(filters.organizationId)}
            onChange={(value) => update({ organizationId: value === null ? null : Number(value) })}
            clearable
            w={200}
          />
          <Select
            label="Status"
            data={[
              { value: 'all', label: 'Enabled and disabled' },
              { value: 'enabled', label: 'Enabled' },
              { value: 'disabled', label: 'Disabled' },
            ]}
            value={filters.enabled}
            onChange={(value) => update({ enabled: value ?? 'all' })}
            allowDeselect={false}
            w={190}
          />
        </Group>
        {writable && (
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconUpload size={18} />}
              onClick={() => setImporting(true)}
            >
              Import CSV
            </Button>
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setInviting(true)}>
              Invite a person
            </Button>
          </Group>
        )}
      </Group>
      {actionError && (
        <Alert color="red" variant="light" role="alert" title={describeError(actionError).title}>
          {describeError(actionError).detail}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        {body}
      </Paper>

      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="person" size="lg">
        {(user) =>
          user && <UserForm user={user} organizations={orgs} onDone={() => setEditing(null)} />
        }
      </EditDrawer>
      {writable && (
        <InviteDialog
          opened={inviting}
          onClose={() => setInviting(false)}
          organizations={orgs}
          key={orgs.length}
        />
      )}
      {writable && <ImportDialog opened={importing} onClose={() => setImporting(false)} />}
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming?.enabled
            ? `Disable ${confirming.displayName}?`
            : `Enable ${confirming?.displayName ?? ''}?`
        }
      >
        {confirming && (
          <Stack>
            <Text size="sm">
              {confirming.enabled
                ? 'They can no longer sign in, and wherever they are signed in Medley stops answering them within a minute. Their tickets and history stay. You can enable them again later.'
                : 'They can sign in again with their password.'}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button
                color={confirming.enabled ? 'red' : undefined}
                loading={setEnabled.isPending}
                onClick={() =>
                  setEnabled.mutate(
                    { id: confirming.id, enabled: !confirming.enabled },
                    { onSettled: () => setConfirming(null) },
                  )
                }
              >
                {confirming.enabled ? 'Disable' : 'Enable'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal
        opened={link !== null}
        onClose={() => setLink(null)}
        title={link ? `Set-password link for ${link.user.displayName}` : ''}
        size="lg"
      >
        {link && (
          <Stack>
            <OneTimeLink sent={link.sent} name={link.user.displayName} />
            <Text size="xs" c="dimmed">
              Their current password keeps working until they use the link.
            </Text>
            <Group justify="flex-end">
              <Button onClick={() => setLink(null)}>Done</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
