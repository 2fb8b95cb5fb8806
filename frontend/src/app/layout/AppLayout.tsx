import {
  AppShell,
  Avatar,
  Burger,
  Button,
  Center,
  Divider,
  Group,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingHospital, IconLogout } from '@tabler/icons-react';
import { Navigate, Outlet } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Logo } from '@/components/Logo';
import { useMe, useSignOut } from '@/features/auth';
import { SideNav } from '@/features/navigation';
import { isSetupNeeded } from '@/features/setup';
import { NotificationsBell } from '@/features/tickets';
import { roleLabel } from '@/lib/roles';

/** The signed-in shell: header with hospital and user, role-filtered navigation, content. */
export function AppLayout() {
  const me = useMe();
  const signOut = useSignOut();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  if (me.isPending) return <Loading fullScreen label="Loading your Medley…" />;
  // Keycloak: the organisation of this administrator (or user) is not known to Medley yet.
  if (me.isError && isSetupNeeded(me.error)) return <Navigate to="/setup" replace />;
  if (me.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack align="center">
          <ErrorState
            title="We could not load your account"
            error={me.error}
            onRetry={() => void me.refetch()}
            retrying={me.isFetching}
          />
          <Button variant="subtle" onClick={signOut}>
            Sign out
          </Button>
        </Stack>
      </Center>
    );
  }

  const user = me.data;
  const roles = user.roles.map(roleLabel).join(', ');

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls="main-navigation"
            />
            <Group gap={10} wrap="nowrap">
              <Logo size={30} />
              <Text fw={700} size="lg">
                Medley
              </Text>
            </Group>
            {user.organization && (
              <>
                <Divider
                  orientation="vertical"
                  h={24}
                  style={{ alignSelf: 'center' }}
                  visibleFrom="xs"
                />
                <Group gap={6} wrap="nowrap" visibleFrom="xs" data-testid="organization">
                  <IconBuildingHospital size={18} stroke={1.6} aria-hidden />
                  <Text size="sm" fw={500}>
                    {user.organization.name}
                  </Text>
                </Group>
              </>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationsBell roles={user.roles} />
            {/* Decorative; on a phone the room goes to Sign out. */}
            <Avatar
              name={user.displayName}
              color="initials"
              radius="xl"
              size={34}
              aria-hidden
              visibleFrom="xs"
            />
            <Stack gap={0} visibleFrom="sm" data-testid="current-user">
              <Text size="sm" fw={600} lh={1.3}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {roles}
              </Text>
            </Stack>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={signOut}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" id="main-navigation" aria-label="Main navigation">
        {/* The browser's own scrolling: Mantine's ScrollArea brings floating-ui into every screen. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <SideNav roles={user.roles} onNavigate={closeNav} />
        </AppShell.Section>
        <AppShell.Section>
          <Divider mb="sm" />
          <Text size="xs" c="dimmed" px="sm">
            Signed in as {user.username}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} bg="var(--mantine-color-gray-0)">
        <Outlet context={user} />
      </AppShell.Main>
    </AppShell>
  );
}
