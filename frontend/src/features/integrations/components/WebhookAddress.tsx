import { ActionIcon, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** Where the desk calls Medley, to copy into the desk's webhook or business rule. */
export function WebhookAddress({ url }: { url: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="webhook-url-label">
        Webhook URL
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          aria-labelledby="webhook-url-label"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }}
        >
          {url}
        </Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : 'Copy webhook URL'} withArrow>
              <ActionIcon
                variant="light"
                size="lg"
                onClick={copy}
                aria-label={copied ? 'Webhook URL copied' : 'Copy webhook URL'}
              >
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Text size="xs" c="dimmed">
        The desk POSTs its changes here and signs each body with the webhook secret: header{' '}
        <Code>X-Medley-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</Code>.
      </Text>
    </Stack>
  );
}
