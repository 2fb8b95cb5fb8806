import { Anchor, Badge, Box, LoadingOverlay, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useCalendars } from '../api/get-calendars';
import { summarizeWeek } from '../utils/week';
import { ListPages } from '@/components/ListPages';

const PAGE_SIZE = 50;

interface CalendarListProps {
  selectedId: number | null;
  onSelect: (id: number) => void;
}

/** The business calendars, searchable by name, a page at a time. */
export function CalendarList({ selectedId, onSelect }: CalendarListProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(0);
  const calendars = useCalendars({ page, size: PAGE_SIZE, q });

  const pages = calendars.data ? Math.ceil(calendars.data.total / calendars.data.size) : 0;

  return (
    <Paper withBorder radius="md" p="md">
      <TextInput
        label="Search calendars"
        placeholder="Name, e.g. Business hours"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(0);
        }}
        maw={360}
        mb="md"
      />
      {calendars.isPending ? (
        <Loading label="Loading business calendars…" />
      ) : calendars.isError ? (
        <ErrorState
          title="We could not load the business calendars"
          error={calendars.error}
          onRetry={() => void calendars.refetch()}
          retrying={calendars.isFetching}
        />
      ) : calendars.data.items.length === 0 ? (
        <EmptyState
          icon={<IconCalendarOff size={28} stroke={1.5} />}
          title={q ? `No calendar matches “${q}”` : 'No business calendars yet'}
          description={
            q
              ? 'Try part of the name instead.'
              : 'SLA targets count time on a business calendar. Start with New calendar: your service desk’s opening hours and holidays (and a 24x7 one if some targets run around the clock).'
          }
        />
      ) : (
        <Box pos="relative">
          <LoadingOverlay
            visible={calendars.isPlaceholderData}
            zIndex={1}
            overlayProps={{ blur: 1 }}
          />
          <Table.ScrollContainer minWidth={640}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Time zone</Table.Th>
                  <Table.Th>Opening hours</Table.Th>
                  <Table.Th ta="right">Holidays</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calendars.data.items.map((calendar) => {
                  const selected = calendar.id === selectedId;
                  const holidays = calendar.definition.holidays.length;
                  return (
                    <Table.Tr
                      key={calendar.id}
                      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
                      onClick={() => onSelect(calendar.id)}
                      style={{ cursor: 'pointer' }}
                    >
                      <Table.Td>
                        <Anchor
                          component="button"
                          type="button"
                          fw={600}
                          aria-current={selected ? 'true' : undefined}
                          onClick={(event) => {
                            event.stopPropagation();
                            onSelect(calendar.id);
                          }}
                        >
                          {calendar.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{calendar.zone}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{summarizeWeek(calendar.definition.week)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Badge
                          variant="light"
                          color={holidays ? 'medley' : 'gray'}
                          radius="sm"
                          tt="none"
                        >
                          {holidays === 0
                            ? 'None'
                            : holidays === 1
                              ? '1 holiday'
                              : `${holidays} holidays`}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPages
            count={calendars.data.total === 1 ? '1 calendar' : `${calendars.data.total} calendars`}
            page={page + 1}
            pages={pages}
            onPage={(value) => setPage(value - 1)}
          />
        </Box>
      )}
    </Paper>
  );
}
