import { Alert, Box, Center, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Logo } from '@/components/Logo';
import { getSignOutReason, useSessionToken } from '@/lib/session';
import { useAuthConfig } from '../api/get-auth-config';
import type { Credentials, LoginResponse } from '../types';
import { DEMO_PASSWORD, DemoUsersPanel } from './DemoUsersPanel';
import { LoginForm } from './LoginForm';
import { OidcSignIn } from './OidcSignIn';
import { isOidcCallback } from '../oidc/oidc';

interface LoginPageProps {
  /** Where to go after signing in when the user did not come from a deep link. */
  landingPathFor: (roles: readonly string[]) => string | null;
}

/** The sign-in name a page that sent the user here filled in (the set-password page does). */
function usernameFrom(state: unknown): string {
  if (state && typeof state === 'object' && 'username' in state) {
    return typeof state.username === 'string' ? state.username : '';
  }
  return '';
}

/** Whether the user arrives straight from setting their password. */
function passwordJustSet(state: unknown): boolean {
  return !!state && typeof state === 'object' && 'passwordSet' in state && !!state.passwordSet;
}

function fromLocation(state: unknown): string | null {
  if (state && typeof state === 'object' && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('/login') ? null : state.from;
  }
  return null;
}

export function LoginPage({ landingPathFor }: LoginPageProps) {
  const token = useSessionToken();
  const config = useAuthConfig();
  const location = useLocation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Credentials>(() => ({
    username: usernameFrom(location.state),
    password: '',
  }));
  const [reason] = useState(getSignOutReason);
  const submitRef = useRef<HTMLButtonElement>(null);

  const from = fromLocation(location.state);
  const onOidcSignedIn = useCallback(
    (target: string | null) => void navigate(target ?? '/', { replace: true }),
    [navigate],
  );

  // Completing an OIDC sign-in starts the session before OidcSignIn navigates to where the user
  // was going: stay until then.
  if (token && !isOidcCallback(window.location.search)) return <Navigate to="/" replace />;

  const onSuccess = (response: LoginResponse) => {
    const target = from ?? landingPathFor(response.roles) ?? '/';
    void navigate(target, { replace: true });
  };

  const pickDemoUser = (username: string) => {
    setValues({ username, password: DEMO_PASSWORD });
    submitRef.current?.focus();
  };

  let body;
  if (config.isPending) {
    body = <Loading label="Checking how to sign in…" />;
  } else if (config.isError) {
    body = (
      <ErrorState
        title="We could not reach Medley to sign you in"
        error={config.error}
        onRetry={() => void config.refetch()}
        retrying={config.isFetching}
      />
    );
  } else {
    const demoUsers = config.data.mode === 'builtin' ? config.data.demoUsers : [];
    body = (
      <SimpleGrid
        cols={{ base: 1, md: demoUsers.length > 0 ? 2 : 1 }}
        spacing="xl"
        w="100%"
        maw={demoUsers.length > 0 ? undefined : 460}
        mx="auto"
      >
        <Paper
          withBorder
          radius="md"
          p="xl"
          shadow="sm"
          component="section"
          aria-labelledby="sign-in-title"
          style={{ alignSelf: 'start' }}
        >
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2" id="sign-in-title">
                Sign in
              </Title>
              <Text c="dimmed" size="sm">
                Use the account your IT department gave you.
              </Text>
            </div>
            {passwordJustSet(location.state) && (
              <Alert variant="light" color="green" icon={<IconInfoCircle aria-hidden />}>
                Your password is set. Sign in with your e-mail address and the new password.
              </Alert>
            )}
            {reason === 'expired' && (
              <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden />}>
                Your session has ended. Sign in again to continue.
              </Alert>
            )}
            {reason === 'signed-out' && (
              <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
                You have signed out of Medley.
              </Alert>
            )}
            {config.data.mode === 'oidc' && config.data.oidc ? (
              <OidcSignIn config={config.data.oidc} from={from} onSignedIn={onOidcSignedIn} />
            ) : (
              <LoginForm
                values={values}
                onChange={setValues}
                onSuccess={onSuccess}
                submitRef={submitRef}
              />
            )}
          </Stack>
        </Paper>
        {demoUsers.length > 0 && <DemoUsersPanel users={demoUsers} onPick={pickDemoUser} />}
      </SimpleGrid>
    );
  }

  return (
    <Box bg="var(--mantine-color-gray-0)" mih="100vh">
      <Center mih="100vh" p="md">
        <Stack gap="xl" w="100%" maw={960} component="main">
          <Group gap="sm" justify="center">
            <Logo size={40} />
            <div>
              <Text fw={700} size="xl" lh={1.1}>
                Medley
              </Text>
              <Text size="sm" c="dimmed" lh={1.2}>
                IT service desk for hospitals
              </Text>
            </div>
          </Group>
          {body}
          <Text size="xs" c="dimmed" ta="center">
            For authorized hospital staff and support partners only.
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
