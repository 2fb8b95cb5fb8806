import { Alert, Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { Logo } from '@/components/Logo';
import { useAuthConfig } from '@/features/auth';
import { useSessionToken } from '@/lib/session';
import { useFinishSetup } from '../api/finish-setup';
import { useSetupStatus } from '../api/get-setup-status';
import type { SetupLinkState, SetupStatus } from '../types';
import { SetupForm } from './SetupForm';

const LINK_PROBLEMS: Record<Exclude<SetupLinkState, 'VALID'>, string> = {
  EXPIRED:
    'This setup link has expired (links are valid for 24 hours). Restart Medley: its log then shows a new link.',
  USED: 'This setup link has already been used. Sign in with the administrator account it created.',
  UNKNOWN:
    'This setup link is not valid. Copy the whole link from the line in Medley’s log that starts with “Medley is not set up yet”.',
};

/** The calm frame of the setup screen: logo, title, one card. */
function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p={{ base: 'sm', sm: 'xl' }} bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={640} gap="lg" component="main">
        <Group gap={10} justify="center">
          <Logo size={36} />
          <Text fw={700} size="xl">
            Medley
          </Text>
        </Group>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {children}
        </Paper>
      </Stack>
    </Center>
  );
}

function Heading({ withAdmin, intro = true }: { withAdmin: boolean; intro?: boolean }) {
  return (
    <div>
      <Title order={1} size="h2">
        Set up Medley
      </Title>
      <Text c="dimmed" size="sm" mt={4} hidden={!intro}>
        {withAdmin
          ? 'A few details about your organisation and the first administrator. Everything here can be changed later.'
          : 'A few details about your organisation. Everything here can be changed later.'}
      </Text>
    </div>
  );
}

/**
 * The one-time setup of an empty Medley, at /setup. Built-in issuer: opened from the link in the
 * log (?token=…), it creates the organisation and the first administrator and signs them in. With
 * Keycloak: an administrator whose organisation Medley does not know yet lands here after sign-in.
 */
export function SetupPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const session = useSessionToken();
  const config = useAuthConfig();
  const oidc = config.data?.mode === 'oidc';
  const status = useSetupStatus(
    oidc ? null : token,
    oidc,
    config.isSuccess && (!oidc || session !== null),
  );
  const finish = useFinishSetup(oidc);
  const navigate = useNavigate();

  if (config.isPending) return <Loading fullScreen label="Loading…" />;
  if (config.isError) {
    return (
      <Frame>
        <ErrorState
          title="We could not reach Medley"
          error={config.error}
          onRetry={() => void config.refetch()}
          retrying={config.isFetching}
        />
      </Frame>
    );
  }
  if (oidc && !session) {
    return <Navigate to="/login" replace state={{ from: '/setup' }} />;
  }
  if (status.isPending) return <Loading fullScreen label="Checking whether Medley is set up…" />;
  if (status.isError) {
    return (
      <Frame>
        <ErrorState
          title="We could not check whether Medley is set up"
          error={status.error}
          onRetry={() => void status.refetch()}
          retrying={status.isFetching}
        />
      </Frame>
    );
  }

  const blocker = whyNot(status.data, token);
  if (blocker) {
    return (
      <Frame>
        <Stack gap="lg">
          <Heading withAdmin={!oidc} intro={false} />
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
            {blocker}
          </Alert>
          <Text size="sm">
            <Anchor component={Link} to={oidc ? '/' : '/login'}>
              {oidc ? 'Go to Medley' : 'Go to sign-in'}
            </Anchor>
          </Text>
        </Stack>
      </Frame>
    );
  }

  return (
    <Frame>
      <Stack gap="xl">
        <Heading withAdmin={!oidc} />
        <Box>
          <SetupForm
            withAdmin={!oidc}
            token={token}
            pending={finish.isPending}
            error={finish.error}
            onSubmit={(request) =>
              finish.mutate(request, {
                onSuccess: () => void navigate('/admin', { replace: true }),
              })
            }
          />
        </Box>
      </Stack>
    </Frame>
  );
}

/** Why this visitor cannot finish setup here, in words they can act on; null when they can. */
function whyNot(status: SetupStatus, token: string | null): string | null {
  if (status.issuer === 'OIDC') {
    if (status.tenantExists) return 'Medley is already set up for your organisation.';
    if (!status.mayFinish) {
      return 'Medley is not set up yet for your organisation. An administrator must sign in and finish setup first.';
    }
    return null;
  }
  if (!status.needed) return 'Medley is already set up. Sign in with your account.';
  if (!token) {
    return 'Open the setup link from Medley’s log: the line that starts with “Medley is not set up yet” holds it.';
  }
  if (status.link && status.link !== 'VALID') return LINK_PROBLEMS[status.link];
  return null;
}
