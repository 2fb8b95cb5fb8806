import {
  Alert,
  Button,
  Divider,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  ActionIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useRef } from 'react';
import { describeError } from '@/lib/errors';
import { isApiError } from '@/lib/api';
import { useCreateCalendar } from '../api/create-calendar';
import {
  WEEKDAYS,
  type Calendar,
  type CalendarDefinition,
  type FieldError,
  type Interval,
  type Weekday,
} from '../types';
import { fieldErrorsOf } from '@/lib/field-errors';
import { describeField, errorFor } from '../utils/field-errors';
import { localZone, supportedZones } from '../utils/time';
import { DAY_LONG } from '../utils/week';
import { IntervalsEditor } from './IntervalsEditor';

interface HolidayDraft {
  date: string;
  name: string;
  closed: boolean;
  open: Interval[];
}

type Draft = {
  name: string;
  zone: string;
  week: Record<Weekday, Interval[]>;
  holidays: HolidayDraft[];
};

const OFFICE_HOURS: Interval[] = [{ from: '08:00', to: '17:00' }];

function initialDraft(): Draft {
  const week = Object.fromEntries(
    WEEKDAYS.map((day) => [day, day === 'SATURDAY' || day === 'SUNDAY' ? [] : OFFICE_HOURS]),
  ) as Record<Weekday, Interval[]>;
  return { name: '', zone: localZone(), week, holidays: [] };
}

/** The draft as POST /api/calendars takes it; list positions are kept so error paths match. */
function toDefinition(draft: Draft): CalendarDefinition {
  const week: CalendarDefinition['week'] = {};
  for (const day of WEEKDAYS) if (draft.week[day].length) week[day] = draft.week[day];
  return {
    name: draft.name.trim(),
    zone: draft.zone.trim(),
    week,
    holidays: draft.holidays.map((holiday) => ({
      date: holiday.date,
      name: holiday.name.trim(),
      open: holiday.closed ? null : holiday.open,
    })),
  };
}

/** The field errors of a failed save; a name conflict (409) becomes an error on the name. */
function errorsOf(error: unknown): FieldError[] {
  const errors = fieldErrorsOf(error);
  if (isApiError(error) && error.status === 409 && !errors.some((e) => e.field === 'name')) {
    return [
      ...errors,
      { field: 'name', message: error.detail ?? 'A calendar with this name already exists' },
    ];
  }
  return errors;
}

interface CreateCalendarFormProps {
  onCreated: (calendar: Calendar) => void;
  onCancel: () => void;
}

