import { Alert, Button } from '@mantine/core';
import { IconRefresh, IconUsers } from '@tabler/icons-react';

interface StaleAlertProps {
  onReload: () => void;
  reloading?: boolean;
}

/** What a 409 means to the person at the screen, with the one thing to do about it. */
export function StaleAlert({ onReload, reloading = false }: StaleAlertProps) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconUsers aria-hidden />}
      title="Someone changed this ticket"
      role="alert"
    >
      Your change was not saved because someone else updated this ticket after you opened it. Reload
      to see their change, then apply yours again if it is still needed.
      <div>
        <Button
          mt="sm"
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onReload}
          loading={reloading}
        >
          Reload the ticket
        </Button>
      </div>
    </Alert>
  );
}
