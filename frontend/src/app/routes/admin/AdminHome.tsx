import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SetupChecklistCard } from '@/features/setup-checklist';
import { useCurrentUser } from '../current-user';
import type { AdminPageEntry } from './admin-pages';

/**
 * The administrator's start page: the setup checklist (administrators only), then every admin
 * task, one card each.
 */
export function AdminHome({ pages }: { pages: readonly AdminPageEntry[] }) {
  const isAdmin = useCurrentUser().roles.includes('admin');
  return (
    <Stack gap="lg">
      {isAdmin && <SetupChecklistCard />}
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
    </Stack>
  );
}
