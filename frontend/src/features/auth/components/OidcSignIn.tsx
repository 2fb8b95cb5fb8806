import { Button, Stack, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';

/**
 * Sign-in through the hospital's identity provider (OIDC code flow + PKCE). Placeholder: the
 * flow itself lands with the identity work.
 */
export function OidcSignIn() {
  return (
    <Stack gap="sm">
      <Button
        size="md"
        fullWidth
        leftSection={<IconShieldLock size={20} aria-hidden />}
        disabled
        aria-describedby="oidc-pending"
      >
        Sign in with your hospital account
      </Button>
      <Text id="oidc-pending" size="sm" c="dimmed">
        Single sign-on through your hospital&apos;s identity provider lands with the identity work
        (issue #6). Until then this Medley cannot sign you in; ask your administrator.
      </Text>
    </Stack>
  );
}
