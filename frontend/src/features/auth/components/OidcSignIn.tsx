import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Loading } from '@/components/Loading';
import { beginOidcSignIn, completeOidcSignIn, isOidcCallback } from '../oidc/oidc';
import type { OidcConfig } from '../types';

interface OidcSignInProps {
  config: OidcConfig;
  /** Where the user was going when they were sent to sign in. */
  from: string | null;
  /** Called once the issuer's answer has been turned into a session. */
  onSignedIn: (from: string | null) => void;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/access_denied/i.test(message)) return 'The sign-in was cancelled.';
  return 'Your hospital sign-in did not complete. Try again; if it keeps failing, call the service desk.';
}

/** Sign-in through the hospital's identity provider (OIDC code flow + PKCE). */
export function OidcSignIn({ config, from, onSignedIn }: OidcSignInProps) {
  const [callback] = useState(() => isOidcCallback(window.location.search));
  const [completing, setCompleting] = useState(callback);
  const [redirecting, setRedirecting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!callback) return;
    let active = true;
    completeOidcSignIn(config).then(
      (state) => {
        if (active) onSignedIn(state.from ?? null);
      },
      (failure: unknown) => {
        if (!active) return;
        // Drop the spent code from the address bar so a reload does not replay it.
        window.history.replaceState(null, '', window.location.pathname);
        setCompleting(false);
        setError(failure);
      },
    );
    return () => {
      active = false;
    };
  }, [callback, config, onSignedIn]);

  if (completing) return <Loading label="Completing sign-in…" />;

  const signIn = () => {
    setError(null);
    setRedirecting(true);
    beginOidcSignIn(config, from ?? undefined).catch((failure: unknown) => {
      setRedirecting(false);
      setError(failure);
    });
  };

  return (
    <Stack gap="sm">
      {error !== null && (
        <Alert
          variant="light"
          color="red"
          title="Sign-in failed"
          icon={<IconAlertCircle aria-hidden />}
          role="alert"
        >
          {describe(error)}
        </Alert>
      )}
      <Button
        size="md"
        fullWidth
        leftSection={<IconShieldLock size={20} aria-hidden />}
        loading={redirecting}
        onClick={signIn}
      >
        Sign in with your hospital account
      </Button>
      <Text size="sm" c="dimmed">
        You will be sent to your hospital&apos;s sign-in page and brought back here.
      </Text>
    </Stack>
  );
}
