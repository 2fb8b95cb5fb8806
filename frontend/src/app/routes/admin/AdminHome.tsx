import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AdminPageEntry } from './admin-pages';

/** The administrator's start page: every admin task, one card each. */
export function AdminHome({ pages }: { pages: readonly AdminPageEntry[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {pages.map((page) => (
        <Paper key={page.path} withBorder radius="md" p="md">
          <Stack gap={4}>
            <Anchor component={Link} to={`/admin/${page.path}`} fw={600}>
              {page.label}
            </Anchor>
            <Text size="sm" c="dimmed">
              {page.hint}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
