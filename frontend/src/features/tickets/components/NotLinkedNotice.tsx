import { Alert, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import type { DeskMode } from './desk-copy';

/**
 * Said instead of an empty queue to someone the desk cannot give tickets to: their sign-in names
 * no staff record, so Mine and My groups stay empty whatever happens.
 */
export function NotLinkedNotice({ mode }: { mode: DeskMode }) {
  return (
    <Alert
      color="blue"
      variant="light"
      mb="md"
      icon={<IconLink aria-hidden />}
      title="Your sign-in is not linked to a staff record yet"
      role="status"
    >
      <Text size="sm">
        Medley gives tickets to people on the staff list, and it does not know which one is you.
        {mode === 'partner'
          ? ' Until it does, nothing can be assigned to you.'
          : ' Until it does, nothing can be assigned to you and your groups’ queues stay empty.'}
      </Text>
      <Text size="sm" mt="xs">
        {mode === 'partner'
          ? 'Ask the hospital’s Medley administrator to link your sign-in to your staff record in Coverage → Applications and staff → Staff (your company’s contracted people are listed there).'
          : 'Ask your Medley administrator to link your sign-in to your staff record in Coverage → Applications and staff → Staff.'}
      </Text>
    </Alert>
  );
}
