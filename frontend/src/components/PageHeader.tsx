import { Flex, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Badges or actions on the right; below the title on a phone. */
  aside?: ReactNode;
}

export function PageHeader({ title, description, aside }: PageHeaderProps) {
  return (
    <Flex
      direction={{ base: 'column', sm: 'row' }}
      justify="space-between"
      align="flex-start"
      gap="md"
      mb="lg"
    >
      {/* minWidth 0 lets a long title wrap instead of pushing the actions off screen. */}
      <Stack gap={4} miw={0} flex={1}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw={720}>
            {description}
          </Text>
        )}
      </Stack>
      {aside && (
        <Group gap="xs" maw="100%">
          {aside}
        </Group>
      )}
    </Flex>
  );
}
