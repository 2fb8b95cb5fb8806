import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  LoadingOverlay,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconPlus, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { ListPages } from '@/components/ListPages';
import { PageHeader } from '@/components/PageHeader';
import { Loading } from '@/components/Loading';
import { useGoLives, type GoLiveSort } from '../api/golives';
import {
  KIND_LABEL,
  STATUS_COLOR,
  STATUS_LABEL,
  statusOf,
  type GoLiveKind,
  type GoLiveStatus,
} from '../types';
import { windowLabel } from '../utils';
import { NewGoLiveDialog } from './NewGoLiveDialog';

const PAGE_SIZE = 20;

export const GO_LIVES_PATH = '/marketplace/go-lives';

export function GoLiveStatusBadge({ status }: { status: string }) {
  const known = statusOf(status);
  return (
    <Badge color={STATUS_COLOR[known]} variant="light" tt="none" style={{ overflow: 'visible' }}>
      {STATUS_LABEL[known]}
    </Badge>
  );
}

/**
 * The hospital's go-lives and upgrades: when each runs and where it stands. A go-live's page
 * holds its surge estimate, command-center plan and coverage.
 */
export function GoLivesScreen({ canEdit }: { canEdit: boolean }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState<GoLiveStatus | ''>('');
  const [sort, setSort] = useState<GoLiveSort>('startsOn,desc');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const list = useGoLives({ status, sort, page, size: PAGE_SIZE });
  const pages = list.data ? Math.ceil(list.data.total / list.data.size) : 0;

  return (
    <>
      <PageHeader
        title="Go-lives"
        description="Applications going live or upgrading: the ticket surge their history predicts, who staffs the command center and what is still short."
        aside={
          canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New go-live
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <SegmentedControl
            aria-label="Show"
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(0);
            }}
            data={[
              { value: '', label: 'All' },
              { value: 'PLANNED', label: 'Planned' },
              { value: 'LIVE', label: 'Live' },
              { value: 'DONE', label: 'Done' },
              { value: 'CANCELLED', label: 'Cancelled' },
            ]}
          />
          <Group gap="sm" align="flex-end">
            {list.data && (
              <Text size="sm" c="dimmed">
                {list.data.total} go-live{list.data.total === 1 ? '' : 's'}
              </Text>
            )}
            <Select
              label="Sort"
              w={200}
              allowDeselect={false}
              value={sort}
              onChange={(value) => {
                if (value) setSort(value);
                setPage(0);
              }}
              data={[
                { value: 'startsOn,desc', label: 'Latest start first' },
                { value: 'startsOn,asc', label: 'Earliest start first' },
              ]}
            />
          </Group>
        </Group>
        {list.isPending ? (
          <Loading label="Loading go-lives…" />
        ) : list.isError ? (
          <ErrorState
            title="We could not load the go-lives"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconRocket size={28} stroke={1.5} />}
            title={
              status
                ? `No ${STATUS_LABEL[status].toLowerCase()} go-lives`
                : 'No go-lives planned yet'
            }
            description={
              canEdit
                ? 'Plan a go-live or upgrade to see the ticket surge it is likely to bring and staff its command center.'
                : 'Go-lives appear here once an IT leader plans them.'
            }
            action={
              canEdit && <Button onClick={() => setCreating(true)}>Plan the first go-live</Button>
            }
          />
        ) : (
          <Box pos="relative">
            <LoadingOverlay
              visible={list.isPlaceholderData}
              zIndex={1}
              overlayProps={{ blur: 1 }}
            />
            <Table.ScrollContainer minWidth={860}>
              <Table highlightOnHover verticalSpacing="sm" aria-label="Go-lives">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Go-live</Table.Th>
                    <Table.Th>Application</Table.Th>
                    <Table.Th>Window</Table.Th>
                    <Table.Th>Staffing request</Table.Th>
                    <Table.Th w={110}>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((event) => (
                    <Table.Tr key={event.id}>
                      <Table.Td maw={320}>
                        <Anchor component={Link} to={`${GO_LIVES_PATH}/${event.id}`} fw={600}>
                          {event.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {KIND_LABEL[event.kind as GoLiveKind] ?? event.kind}
                        </Text>
                      </Table.Td>
                      <Table.Td>{event.application.name}</Table.Td>
                      <Table.Td>{windowLabel(event.startsOn, event.endsOn)}</Table.Td>
                      <Table.Td>
                        {event.staffingRequest ? (
                          event.staffingRequest.title
                        ) : (
                          <Text size="sm" c="dimmed">
                            None
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <GoLiveStatusBadge status={event.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPages page={page + 1} pages={pages} onPage={(value) => setPage(value - 1)} />
          </Box>
        )}
      </Stack>
      {canEdit && (
        <NewGoLiveDialog
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(event) => {
            setCreating(false);
            void navigate(`${GO_LIVES_PATH}/${event.id}`);
          }}
        />
      )}
    </>
  );
}
