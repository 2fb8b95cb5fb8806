import { ActionIcon, Button, Group, Input, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldError, Interval } from '../types';
import { messagesFor } from '../utils/field-errors';

interface IntervalsEditorProps {
  /** What these hours are for, in words ("Monday", "Christmas Eve"), for labels. */
  label: string;
  intervals: Interval[];
  onChange: (intervals: Interval[]) => void;
  /** The server's path of this list, e.g. `week.MONDAY` or `holidays[0].open`. */
  path: string;
  errors: readonly FieldError[];
  /** What an empty list means ("Closed"). */
  emptyText: string;
}

/** Opening hours of one day: from/to pairs with add and remove. */
export function IntervalsEditor({
  label,
  intervals,
  onChange,
  path,
  errors,
  emptyText,
}: IntervalsEditorProps) {
  const update = (index: number, part: Partial<Interval>) =>
    onChange(intervals.map((interval, i) => (i === index ? { ...interval, ...part } : interval)));
  const listError = errors.filter((error) => error.field === path).map((error) => error.message);

  return (
    <Stack gap={6}>
      {intervals.length === 0 && (
        <Text size="sm" c="dimmed" py={6}>
          {emptyText}
        </Text>
      )}
      {intervals.map((interval, index) => {
        const itemPath = `${path}[${index}]`;
        // Errors on the interval (overlaps) or on one end of it (not a time), shown under the row.
        const rowMessages = messagesFor(errors, itemPath);
        const rowInvalid = errors.some((error) => error.field === itemPath);
        const fromInvalid = rowInvalid || messagesFor(errors, `${itemPath}.from`).length > 0;
        const toInvalid = rowInvalid || messagesFor(errors, `${itemPath}.to`).length > 0;
        const rowErrorId = `${itemPath}-error`.replace(/[^\w-]/g, '_');
        const describedBy = rowMessages.length ? rowErrorId : undefined;
        const hoursLabel = `${label}, hours ${index + 1}`;
        return (
          <Stack gap={2} key={index} data-field={itemPath}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Input
                type="time"
                withAria={false}
                aria-label={`${hoursLabel}, opens`}
                aria-invalid={fromInvalid || undefined}
                aria-describedby={describedBy}
                error={fromInvalid}
                value={interval.from}
                onChange={(event) => update(index, { from: event.currentTarget.value })}
                w={120}
              />
              <Text size="sm" pt={8} aria-hidden>
                to
              </Text>
              <Input
                type="time"
                withAria={false}
                aria-label={`${hoursLabel}, closes`}
                aria-invalid={toInvalid || undefined}
                aria-describedby={describedBy}
                error={toInvalid}
                value={interval.to}
                onChange={(event) => update(index, { to: event.currentTarget.value })}
                w={120}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={2}
                aria-label={`Remove ${hoursLabel}`}
                onClick={() => onChange(intervals.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
            {rowMessages.length > 0 && (
              <Text size="xs" c="red" id={rowErrorId}>
                {rowMessages.join('; ')}
              </Text>
            )}
          </Stack>
        );
      })}
      {listError.length > 0 && (
        <Text size="xs" c="red" role="alert">
          {listError.join('; ')}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          aria-label={`Add hours to ${label}`}
          onClick={() =>
            onChange([
              ...intervals,
              intervals.length ? { from: '13:00', to: '17:00' } : { from: '08:00', to: '17:00' },
            ])
          }
        >
          Add hours
        </Button>
      </Group>
    </Stack>
  );
}