/** New business calendar (administrators): name, zone, weekly hours and holidays. */
export function CreateCalendarForm({ onCreated, onCancel }: CreateCalendarFormProps) {
  // The server checks the calendar and names the fields it refuses.
  const form = useForm<Draft>({ mode: 'controlled', initialValues: initialDraft() });
  const draft = form.values;
  const set = form.setFieldValue;
  const create = useCreateCalendar();
  const zones = useMemo(() => supportedZones(), []);
  const errors = create.isError ? errorsOf(create.error) : [];
  const alertRef = useRef<HTMLDivElement>(null);
  // A refused save brings the list of problems into view, and keyboard focus with it.
  useEffect(() => {
    if (create.isError && alertRef.current) {
      alertRef.current.scrollIntoView({ block: 'start' });
      alertRef.current.focus();
    }
  }, [create.isError, create.failureCount, create.error]);

  const setDay = (day: Weekday, intervals: Interval[]) =>
    set('week', (week) => ({ ...week, [day]: intervals }));
  const setHoliday = (index: number, part: Partial<HolidayDraft>) =>
    set('holidays', (holidays) =>
      holidays.map((holiday, i) => (i === index ? { ...holiday, ...part } : holiday)),
    );

  const submit = form.onSubmit((values) =>
    create.mutate(toDefinition(values), { onSuccess: onCreated }),
  );

  const zoneError = errorFor(errors, 'zone');
  const described = describeError(create.error);

  return (
    <form onSubmit={submit} noValidate aria-label="New business calendar">
      <Stack gap="lg">
        {create.isError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={
              errors.length
                ? 'The calendar was not saved. Please correct:'
                : `The calendar was not saved: ${described.title}`
            }
            role="alert"
            ref={alertRef}
            tabIndex={-1}
            style={{ scrollMarginTop: 96 }}
          >
            {errors.length ? (
              <List size="sm" spacing={2}>
                {errors.map((error, index) => (
                  <List.Item key={index}>
                    <strong>{describeField(error.field)}:</strong> {error.message}
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm">{described.detail}</Text>
            )}
          </Alert>
        )}

        <Group grow align="flex-start">
          <TextInput
            label="Name"
            description="How SLA policies will refer to it, e.g. “Pharmacy hours”"
            required
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errorFor(errors, 'name')}
          />
          {zones ? (
            <Select
              label="Time zone"
              description="Opening hours and holidays are in this zone"
              required
              searchable
              data={zones}
              value={draft.zone}
              onChange={(zone) => set('zone', zone ?? '')}
              error={zoneError}
              limit={60}
              nothingFoundMessage="No such time zone"
            />
          ) : (
            <TextInput
              label="Time zone"
              description="An IANA zone such as America/New_York"
              required
              value={draft.zone}
              onChange={(event) => set('zone', event.currentTarget.value)}
              error={zoneError}
            />
          )}
        </Group>

        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="week-editor">
          <Group justify="space-between" mb={4}>
            <Title order={3} size="h5" id="week-editor">
              Weekly opening hours
            </Title>
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={() =>
                set('week', (week) => ({
                  ...week,
                  TUESDAY: week.MONDAY,
                  WEDNESDAY: week.MONDAY,
                  THURSDAY: week.MONDAY,
                  FRIDAY: week.MONDAY,
                }))
              }
            >
              Copy Monday to Tue–Fri
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mb="sm">
            A day without hours is closed. Hours that end at or before they start run past midnight
            (22:00 to 06:00); 00:00 to 00:00 is the whole day.
          </Text>
          <Stack gap={0}>
            {WEEKDAYS.map((day, index) => (
              <div key={day}>
                {index > 0 && <Divider my={6} />}
                <Group align="flex-start" wrap="nowrap" gap="md">
                  <Text fw={500} size="sm" w={100} pt={8} style={{ flexShrink: 0 }}>
                    {DAY_LONG[day]}
                  </Text>
                  <IntervalsEditor
                    label={DAY_LONG[day]}
                    intervals={draft.week[day]}
                    onChange={(intervals) => setDay(day, intervals)}
                    path={`week.${day}`}
                    errors={errors}
                    emptyText="Closed"
                  />
                </Group>
              </div>
            ))}
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="holiday-editor">
          <Title order={3} size="h5" id="holiday-editor" mb={4}>
            Holidays
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            Dates when the weekly hours do not apply: closed all day, or open for shorter hours.
          </Text>
          <Stack gap="md">
            {draft.holidays.length === 0 && (
              <Text size="sm" c="dimmed">
                No holidays yet.
              </Text>
            )}
            {draft.holidays.map((holiday, index) => {
              const path = `holidays[${index}]`;
              const label = holiday.name.trim() || `Holiday ${index + 1}`;
              const rowErrors = errors
                .filter((error) => error.field === path)
                .map((e) => e.message);
              return (
                <Paper key={index} withBorder radius="sm" p="sm" data-field={path}>
                  <Stack gap="xs">
                    <Group align="flex-start" wrap="nowrap">
                      <TextInput
                        type="date"
                        label="Date"
                        required
                        value={holiday.date}
                        onChange={(event) => setHoliday(index, { date: event.currentTarget.value })}
                        error={errorFor(errors, `${path}.date`)}
                        w={170}
                      />
                      <TextInput
                        label="Name"
                        placeholder="Christmas Day"
                        value={holiday.name}
                        onChange={(event) => setHoliday(index, { name: event.currentTarget.value })}
                        error={errorFor(errors, `${path}.name`)}
                        style={{ flex: 1 }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="lg"
                        mt={26}
                        aria-label={`Remove ${label}`}
                        onClick={() =>
                          set('holidays', (holidays) => holidays.filter((_, i) => i !== index))
                        }
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                    <Switch
                      label="Closed all day"
                      checked={holiday.closed}
                      onChange={(event) =>
                        setHoliday(index, {
                          closed: event.currentTarget.checked,
                          open: holiday.open.length
                            ? holiday.open
                            : [{ from: '08:00', to: '12:00' }],
                        })
                      }
                    />
                    {!holiday.closed && (
                      <IntervalsEditor
                        label={label}
                        intervals={holiday.open}
                        onChange={(open) => setHoliday(index, { open })}
                        path={`${path}.open`}
                        errors={errors}
                        emptyText="No hours: add some, or switch on “Closed all day”"
                      />
                    )}
                    {rowErrors.length > 0 && (
                      <Text size="xs" c="red">
                        {rowErrors.join('; ')}
                      </Text>
                    )}
                  </Stack>
                </Paper>
              );
            })}
            <Group>
              <Button
                variant="default"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() =>
                  set('holidays', (holidays) => [
                    ...holidays,
                    { date: '', name: '', closed: true, open: [] },
                  ])
                }
              >
                Add holiday
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create calendar
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
