import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useStaff } from '@/features/coverage/queries';
import { useGroupMembers } from '@/features/tickets/queries';
import { describeError } from '@/lib/errors';
import { usePutMember, useRemoveMember } from '../api/support-groups';
import type { GroupSettings } from '../types';

/**
 * Who is in a group and who leads it. Leads hear of the group's SLA warnings and breaches and
 * manage its canned replies; a group without leads reaches every member.
 */
export function MembersDrawer({
  group,
  canEdit,
  onClose,
}: {
  group: GroupSettings | null;
  canEdit: boolean;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={group !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Title order={2} size="h3" component="span">
          Members of {group?.name}
        </Title>
      }
    >
      {group && <Members key={group.id} group={group} canEdit={canEdit && !group.retiredAt} />}
    </Drawer>
  );
}

function Members({ group, canEdit }: { group: GroupSettings; canEdit: boolean }) {
  const members = useGroupMembers(group.id);
  const put = usePutMember(group.id);
  const remove = useRemoveMember(group.id);
  const failed = put.error ?? remove.error;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Members can be assigned the group&apos;s tickets. Leads also hear of its SLA warnings and
        breaches and manage its canned replies.
        {group.partnerName && ` Only ${group.partnerName}'s staff can be members of this group.`}
      </Text>
      {canEdit && <AddMember group={group} />}
      {failed && (
        <Alert color="red" variant="light" role="alert" title="Not changed">
          {describeError(failed).detail ?? describeError(failed).title}
        </Alert>
      )}
      {members.isPending ? (
        <Loading label="Loading members…" />
      ) : members.isError ? (
        <ErrorState title="We could not load the members" error={members.error} />
      ) : members.data.length === 0 ? (
        <Text size="sm">Nobody is in {group.name} yet: add the people who work its tickets.</Text>
      ) : (
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th ta="right">Open tickets</Table.Th>
              <Table.Th>Lead</Table.Th>
              {canEdit && (
                <Table.Th>
                  <VisuallyHidden>Remove</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.staffId}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td ta="right">{member.openTickets}</Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={`${member.name} leads ${group.name}`}
                    checked={member.lead}
                    disabled={!canEdit || put.isPending}
                    onChange={(event) =>
                      put.mutate({ staffId: member.staffId, lead: event.currentTarget.checked })
                    }
                  />
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      leftSection={<IconX size={14} aria-hidden />}
                      loading={remove.isPending && remove.variables === member.staffId}
                      onClick={() => remove.mutate(member.staffId)}
                      aria-label={`Remove ${member.name} from ${group.name}`}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** A staff picker searched by name; a partner's group offers only that partner's people. */
function AddMember({ group }: { group: GroupSettings }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const staff = useStaff(q, 0, 50);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [lead, setLead] = useState(false);
  const put = usePutMember(group.id);
  const options = (staff.data?.items ?? [])
    .filter((person) => group.partnerId == null || person.employerId === group.partnerId)
    .map((person) => ({ value: String(person.id), label: `${person.name} · ${person.employer}` }));

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label="Add a staff member"
        placeholder="Search by name"
        data={options}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        value={staffId}
        onChange={setStaffId}
        filter={({ options: all }) => all}
        nothingFoundMessage={staff.isPending ? 'Searching…' : 'Nobody found'}
        style={{ flex: 1, minWidth: 220 }}
      />
      <Checkbox
        label="Lead"
        checked={lead}
        onChange={(event) => setLead(event.currentTarget.checked)}
        mb={8}
      />
      <Button
        leftSection={<IconUserPlus size={16} aria-hidden />}
        disabled={staffId === null}
        loading={put.isPending}
        onClick={() =>
          staffId &&
          put.mutate(
            { staffId: Number(staffId), lead },
            {
              onSuccess: () => {
                setStaffId(null);
                setSearch('');
                setLead(false);
              },
            },
          )
        }
      >
        Add
      </Button>
      {put.error && (
        <Text size="sm" c="red" role="alert" w="100%">
          {describeError(put.error).detail ?? describeError(put.error).title}
        </Text>
      )}
    </Group>
  );
}
