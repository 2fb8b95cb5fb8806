import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useSaveConnector } from '../api/connectors';
import { AUTH_LABELS, DELIVERY_SETTINGS, KINDS, kindInfo, type SettingField } from '../kinds';
import type { AuthInput, AuthType, Connector, DeskKind } from '../types';
import { TestConnection } from './TestConnection';
import { WebhookAddress } from './WebhookAddress';

interface Values {
  kind: DeskKind;
  name: string;
  baseUrl: string;
  authType: AuthType;
  token: string;
  username: string;
  password: string;
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  settings: Record<string, string>;
  webhookSecret: string;
  removeWebhookSecret: boolean;
}

function initial(connector: Connector | null): Values {
  const kind = connector?.kind ?? 'REQUEST_TRACKER';
  return {
    kind,
    name: connector?.name ?? '',
    baseUrl: connector?.baseUrl ?? '',
    authType: connector?.auth.type ?? kindInfo(kind).auths[0] ?? 'TOKEN',
    token: '',
    username: connector?.auth.username ?? '',
    password: '',
    clientId: connector?.auth.clientId ?? '',
    clientSecret: '',
    tokenUrl: connector?.auth.tokenUrl ?? '',
    settings: { ...(connector?.settings ?? {}) },
    webhookSecret: '',
    removeWebhookSecret: false,
  };
}

/** Only the fields the sign-in type uses; a blank secret is left out, so the stored one stays. */
function authOf(v: Values): AuthInput {
  const secret = (value: string) => (value.trim() === '' ? undefined : value);
  switch (v.authType) {
    case 'TOKEN':
      return { type: 'TOKEN', token: secret(v.token) };
    case 'BASIC':
      return { type: 'BASIC', username: v.username.trim(), password: secret(v.password) };
    case 'OAUTH2_CLIENT':
      return {
        type: 'OAUTH2_CLIENT',
        tokenUrl: v.tokenUrl.trim(),
        clientId: v.clientId.trim(),
        clientSecret: secret(v.clientSecret),
      };
    default:
      return { type: 'NONE' };
  }
}

