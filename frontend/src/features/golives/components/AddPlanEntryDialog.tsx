import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useStaff } from '@/features/coverage/queries';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { useAddPlanEntry } from '../api/golives';
import type { GoLive, Tier } from '../types';
import { formLevelErrors, instantOf, localInput } from '../utils';

const INPUTS = ['staffId', 'name', 'tier', 'startsAt', 'endsAt', 'role'];

const TIERS: { value: Tier; label: string }[] = [
  { value: 'L1', label: 'L1 service desk' },
  { value: 'L2', label: 'L2 application' },
  { value: 'L3', label: 'L3 engineering' },
];

/**
 * Someone for the command center: a staff member (internal or contracted, with their own skills)
 * or a person with no staff record, such as a vendor's floor walker, who counts at their tier's
 * level. Times are in this browser's zone and must fall inside the event's window.
 */
export function AddPlanEntryDialog({
  event,
  opened,
  onClose,
}: {
  event: GoLive;
  opened: boolean;
  onClose: () => void;
}) {
  const windowFrom = event.coverage?.from ?? `${event.startsOn}T00:00:00`;
  const windowUntil = event.coverage?.until ?? `${event.endsOn}T23:59:00`;
  const [who, setWho] = useState<'staff' | 'outsider'>('staff');
  const [search, setSearch] = useState('');
  const staff = useStaff(search, 0, 50);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [tier, setTier] = useState<Tier>('L2');
  const [startsAt, setStartsAt] = useState(() => localInput(windowFrom));
  const [endsAt, setEndsAt] = useState(() => localInput(Date.parse(windowFrom) + 12 * 3_600_000));
  const [role, setRole] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const add = useAddPlanEntry();
  const errors = { ...fieldErrors(add.error), ...local };

  const submit = () => {
    const refusals: Record<string, string> = {};
    const from = instantOf(startsAt);
    const to = instantOf(endsAt);
    if (who === 'staff' && !staffId) refusals.staffId = 'Choose a staff member';
    if (who === 'outsider' && !name.trim()) refusals.name = 'Give the person’s name';
    if (!from) refusals.startsAt = 'Choose when they start';
    if (!to) refusals.endsAt = 'Choose when they finish';
    else if (from && to <= from) refusals.endsAt = 'Must be after the start';
    setLocal(refusals);
    if (Object.keys(refusals).length > 0 || !from || !to) return;
    add.mutate(
      {
        id: event.id,
        entry: {
          staffId: who === 'staff' ? Number(staffId) : null,
          name: who === 'outsider' ? name.trim() : null,
          tier,
          startsAt: from,
          endsAt: to,
          role: role.trim() || null,
        },
      },
      {
        onSuccess: () => {
          add.reset();
          setStaffId(null);
          setName('');
          setRole('');
          onClose();
        },
      },
    );
  };

  const staffOptions = (staff.data?.items ?? []).map((person) => ({
    value: String(person.id),
    label: `${person.name} (${person.employer})`,
  }));

  return (
    <Modal opened={opened} onClose={onClose} title="Add to the command-center plan" size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SegmentedControl
            aria-label="Who"
            value={who}
            onChange={(value) => setWho(value)}
            data={[
              { value: 'staff', label: 'Staff member' },
              { value: 'outsider', label: 'Someone without a staff record' },
            ]}
          />
          {who === 'staff' ? (
            <Select
              label="Staff member"
              description="Internal or contracted; counts with their own skill on the application"
              required
              searchable
              placeholder="Search by name"
              searchValue={search}
              onSearchChange={setSearch}
              data={staffOptions}
              value={staffId}
              onChange={setStaffId}
              nothingFoundMessage={staff.isPending ? 'Loading…' : 'Nobody matches'}
              error={errorOf(errors, 'staffId')}
            />
          ) : (
            <TextInput
              label="Name"
              description="A vendor’s floor walker, a trainer: counts at the level their tier implies"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errorOf(errors, 'name')}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Tier"
              required
              allowDeselect={false}
              data={TIERS}
              value={tier}
              onChange={(value) => value && setTier(value)}
              error={errorOf(errors, 'tier')}
            />
            <TextInput
              label="Role"
              placeholder="Command-center lead, day shift"
              value={role}
              onChange={(e) => setRole(e.currentTarget.value)}
              error={errorOf(errors, 'role')}
            />
            <TextInput
              type="datetime-local"
              label="From"
              required
              value={startsAt}
              onChange={(e) => setStartsAt(e.currentTarget.value)}
              error={errorOf(errors, 'startsAt')}
            />
            <TextInput
              type="datetime-local"
              label="To"
              required
              value={endsAt}
              onChange={(e) => setEndsAt(e.currentTarget.value)}
              error={errorOf(errors, 'endsAt')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            The window runs from {formatDateTime(windowFrom)} to {formatDateTime(windowUntil)}.
          </Text>
          {formLevelErrors(errors, INPUTS).length > 0 && (
            <Alert color="red" title="Not added">
              {formLevelErrors(errors, INPUTS).join(' ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add to plan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
