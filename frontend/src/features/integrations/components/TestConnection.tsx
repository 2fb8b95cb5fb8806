import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useTestConnector } from '../api/connectors';
import type { Connector } from '../types';

/** "Test connection" with the stored settings, and what the desk answered. */
export function TestConnection({ connector }: { connector: Connector }) {
  const test = useTestConnector();
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="light"
          leftSection={<IconPlugConnected size={16} aria-hidden />}
          loading={test.isPending}
          onClick={() => test.mutate(connector.id)}
        >
          Test connection
        </Button>
        <Text size="xs" c="dimmed">
          Uses the saved settings: save your changes first.
        </Text>
      </Group>
      <div aria-live="polite">
        {test.data && (
          <Alert
            color={test.data.ok ? 'green' : 'red'}
            variant="light"
            title={test.data.ok ? `Connected in ${test.data.millis} ms` : 'Connection failed'}
          >
            {test.data.detail}
            {!test.data.ok && ` (after ${test.data.millis} ms)`}
          </Alert>
        )}
        {test.isError && (
          <Alert color="red" variant="light" title="The test could not run">
            {describeError(test.error).detail ?? describeError(test.error).title}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
