import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import type { LinkSent } from '../types';

/**
 * What became of a set-password link: mailed to the person, or shown once here for the admin to
 * pass on (Medley keeps only its hash, so it cannot be shown again).
 */
export function OneTimeLink({ sent, name }: { sent: LinkSent; name: string }) {
  const until = new Date(sent.expiresAt).toLocaleString();
  if (sent.emailed || !sent.link) {
    return (
      <Alert color="green" variant="light" icon={<IconMailForward aria-hidden />} role="status">
        An e-mail with a set-password link is on its way to {name}. The link works once, until{' '}
        {until}.
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">
        Medley does not send e-mail on this installation. Copy this link and give it to {name}{' '}
        yourself (in person, by phone or through your own mail). It works once, until {until}, and
        cannot be shown again.
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }}
          data-testid="one-time-link"
        >
          {sent.link}
        </Code>
        <CopyButton value={sent.link}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow>
              <ActionIcon
                variant="light"
                size="lg"
                onClick={copy}
                aria-label={copied ? 'Link copied' : 'Copy link'}
              >
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
