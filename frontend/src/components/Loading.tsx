import { Center, Loader, Stack, Text } from '@mantine/core';

interface LoadingProps {
  /** What is being loaded, for people and screen readers ("Loading your workspace…"). */
  label?: string;
  /** Fill the whole viewport (used before the shell exists). */
  fullScreen?: boolean;
}

export function Loading({ label = 'Loading…', fullScreen = false }: LoadingProps) {
  return (
    <Center mih={fullScreen ? '100vh' : 240} role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}
