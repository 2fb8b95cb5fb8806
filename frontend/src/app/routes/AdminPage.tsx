import { Box, Button, Flex, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { PageHeader } from '@/components/PageHeader';
import { NotFound } from './NotFound';
import { ADMIN_PAGES, adminPagesFor, type AdminPageEntry } from './admin/admin-pages';
import { AdminHome } from './admin/AdminHome';
import { useCurrentUser } from './current-user';

const GROUPS: AdminPageEntry['group'][] = ['Set up', 'Service levels', 'Desk', 'Privacy'];

/**
 * Administration: one page per task, listed on the left (above the page on a phone). Agents,
 * IT leaders and executives see the pages they may read; only administrators change things.
 */
export function AdminPage() {
  const user = useCurrentUser();
  const { page: path } = useParams();
  const isAdmin = user.roles.includes('admin');
  const pages = adminPagesFor(user.roles);
  const current = pages.find((page) => page.path === path);
  if (path === undefined && !isAdmin && pages.length > 0) {
    return <Navigate to={`/admin/${pages[0]?.path ?? ''}`} replace />;
  }
  if (path !== undefined && !current) {
    return ADMIN_PAGES.some((page) => page.path === path) ? <NotForYourRole /> : <NotFound />;
  }
  return (
    <Box maw={1400}>
      {!current?.ownHeader && (
        <PageHeader
          title={current ? current.label : 'Administration'}
          description={
            current
              ? `${current.hint}.${isAdmin ? '' : ' You can look; only administrators can change them.'}`
              : 'Set up Medley for your hospital, then shape how it measures service.'
          }
        />
      )}
      <Flex direction={{ base: 'column', md: 'row' }} gap="xl" align="flex-start">
        <Box component="nav" aria-label="Administration" w={{ base: '100%', md: 240 }} miw={0}>
          <ScrollArea.Autosize mah={{ base: 220, md: 'none' }} type="auto">
            <Stack gap="md">
              {isAdmin && (
                <NavLink
                  component={Link}
                  to="/admin"
                  label="Overview"
                  active={path === undefined}
                />
              )}
              {GROUPS.map((group) => {
                const inGroup = pages.filter((page) => page.group === group);
                if (inGroup.length === 0) return null;
                return (
                  <Box key={group}>
                    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                      {group}
                    </Text>
                    {inGroup.map((page) => (
                      <NavLink
                        key={page.path}
                        component={Link}
                        to={`/admin/${page.path}`}
                        label={page.label}
                        active={page.path === path}
                      />
                    ))}
                  </Box>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        </Box>
        <Box flex={1} miw={0} w="100%">
          <Suspense fallback={<Loading />}>
            {current ? <current.page canEdit={isAdmin} /> : <AdminHome pages={pages} />}
          </Suspense>
        </Box>
      </Flex>
    </Box>
  );
}

function NotForYourRole() {
  return (
    <EmptyState
      icon={<IconLock size={28} stroke={1.5} />}
      title="Not available for your role"
      description="This part of Administration is for administrators. Ask your Medley administrator if you need it."
      action={
        <Button component={Link} to="/admin" variant="light">
          Go to Administration
        </Button>
      }
    />
  );
}
