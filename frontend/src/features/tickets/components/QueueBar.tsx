import { Button, Group, Text } from '@mantine/core';
import { IconCopy, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { BulkAction } from '../types/links';
import { BULK_COPY } from '../utils/bulk-edit';

const BULK_ACTIONS = [
  { action: 'ASSIGN', icon: IconUsers },
  { action: 'CHANGE_GROUP', icon: IconUsersGroup },
  { action: 'RESOLVE_DUPLICATE', icon: IconCopy },
] as const;

/** Above the queue table: what is shown or selected, and the bulk changes for the selection. */
export function QueueBar({
  status,
  selectedCount,
  onBulk,
}: {
  /** "26–50 of 130", or how many are selected. */
  status: string;
  selectedCount: number;
  onBulk: (action: BulkAction) => void;
}) {
  return (
    <Group justify="space-between" px="md" py="xs" mih={52}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {status}
      </Text>
      <Group gap="xs" role="group" aria-label="Change the selected tickets">
        {BULK_ACTIONS.map(({ action, icon: Icon }) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'ASSIGN' ? 'filled' : 'default'}
            leftSection={<Icon size={14} aria-hidden />}
            disabled={selectedCount < (action === 'RESOLVE_DUPLICATE' ? 2 : 1)}
            onClick={() => onBulk(action)}
          >
            {BULK_COPY[action].button}
          </Button>
        ))}
      </Group>
    </Group>
  );
}
