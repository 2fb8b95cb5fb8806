import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { useCalendarChoices } from '@/features/calendars/queries';
import { useVendorChoices } from '@/features/vendors/queries';
import { Loading } from '@/components/Loading';
import { fieldErrors } from '@/lib/field-errors';
import {
  type Application,
  useApplications,
  type StaffMember,
  useSaveApplication,
  useStaff,
} from '../api/catalog';
import { StaffForm } from './StaffForm';
import { shortDay } from '../utils/matrix';
import { ListPages } from '@/components/ListPages';
import { EditDrawer } from '@/components/EditDrawer';

const PAGE_SIZE = 50;
const LIFECYCLES = ['PLANNED', 'GO_LIVE', 'LIVE', 'LEGACY', 'RETIRED'];

/** The catalog behind the matrix: applications (editable) and staff with their shifts. */
export function CatalogPanel({
  canEdit,
  onPerson,
}: {
  canEdit: boolean;
  onPerson: (id: number) => void;
}) {
  const [view, setView] = useState<'applications' | 'staff'>('applications');
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Catalog"
        value={view}
        onChange={setView}
        data={[
          { value: 'applications', label: 'Applications' },
          { value: 'staff', label: 'Staff' },
        ]}
        w={260}
      />
      {view === 'applications' ? (
        <ApplicationTable canEdit={canEdit} />
      ) : (
        <StaffTable onPerson={onPerson} canEdit={canEdit} />
      )}
    </Stack>
  );
}