/** Settings without the empty ones: an empty field means "the protocol's default". */
function settingsOf(settings: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(settings)
      .map(([key, value]) => [key, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
}

/**
 * Adds a connector (no `connector`) or changes one, sending the version it read. Secrets are
 * write-only: a stored one shows as set, and a blank field keeps it.
 */
export function ConnectorForm({
  connector,
  onDone,
}: {
  connector: Connector | null;
  onDone: () => void;
}) {
  const save = useSaveConnector();
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial(connector) });
  const v = form.values;
  const info = kindInfo(v.kind);
  const errors = fieldErrors(save.error);
  const general = [errors[''], errors.version].filter(Boolean).join(' ');
  const sameAuth = connector !== null && connector.auth.type === v.authType;
  const secretHint = (what: string) =>
    sameAuth && connector.auth.secretSet
      ? `A ${what} is stored. Leave blank to keep it.`
      : undefined;

  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        id: connector?.id ?? null,
        input: {
          kind: values.kind,
          name: values.name.trim(),
          baseUrl: kindInfo(values.kind).mailbox ? undefined : values.baseUrl.trim(),
          auth: authOf(values),
          settings: settingsOf(values.settings),
          statusMap: connector?.statusMap,
          webhookSecret: values.removeWebhookSecret
            ? ''
            : values.webhookSecret.trim() === ''
              ? undefined
              : values.webhookSecret,
          version: connector?.version,
        },
      },
      { onSuccess: onDone },
    ),
  );

  const setting = (field: SettingField) =>
    field.options ? (
      <Select
        key={field.key}
        label={field.label}
        description={field.description}
        data={field.options.map((o) => ({ value: o.value, label: o.label }))}
        value={v.settings[field.key] ?? field.options[0]?.value ?? null}
        onChange={(value) =>
          form.setFieldValue('settings', { ...v.settings, [field.key]: value ?? '' })
        }
        allowDeselect={false}
        error={errorOf(errors, `settings.${field.key}`)}
      />
    ) : (
      <TextInput
        key={field.key}
        label={field.label}
        description={field.description}
        placeholder={field.placeholder}
        maxLength={500}
        value={v.settings[field.key] ?? ''}
        onChange={(event) =>
          form.setFieldValue('settings', { ...v.settings, [field.key]: event.currentTarget.value })
        }
        error={errorOf(errors, `settings.${field.key}`)}
      />
    );
  const mailbox = info.mailbox === true;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {general && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {general}
          </Alert>
        )}
        <Select
          label="Desk"
          description={
            connector ? 'A connector keeps its protocol; add another for a new desk' : info.hint
          }
          data={KINDS.map((k) => ({ value: k.value, label: k.label }))}
          value={v.kind}
          onChange={(value) => {
            if (!value) return;
            const kind = value;
            const chosen = kindInfo(kind);
            // A mailbox's closed lists start at their first option, so what is shown is what is sent.
            const defaults = Object.fromEntries(
              chosen.settings.flatMap((f) => (f.options?.[0] ? [[f.key, f.options[0].value]] : [])),
            );
            form.setValues({
              kind,
              authType: chosen.auths[0] ?? 'NONE',
              settings: { ...defaults, ...v.settings },
            });
          }}
          allowDeselect={false}
          disabled={connector !== null}
          required
          error={errorOf(errors, 'kind')}
        />
        <TextInput
          label="Name"
          description="How agents see the desk, e.g. Northwind RT"
          maxLength={120}
          required
          {...form.getInputProps('name')}
          error={errorOf(errors, 'name')}
        />
        {connector && (
          <Text size="xs" c="dimmed" mt={-8}>
            Ticket ids in this desk are recorded as <b>{connector.refSystem}</b> references; that
            does not change when you rename the connector.
          </Text>
        )}
        {!mailbox && (
          <TextInput
            label="Base URL"
            description="The desk's address, e.g. https://rt.northwind.example"
            placeholder="https://"
            maxLength={500}
            required
            {...form.getInputProps('baseUrl')}
            error={errorOf(errors, 'baseUrl')}
          />
        )}
        <Fieldset legend="Sign-in">
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Sign-in type"
              data={info.auths.map((type) => ({ value: type, label: AUTH_LABELS[type] }))}
              value={v.authType}
              onChange={(value) => form.setFieldValue('authType', value)}
            />
            {errorOf(errors, 'auth.type') && (
              <Text size="sm" c="red">
                {errorOf(errors, 'auth.type')}
              </Text>
            )}
            {v.authType === 'TOKEN' && (
              <PasswordInput
                label="API token"
                description={secretHint('token')}
                autoComplete="new-password"
                required={!secretHint('token')}
                {...form.getInputProps('token')}
                error={errorOf(errors, 'auth.token')}
              />
            )}
            {v.authType === 'BASIC' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={mailbox ? 'Mailbox user' : 'User'}
                  description={
                    v.kind === 'JIRA_SM'
                      ? "The account's e-mail"
                      : mailbox
                        ? 'Often the mailbox’s address'
                        : undefined
                  }
                  autoComplete="off"
                  required
                  {...form.getInputProps('username')}
                  error={errorOf(errors, 'auth.username')}
                />
                <PasswordInput
                  label={v.kind === 'JIRA_SM' ? 'API token' : 'Password'}
                  description={secretHint('password')}
                  autoComplete="new-password"
                  required={!secretHint('password')}
                  {...form.getInputProps('password')}
                  error={errorOf(errors, 'auth.password')}
                />
              </SimpleGrid>
            )}
            {v.authType === 'OAUTH2_CLIENT' && (
              <>
                <TextInput
                  label="Token URL"
                  description="The desk's OAuth 2.0 token endpoint (client credentials grant)"
                  placeholder="https://"
                  required
                  {...form.getInputProps('tokenUrl')}
                  error={errorOf(errors, 'auth.tokenUrl')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label="Client id"
                    autoComplete="off"
                    required
                    {...form.getInputProps('clientId')}
                    error={errorOf(errors, 'auth.clientId')}
                  />
                  <PasswordInput
                    label="Client secret"
                    description={secretHint('client secret')}
                    autoComplete="new-password"
                    required={!secretHint('client secret')}
                    {...form.getInputProps('clientSecret')}
                    error={errorOf(errors, 'auth.clientSecret')}
                  />
                </SimpleGrid>
              </>
            )}
            {v.authType === 'NONE' && (
              <Text size="sm" c="dimmed">
                Medley calls the desk without credentials (a desk behind a private network only).
              </Text>
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={`${info.label} settings`}>
          <Stack gap="sm">{info.settings.map(setting)}</Stack>
        </Fieldset>
        {mailbox && (
          <Text size="sm" c="dimmed">
            Replies from Medley (notices, polite refusals) are sent through the outgoing mail server
            configured with MEDLEY_MAIL_*; use this mailbox’s address as MEDLEY_MAIL_FROM so that
            replies to notices come back here.
          </Text>
        )}
        {!mailbox && (
          <>
            <Fieldset legend="Delivery">
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  Leave empty for the defaults. Updates the desk refuses, or that still fail after
                  the last attempt, wait as dead letters until an admin re-drives or discards them.
                </Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>{DELIVERY_SETTINGS.map(setting)}</SimpleGrid>
              </Stack>
            </Fieldset>
            <Fieldset legend="Calls from the desk">
              <Stack gap="sm">
                <PasswordInput
                  label="Webhook secret"
                  description={
                    connector?.webhookSecretSet
                      ? 'A secret is stored. Leave blank to keep it.'
                      : 'Shared with the desk, which signs each call to Medley with it (or uses it as its OAuth2 client secret)'
                  }
                  autoComplete="new-password"
                  disabled={v.removeWebhookSecret}
                  {...form.getInputProps('webhookSecret')}
                  error={errorOf(errors, 'webhookSecret')}
                />
                {connector?.webhookSecretSet && (
                  <Checkbox
                    label="Remove the stored webhook secret"
                    {...form.getInputProps('removeWebhookSecret', { type: 'checkbox' })}
                  />
                )}
                {connector ? (
                  <WebhookAddress connector={connector} />
                ) : (
                  <Text size="sm" c="dimmed">
                    The address the desk calls is shown once the connector is saved.
                  </Text>
                )}
              </Stack>
            </Fieldset>
          </>
        )}
        {connector && <TestConnection connector={connector} />}
        {save.isError && !general && Object.keys(errors).length === 0 && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {describeError(save.error).detail ?? describeError(save.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {connector ? 'Save changes' : 'Add connector'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
