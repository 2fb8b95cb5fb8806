import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { type StaffMember, useEmployers, useSaveStaff } from '../api/catalog';
import type { ShiftView, StaffKind } from '../types';
import { SignInPicker } from './SignInPicker';

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_OPTIONS = DAYS.map((d) => ({ value: d, label: d.charAt(0) + d.slice(1).toLowerCase() }));

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York';
}

/**
 * A staff member and their weekly shifts, in their own time zone. A shift whose end is not after
 * its start runs past midnight (22:00–06:00). The server's refusals appear beside their field.
 */
export function StaffForm({ person, onDone }: { person: StaffMember | null; onDone: () => void }) {
  const employers = useEmployers();
  const save = useSaveStaff();
  // The server checks the person and their shifts and names the fields it refuses.
  const form = useForm<{
    name: string;
    email: string;
    kind: StaffKind;
    employerId: string | null;
    team: string;
    zone: string;
    capacity: number | string;
    shifts: ShiftView[];
    accountId: number | null;
  }>({
    mode: 'controlled',
    initialValues: {
      name: person?.name ?? '',
      email: person?.email ?? '',
      kind: person?.kind ?? 'INTERNAL',
      employerId: person?.kind === 'CONTRACTED' ? String(person.employerId) : null,
      team: person?.team ?? '',
      zone: person?.zone ?? browserZone(),
      capacity: person?.capacityHours ?? 40,
      shifts:
        person?.shifts ?? DAYS.slice(0, 5).map((day) => ({ day, from: '08:00', to: '16:30' })),
      accountId: person?.accountId ?? null,
    },
  });
  const { name, email, kind, employerId, team, zone, capacity, shifts, accountId } = form.values;
  const set = form.setFieldValue;
  const setShifts = (update: (current: ShiftView[]) => ShiftView[]) => set('shifts', update);
  const errors = save.isError ? fieldErrors(save.error) : {};
  const general = [errors[''], errors.version].filter(Boolean).join(' ');
  const partners = (employers.data ?? []).filter((e) => e.kind === 'CONTRACTED');
  const hospital = (employers.data ?? []).find((e) => e.kind === 'INTERNAL');
  // Whose accounts the record may name: the hospital's for internal staff, the partner's otherwise.
  const signInEmployer =
    kind === 'INTERNAL' ? (hospital?.id ?? null) : employerId ? Number(employerId) : null;

  const change = (index: number, patch: Partial<ShiftView>) =>
    setShifts((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)));

  const submit = () =>
    save.mutate(
      {
        id: person?.id ?? null,
        input: {
          name,
          email,
          kind,
          employerId: kind === 'CONTRACTED' && employerId ? Number(employerId) : null,
          team: team.trim() || null,
          zone,
          capacityHours: Number(capacity),
          shifts,
          version: person?.version,
          accountId,
        },
      },
      { onSuccess: onDone },
    );

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="sm">
        {general && (
          <Alert color="red" variant="light" title="Not saved">
            {general}
          </Alert>
        )}
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
        />
        <TextInput
          label="E-mail"
          description="Imports and exports find people by their e-mail address"
          required
          value={email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errors.email}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Employed by
          </Text>
          <SegmentedControl
            aria-label="Employed by"
            value={kind}
            onChange={(value) => {
              set('kind', value);
              set('accountId', null); // another employer's people sign in with other accounts
            }}
            data={[
              { value: 'INTERNAL', label: 'The hospital (internal)' },
              { value: 'CONTRACTED', label: 'A partner (contracted)' },
            ]}
          />
        </Stack>
        {kind === 'CONTRACTED' && (
          <Select
            label="Partner"
            required
            data={partners.map((p) => ({ value: String(p.id), label: p.name }))}
            value={employerId}
            onChange={(value) => {
              set('employerId', value);
              set('accountId', null);
            }}
            error={errors.employerId}
          />
        )}
        <SignInPicker
          employerId={signInEmployer}
          staffId={person?.id ?? null}
          value={accountId}
          current={person?.account ?? null}
          onChange={(value) => set('accountId', value)}
          error={errors.accountId}
        />
        <Group grow align="flex-start">
          <TextInput
            label="Team"
            placeholder="e.g. Clinical Applications"
            value={team}
            onChange={(e) => set('team', e.currentTarget.value)}
            error={errors.team}
          />
          <NumberInput
            label="Capacity, hours a week"
            min={0}
            max={168}
            value={capacity}
            onChange={(value) => set('capacity', value)}
            error={errors.capacityHours}
          />
        </Group>
        <TextInput
          label="Time zone"
          description="The shifts below are in this zone, e.g. America/Chicago"
          required
          value={zone}
          onChange={(e) => set('zone', e.currentTarget.value)}
          error={errors.zone}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            Weekly shifts
          </Text>
          {errorOf(errors, 'shifts') && (
            <Text size="sm" c="red">
              {errorOf(errors, 'shifts')}
            </Text>
          )}
          {shifts.length === 0 && (
            <Text size="sm" c="dimmed">
              No shifts: this person covers no support hours.
            </Text>
          )}
          {shifts.map((shift, index) => (
            <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
              <Select
                aria-label={`Shift ${index + 1} day`}
                data={DAY_OPTIONS}
                value={shift.day}
                onChange={(day) => day && change(index, { day })}
                allowDeselect={false}
                w={150}
              />
              <TextInput
                type="time"
                aria-label={`Shift ${index + 1} from`}
                value={shift.from}
                onChange={(e) => change(index, { from: e.currentTarget.value })}
                w={120}
              />
              <Text pt={6}>–</Text>
              <TextInput
                type="time"
                aria-label={`Shift ${index + 1} to`}
                value={shift.to}
                onChange={(e) => change(index, { to: e.currentTarget.value })}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={4}
                aria-label={`Remove shift ${index + 1}`}
                onClick={() => setShifts((current) => current.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() =>
                setShifts((current) => [...current, { day: 'MONDAY', from: '08:00', to: '16:30' }])
              }
              disabled={shifts.length >= 28}
            >
              Add shift
            </Button>
          </Group>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