function ApplicationTable({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Application | 'new' | null>(null);
  const apps = useApplications(q, page, PAGE_SIZE);
  const pages = apps.data ? Math.ceil(apps.data.total / PAGE_SIZE) : 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <TextInput
          aria-label="Search applications"
          placeholder="Search by name"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(0);
          }}
          w={300}
        />
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            Add application
          </Button>
        )}
      </Group>
      {apps.isPending ? (
        <Loading label="Loading applications…" />
      ) : apps.isError ? (
        <ErrorState title="We could not load the applications" error={apps.error} />
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={apps.isPlaceholderData} zIndex={1} />
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Vendor</Table.Th>
                  <Table.Th>Category</Table.Th>
                  <Table.Th>Criticality</Table.Th>
                  <Table.Th>Lifecycle</Table.Th>
                  <Table.Th>Support window</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {apps.data.items.map((app) => (
                  <Table.Tr key={app.id}>
                    <Table.Td>
                      {canEdit ? (
                        <Anchor component="button" type="button" onClick={() => setEditing(app)}>
                          {app.name}
                        </Anchor>
                      ) : (
                        app.name
                      )}
                      {app.aliases.length > 0 && (
                        <Text size="xs" c="dimmed">
                          also {app.aliases.join(', ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{app.vendor}</Table.Td>
                    <Table.Td>{app.category.replaceAll('_', ' ').toLowerCase()}</Table.Td>
                    <Table.Td>{app.criticality}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray" radius="sm" tt="none">
                        {app.lifecycle.replace('_', '-').toLowerCase()}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{app.calendar}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages
            count={`${apps.data.total} application${apps.data.total === 1 ? '' : 's'}`}
            page={page + 1}
            pages={pages}
            onPage={(v) => setPage(v - 1)}
          />
        </Box>
      )}
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="application" size="md">
        {(item) => <ApplicationForm application={item} onDone={() => setEditing(null)} />}
      </EditDrawer>
    </Paper>
  );
}

function ApplicationForm({
  application,
  onDone,
}: {
  application: Application | null;
  onDone: () => void;
}) {
  const calendars = useCalendarChoices();
  const vendors = useVendorChoices();
  const save = useSaveApplication();
  // The server checks the application and names the fields it refuses.
  const form = useForm<{
    name: string;
    vendor: string;
    vendorId: string | null;
    category: string;
    criticality: string | number;
    lifecycle: string;
    aliases: string[];
    calendarId: string | null;
  }>({
    mode: 'controlled',
    initialValues: {
      name: application?.name ?? '',
      vendor: application?.vendor ?? '',
      vendorId: application?.vendorId ? String(application.vendorId) : null,
      category: application?.category ?? '',
      criticality: application?.criticality ?? 2,
      lifecycle: application?.lifecycle ?? 'LIVE',
      aliases: application?.aliases ?? [],
      calendarId: application ? String(application.calendarId) : null,
    },
  });
  const { name, vendor, vendorId, category, criticality, lifecycle, aliases, calendarId } =
    form.values;
  const vendorChoices = (vendors.data?.items ?? []).map((v) => ({
    value: String(v.id),
    label: v.channel === null ? `${v.name} (cases not set up)` : v.name,
  }));
  const set = form.setFieldValue;
  const errors = save.isError ? fieldErrors(save.error) : {};
  const general = [errors[''], errors.version].filter(Boolean).join(' ');
  const submit = () =>
    save.mutate(
      {
        id: application?.id ?? null,
        input: {
          name,
          vendor,
          vendorId: vendorId === null ? null : Number(vendorId),
          category: category.trim().toUpperCase().replaceAll(' ', '_'),
          criticality: Number(criticality),
          lifecycle,
          calendarId: Number(calendarId),
          aliases,
          version: application?.version,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Stack gap="sm">
      <TextInput
        label="Name"
        required
        value={name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
      />
      <TextInput
        label="Vendor name"
        description="As the catalog writes it; people search by it"
        required
        value={vendor}
        onChange={(e) => set('vendor', e.currentTarget.value)}
        error={errors.vendor}
      />
      <Select
        label="Vendor"
        description="From Admin → Vendors: where agents escalate this application's tickets"
        placeholder={vendorChoices.length === 0 ? 'No vendor listed yet' : 'None'}
        data={vendorChoices}
        value={vendorId}
        onChange={(value) => {
          set('vendorId', value);
          const chosen = vendors.data?.items.find((v) => String(v.id) === value);
          if (chosen && vendor.trim() === '') set('vendor', chosen.name);
        }}
        clearable
        searchable
        nothingFoundMessage="No such vendor: an administrator adds it under Admin → Vendors"
        error={errors.vendorId}
      />
      <TagsInput
        label="Also known as"
        description="Names people search by, e.g. Hyperspace or PowerChart. Press Enter after each."
        value={aliases}
        onChange={(value) => set('aliases', value)}
        maxTags={20}
        splitChars={[';', ',']}
        clearable
        error={errors.aliases}
      />
      <TextInput
        label="Category"
        description="For example EHR, LABORATORY, IMAGING"
        required
        value={category}
        onChange={(e) => set('category', e.currentTarget.value)}
        error={errors.category}
      />
      <NumberInput
        label="Criticality"
        description="1 = most critical, 4 = least"
        min={1}
        max={4}
        value={criticality}
        onChange={(value) => set('criticality', value)}
        error={errors.criticality}
      />
      <Select
        label="Lifecycle"
        data={LIFECYCLES.map((l) => ({ value: l, label: l.replace('_', '-').toLowerCase() }))}
        value={lifecycle}
        onChange={(v) => set('lifecycle', v ?? 'LIVE')}
        allowDeselect={false}
      />
      <Select
        label="Support window"
        description="The business calendar its support must cover"
        required
        data={(calendars.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
        value={calendarId}
        onChange={(value) => set('calendarId', value)}
        error={errors.calendarId}
      />
      {general && (
        <Alert color="red" variant="light" title="Not saved">
          {general}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending} disabled={!calendarId}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}

function StaffTable({ onPerson, canEdit }: { onPerson: (id: number) => void; canEdit: boolean }) {
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(0);
  const staff = useStaff(q, page, PAGE_SIZE);
  const pages = staff.data ? Math.ceil(staff.data.total / PAGE_SIZE) : 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <TextInput
          aria-label="Search staff"
          placeholder="Search by name or e-mail"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(0);
          }}
          w={300}
        />
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            Change staff and shifts in bulk with Import and export.
          </Text>
          {canEdit && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              Add staff member
            </Button>
          )}
        </Group>
      </Group>
      {staff.isPending ? (
        <Loading label="Loading staff…" />
      ) : staff.isError ? (
        <ErrorState title="We could not load the staff" error={staff.error} />
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={staff.isPlaceholderData} zIndex={1} />
          <Table.ScrollContainer minWidth={960}>
            <Table highlightOnHover verticalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Team</Table.Th>
                  <Table.Th>Employed by</Table.Th>
                  <Table.Th>Signs in as</Table.Th>
                  <Table.Th ta="right">Hours a week</Table.Th>
                  <Table.Th>Shifts (local time)</Table.Th>
                  {canEdit && <Table.Th w={80} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {staff.data.items.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => onPerson(person.id)}>
                        {person.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{person.team ?? '—'}</Table.Td>
                    <Table.Td>
                      {person.kind === 'CONTRACTED' ? person.employer : 'Internal'}
                    </Table.Td>
                    <Table.Td>
                      {person.account ? (
                        <>
                          <Text size="sm">{person.account.name}</Text>
                          <Text size="xs" c="dimmed">
                            {person.account.email ?? person.account.username}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Not linked
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{person.capacityHours}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {person.shifts.length === 0
                          ? 'None'
                          : person.shifts
                              .map((s) => `${shortDay(s.day)} ${s.from}–${s.to}`)
                              .join(', ')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {person.zone}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={`Change ${person.name}`}
                          onClick={() => setEditing(person)}
                        >
                          Change
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages
            count={`${staff.data.total} ${staff.data.total === 1 ? 'person' : 'people'}`}
            page={page + 1}
            pages={pages}
            onPage={(v) => setPage(v - 1)}
          />
        </Box>
      )}
      <EditDrawer editing={editing} onClose={() => setEditing(null)} noun="staff member" size="lg">
        {(item) => <StaffForm person={item} onDone={() => setEditing(null)} />}
      </EditDrawer>
    </Paper>
  );
}
