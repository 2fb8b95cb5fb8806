import { ActionIcon, Badge, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import type { Connector, HubState, HubSubscription } from '../types';

/** A value the admin copies into the partner's desk, with its label and a copy button. */
function Copyable({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code
          block
          aria-labelledby={id}
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }}
        >
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`} withArrow>
              <ActionIcon
                variant="light"
                size="lg"
                onClick={copy}
                aria-label={copied ? `${label} copied` : `Copy ${label.toLowerCase()}`}
              >
                {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

const HUB_STATES: Record<HubState, { label: string; color: string }> = {
  SUBSCRIBING: { label: 'Registering', color: 'yellow' },
  SUBSCRIBED: { label: 'Registered', color: 'green' },
  UNSUBSCRIBING: { label: 'Removing', color: 'yellow' },
  UNSUBSCRIBED: { label: 'Not registered', color: 'gray' },
  FAILED: { label: 'Refused by the hub', color: 'red' },
};

/** Medley's listener at the partner's TMF621 hub, registered and removed by Medley itself. */
function HubListener({ hub }: { hub: HubSubscription | null }) {
  if (!hub) {
    return (
      <Text size="sm" c="dimmed">
        Hub listener: none. Medley registers its webhook at the partner&apos;s TMF621 hub when the
        connector is saved (unless its setting <Code>hubSubscription</Code> is <Code>false</Code>).
      </Text>
    );
  }
  const state = HUB_STATES[hub.state];
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          Hub listener
        </Text>
        <Badge color={state.color} variant="light" miw="max-content">
          {state.label}
        </Badge>
      </Group>
      {hub.hubUrl && (
        <Text size="xs" c="dimmed">
          At <Code>{hub.hubUrl}</Code>
          {hub.hubId ? (
            <>
              {' '}
              as <Code>{hub.hubId}</Code>
            </>
          ) : null}
        </Text>
      )}
      {hub.lastError && (
        <Text size="xs" c="red" role="status">
          {hub.lastError}
        </Text>
      )}
    </Stack>
  );
}

/**
 * How the desk calls Medley, to copy into the desk's webhook, business rule or OAuth2 client:
 * the webhook URL (HMAC-signed calls), the token URL with the client id and secret (bearer
 * calls, for desks that cannot sign), and for a TMF621 desk the listener Medley registered at
 * the partner's hub.
 */
export function WebhookAddress({
  connector,
  hub,
}: {
  connector: Connector;
  /** The hub listener, when the caller has the connector's status (undefined: not shown). */
  hub?: HubSubscription | null;
}) {
  return (
    <Stack gap="sm">
      <Copyable label="Webhook URL" value={connector.webhookUrl} />
      <Text size="xs" c="dimmed">
        The desk POSTs its changes here and signs each body with the webhook secret: header{' '}
        <Code>X-Medley-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</Code>. A desk that
        cannot sign sends <Code>Authorization: Bearer &lt;token&gt;</Code> instead, with a token
        from the token URL below.
      </Text>
      <Copyable label="OAuth2 token URL" value={connector.webhookTokenUrl} />
      <Copyable label="Client ID" value={connector.webhookClientId} />
      <Text size="xs" c="dimmed">
        Client secret: the webhook secret
        {connector.webhookSecretSet ? ' (set; never shown again)' : ' — not set yet'}. Client
        credentials grant (<Code>grant_type=client_credentials</Code>, HTTP Basic or form fields);
        tokens last five minutes and open this connector&apos;s webhook only.
      </Text>
      {connector.kind === 'TMF621' && hub !== undefined && <HubListener hub={hub} />}
    </Stack>
  );
}
