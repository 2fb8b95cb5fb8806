import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  List,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLinkOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/Loading';
import { Logo } from '@/components/Logo';
import { ErrorState } from '@/components/ErrorState';
import { isApiError } from '@/lib/api';
import { fieldErrors } from '@/lib/field-errors';
import { useLinkHolder, useSetPassword } from '../api/password-links';
import { tokenFromLocation } from '../utils/drafts';

/** A link that no longer works: expired, used, or not a link at all. */
function LinkGone({ detail }: { detail?: string }) {
  return (
    <Stack gap="md" role="alert">
      <Group gap="sm" wrap="nowrap">
        <IconLinkOff aria-hidden size={28} />
        <Title order={1} size="h2">
          This link no longer works
        </Title>
      </Group>
      <Text>
        {detail
          ? `${detail.charAt(0).toUpperCase()}${detail.slice(1)}.`
          : 'Set-password links work once and for a limited time.'}
      </Text>
      <Text c="dimmed" size="sm">
        Your administrator can send you a new link from Medley&apos;s Users page. If you have
        already set your password, you can sign in.
      </Text>
      <Anchor component={Link} to="/login">
        Go to sign-in
      </Anchor>
    </Stack>
  );
}

function goneDetail(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  return fieldErrors(error).token ?? error.detail;
}

/**
 * Where an invited person (or one whose password an admin reset) chooses a password. Anonymous;
 * the rules are said before typing, a refusal appears next to the field, and afterwards the
 * person signs in with their e-mail address.
 */
export function SetPasswordPage() {
  const [token] = useState(() => tokenFromLocation(window.location.hash, window.location.search));
  const holder = useLinkHolder(token);
  const setPassword = useSetPassword();
  const navigate = useNavigate();
  const [password, setPasswordValue] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const min = holder.data?.minLength ?? 12;
    if ([...password].length < min) {
      setLocalError(`At least ${min} characters; a short sentence works well`);
      return;
    }
    setLocalError(null);
    setPassword.mutate(
      { token, password },
      {
        onSuccess: (done) =>
          void navigate('/login', {
            replace: true,
            state: { username: done.email ?? done.username, passwordSet: true },
          }),
      },
    );
  };

  const refused = setPassword.isError ? fieldErrors(setPassword.error) : {};
  const gone = isApiError(setPassword.error) && setPassword.error.status === 410;

  let body;
  if (token === '') {
    body = (
      <LinkGone detail="this address is missing its link code; open the link from your e-mail or administrator again" />
    );
  } else if (holder.isPending) {
    body = <Loading label="Checking your link…" />;
  } else if (holder.isError && isApiError(holder.error) && holder.error.status === 410) {
    body = <LinkGone detail={goneDetail(holder.error)} />;
  } else if (holder.isError) {
    body = (
      <ErrorState
        title="We could not check your link"
        error={holder.error}
        onRetry={() => void holder.refetch()}
        retrying={holder.isFetching}
      />
    );
  } else if (gone) {
    body = <LinkGone detail={goneDetail(setPassword.error)} />;
  } else {
    const who = holder.data;
    const invitation = who.purpose === 'INVITATION';
    const fieldError = localError ?? refused.password;
    body = (
      <form onSubmit={submit} noValidate aria-labelledby="set-password-title">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2" id="set-password-title">
              {invitation ? 'Welcome to Medley' : 'Choose a new password'}
            </Title>
            <Text c="dimmed" size="sm">
              {who.displayName}
              {who.email ? ` · ${who.email}` : ''} · {who.organizationName}
            </Text>
          </div>
          <Box>
            <Text size="sm" fw={600} id="password-rules">
              Your password
            </Text>
            <List size="sm" spacing={2} mt={4}>
              <List.Item>
                at least {who.minLength} characters — a few unrelated words work well;
              </List.Item>
              <List.Item>no need for digits, capitals or symbols;</List.Item>
              <List.Item>
                not a common password, and not built from your name, e-mail or organisation.
              </List.Item>
            </List>
          </Box>
          {setPassword.isError && !refused.password && (
            <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
              {refused[''] ?? 'Your password could not be saved. Please try again.'}
            </Alert>
          )}
          <PasswordInput
            label={invitation ? 'Choose a password' : 'New password'}
            autoComplete="new-password"
            value={password}
            onChange={(event) => {
              setPasswordValue(event.currentTarget.value);
              setLocalError(null);
            }}
            error={
              fieldError ? `${fieldError.charAt(0).toUpperCase()}${fieldError.slice(1)}` : undefined
            }
            aria-describedby="password-rules"
            withAsterisk
            autoFocus
          />
          <Button type="submit" size="md" fullWidth loading={setPassword.isPending}>
            Set password
          </Button>
          <Text size="xs" c="dimmed">
            This link works once, until {new Date(who.expiresAt).toLocaleString()}. Afterwards you
            sign in with your e-mail address and this password.
          </Text>
        </Stack>
      </form>
    );
  }

  return (
    <Box bg="var(--mantine-color-gray-0)" mih="100vh">
      <Center mih="100vh" p="md">
        <Stack gap="xl" w="100%" maw={460} component="main">
          <Group gap="sm" justify="center">
            <Logo size={40} />
            <Text fw={700} size="xl" lh={1.1}>
              Medley
            </Text>
          </Group>
          <Paper withBorder radius="md" p="xl" shadow="sm">
            {body}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
