import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { formatDate } from '@/lib/time';
import { useCalendar } from '../api/get-calendar';
import { WEEKDAYS, type Calendar } from '../types';
import { DAY_LONG, formatDay, summarizeWeek } from '../utils/week';
import { DeadlinePreview } from './DeadlinePreview';

export function CalendarDetail({ id }: { id: number }) {
  const calendar = useCalendar(id);
  if (calendar.isPending) return <Loading label="Loading the calendar…" />;
  if (calendar.isError) {
    return (
      <ErrorState
        title="We could not load this calendar"
        error={calendar.error}
        onRetry={() => void calendar.refetch()}
        retrying={calendar.isFetching}
      />
    );
  }
  return <CalendarDetailView calendar={calendar.data} />;
}

function CalendarDetailView({ calendar }: { calendar: Calendar }) {
  const { week, holidays } = calendar.definition;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" radius="sm" tt="none" size="lg">
            {calendar.zone}
          </Badge>
          <Text size="sm" c="dimmed">
            {summarizeWeek(week)}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          All hours are local time in {calendar.zone}.
        </Text>
      </Stack>

      <DeadlinePreview key={calendar.id} calendarId={calendar.id} zone={calendar.zone} />

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="week-heading">
        <Title order={3} size="h5" id="week-heading" mb="xs">
          Opening hours
        </Title>
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {WEEKDAYS.map((day) => (
              <Table.Tr key={day}>
                <Table.Th w={130} fw={500}>
                  {DAY_LONG[day]}
                </Table.Th>
                <Table.Td c={(week[day] ?? []).length ? undefined : 'dimmed'}>
                  {formatDay(week[day])}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="holidays-heading">
        <Title order={3} size="h5" id="holidays-heading" mb="xs">
          Holidays ({holidays.length})
        </Title>
        {holidays.length === 0 ? (
          <Text size="sm" c="dimmed">
            No holidays: every date follows the weekly hours.
          </Text>
        ) : (
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {holidays.map((holiday) => (
                <Table.Tr key={`${holiday.date}-${holiday.name}`}>
                  <Table.Td w={150}>{formatDate(holiday.date, { weekday: true })}</Table.Td>
                  <Table.Td>{holiday.name}</Table.Td>
                  <Table.Td>
                    {holiday.open && holiday.open.length ? (
                      <Text size="sm">Open {formatDay(holiday.open)}</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Closed all day
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
