import {
  Alert,
  Anchor,
  Badge,
  Button,
  Drawer,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingFactory2, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { Loading } from '@/components/Loading';
import { useConnectorChoices } from '@/features/integrations/queries';
import { fieldErrors } from '@/lib/field-errors';
import { useAddVendor, useVendors } from '../api/vendors';
import type { Vendor } from '../types';
import { channelText, refusalText } from '../utils/describe';
import { VendorForm } from './VendorForm';

const PAGE_SIZE = 50;

/**
 * The hospital's vendor directory: for each vendor of its applications, how Medley opens a case
 * with them (an e-mail to their support, or their desk through a connector), the templates of
 * that case and whom to call. Administrators change it; agents and IT leaders read it.
 */
export function VendorsPage({ canEdit }: { canEdit: boolean }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const list = useVendors({ q, page: page - 1, size: PAGE_SIZE });
  const connectors = useConnectorChoices(canEdit);
  const connectorName = (id: number) => connectors.data?.items.find((c) => c.id === id)?.name;
  const [open, setOpen] = useState<Vendor | null>(null);
  const [adding, setAdding] = useState(false);

  const add = canEdit && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
      Add vendor
    </Button>
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Vendors">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Text size="sm" c="dimmed" maw={680}>
            The companies behind your applications. When the desk cannot fix a problem, an agent
            escalates the ticket to its application&apos;s vendor: Medley opens a case with them the
            way set up here, and files their answers on the ticket.
          </Text>
          {list.data && list.data.total > 0 && add}
        </Group>
        <TextInput
          label="Search"
          placeholder="Vendor name"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        {list.isPending ? (
          <Loading label="Loading vendors…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the vendors"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.total === 0 && q.trim() === '' ? (
          <EmptyState
            icon={<IconBuildingFactory2 size={28} stroke={1.5} />}
            title="No vendor listed yet"
            description="Add the vendors of your applications (Epic Systems, Oracle Health…), say how Medley opens a case with each, then name the vendor on its applications under Coverage."
            action={add}
          />
        ) : list.data.total === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            No vendor matches.
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Vendor</Table.Th>
                    <Table.Th>Cases go to</Table.Th>
                    <Table.Th>Applications</Table.Th>
                    <Table.Th style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>
                      Open cases
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((vendor) => {
                    const channel = channelText(vendor, connectorName);
                    return (
                      <Table.Tr key={vendor.id}>
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            fw={600}
                            size="sm"
                            ta="left"
                            onClick={() => setOpen(vendor)}
                            aria-label={`${canEdit ? 'Change' : 'Show'} ${vendor.name}`}
                          >
                            {vendor.name}
                          </Anchor>
                          {vendor.businessAssociate && (
                            <Text size="xs" c="dimmed">
                              Business associate agreement in force
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {channel ? (
                            <Text size="sm">{channel}</Text>
                          ) : (
                            <Badge color="orange" variant="light">
                              Not set up
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td maw={320}>
                          <Text
                            size="sm"
                            c={vendor.applications.length ? undefined : 'dimmed'}
                            title={vendor.applications.map((app) => app.name).join(', ')}
                          >
                            {applicationsText(vendor.applications)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" fw={vendor.openCases > 0 ? 600 : undefined}>
                            {vendor.openCases}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages
              page={page}
              pages={Math.ceil(list.data.total / PAGE_SIZE)}
              onPage={setPage}
              count={`${list.data.total} ${list.data.total === 1 ? 'vendor' : 'vendors'}`}
            />
          </>
        )}
      </Stack>
      <Drawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        position="right"
        size="xl"
        title={
          <Title order={2} size="h3" component="span">
            {open?.name}
          </Title>
        }
      >
        {open && (
          <VendorForm
            key={open.id}
            vendor={open}
            readOnly={!canEdit}
            connectors={connectors.data?.items ?? []}
            onDone={() => setOpen(null)}
          />
        )}
      </Drawer>
      {adding && (
        <AddVendorDialog
          onClose={() => setAdding(false)}
          onAdded={(vendor) => {
            setAdding(false);
            setOpen(vendor);
          }}
        />
      )}
    </Paper>
  );
}

const SHOWN_APPLICATIONS = 3;

/** "Epic Hyperspace, Epic Willow, Epic Beaker and 17 more": a row stays one or two lines. */
function applicationsText(applications: Vendor['applications']): string {
  if (applications.length === 0) return 'None yet';
  const names = applications.slice(0, SHOWN_APPLICATIONS).map((app) => app.name);
  const rest = applications.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
}

/** A vendor starts with its name; the drawer that follows sets up how cases reach it. */
function AddVendorDialog({
  onClose,
  onAdded,
}: {
  onClose: () => void;
  onAdded: (vendor: Vendor) => void;
}) {
  const add = useAddVendor();
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const errors = fieldErrors(add.error);
  const missing = tried && name.trim() === '' ? 'Enter the vendor’s name' : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (name.trim() === '') return;
    add.mutate(name.trim(), { onSuccess: onAdded });
  };
  const refusal = refusalText(errors, ['name']);
  return (
    <Modal opened onClose={onClose} title="Add vendor">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            description="As the company calls itself, e.g. Epic Systems"
            maxLength={200}
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing ?? errors.name}
          />
          {refusal && (
            <Alert color="red" variant="light" role="alert" title="Not added">
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add vendor
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
