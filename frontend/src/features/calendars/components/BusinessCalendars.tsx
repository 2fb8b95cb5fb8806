import { Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCalendar } from '../api/get-calendar';
import { CalendarDetail } from './CalendarDetail';
import { CalendarList } from './CalendarList';
import { CreateCalendarForm } from './CreateCalendarForm';

interface BusinessCalendarsProps {
  /** Administrators may create calendars; everyone else reads and previews. */
  canEdit: boolean;
}

/**
 * Business calendars: the opening hours and holidays SLA targets are counted in. The selected
 * calendar is in the address (?calendar=3) so it can be linked and survives a reload.
 */
export function BusinessCalendars({ canEdit }: BusinessCalendarsProps) {
  const [params, setParams] = useSearchParams();
  const selectedParam = Number(params.get('calendar'));
  const selectedId = Number.isInteger(selectedParam) && selectedParam > 0 ? selectedParam : null;
  const [creating, setCreating] = useState(false);
  const selected = useCalendar(selectedId);

  const select = (id: number | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete('calendar');
        else next.set('calendar', String(id));
        return next;
      },
      { replace: id === null },
    );

  return (
    <Stack gap="sm" component="section" aria-labelledby="calendars-heading">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id="calendars-heading">
            Business calendars
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            The opening hours and holidays that SLA targets count in: a 4 h target on “Business
            hours” only runs while that calendar is open. Choose a calendar to see its week and try
            a due time.
          </Text>
        </Stack>
        {canEdit && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            New calendar
          </Button>
        )}
      </Group>

      <CalendarList selectedId={selectedId} onSelect={select} />

      <Drawer
        opened={selectedId !== null}
        onClose={() => select(null)}
        position="right"
        size="xl"
        title={
          <Title order={2} size="h3" component="span">
            {selected.data?.name ?? 'Business calendar'}
          </Title>
        }
        closeButtonProps={{ 'aria-label': 'Close calendar' }}
      >
        {selectedId !== null && <CalendarDetail id={selectedId} />}
      </Drawer>

      {canEdit && (
        <Drawer
          opened={creating}
          onClose={() => setCreating(false)}
          position="right"
          size="xl"
          title={
            <Title order={2} size="h3" component="span">
              New business calendar
            </Title>
          }
          closeButtonProps={{ 'aria-label': 'Close without saving' }}
        >
          {creating && (
            <CreateCalendarForm
              onCancel={() => setCreating(false)}
              onCreated={(calendar) => {
                setCreating(false);
                select(calendar.id);
              }}
            />
          )}
        </Drawer>
      )}
    </Stack>
  );
}
