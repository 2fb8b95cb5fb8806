import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';

interface ErrorStateProps {
  /** What failed, in the user's words ("We could not load your profile"). */
  title?: string;
  error?: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const described = describeError(error);
  const heading = title ?? described.title;
  // With a caller's title, the error's own title becomes the first sentence of the body.
  const body = title
    ? [described.title, described.detail].filter(Boolean).join('. ')
    : described.detail;
  return (
    <Alert
      variant="light"
      color="red"
      radius="md"
      title={heading}
      icon={<IconAlertTriangle aria-hidden />}
      role="alert"
      maw={640}
      mx="auto"
      my="xl"
    >
      <Stack gap="sm">
        {body && <Text size="sm">{body}</Text>}
        {isApiError(error) && error.status > 0 && (
          <Text size="xs" c="dimmed">
            HTTP {error.status}
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button
              variant="white"
              color="red"
              size="xs"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRetry}
              loading={retrying}
            >
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
