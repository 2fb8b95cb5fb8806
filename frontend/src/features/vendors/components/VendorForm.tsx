import {
  ActionIcon,
  Alert,
  Button,
  Code,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { isApiError } from '@/lib/api';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useSaveVendor } from '../api/vendors';
import { TEMPLATE_PLACEHOLDERS, type Vendor, type VendorChannel } from '../types';
import { previewPattern } from '../utils/describe';

const MAX_CONTACTS = 20;

interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  role: string;
}

interface Values extends Record<string, unknown> {
  channel: VendorChannel | null;
  caseEmail: string;
  connectorId: string | null;
  casePattern: string;
  sample: string;
  subjectTemplate: string;
  bodyTemplate: string;
  contacts: ContactDraft[];
}

const PLACEHOLDER_HINTS: Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string> = {
  number: 'ticket number',
  title: 'ticket title',
  description: 'what the requester wrote',
  application: 'application',
  priority: 'priority',
  hospital: 'your hospital',
  vendor: 'vendor name',
  agent: 'the agent sending',
  caseNumber: "the vendor's case number",
};

function initial(vendor: Vendor): Values {
  return {
    channel: vendor.channel,
    caseEmail: vendor.caseEmail ?? '',
    connectorId: vendor.connectorId === null ? null : String(vendor.connectorId),
    casePattern: vendor.casePattern ?? '',
    sample: '',
    subjectTemplate: vendor.subjectTemplate,
    bodyTemplate: vendor.bodyTemplate,
    contacts: vendor.contacts.map((c) => ({
      name: c.name,
      email: c.email ?? '',
      phone: c.phone ?? '',
      role: c.role ?? '',
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * A vendor's case channel, case-number pattern, templates and contacts. Administrators change
 * them, sending the version read; everyone else sees the same form, read-only.
 */
export function VendorForm({
  vendor,
  readOnly,
  connectors,
  onDone,
}: {
  vendor: Vendor;
  readOnly: boolean;
  connectors: readonly { id: number; name: string }[];
  onDone: () => void;
}) {
  const save = useSaveVendor(vendor.id);
  const form = useDraftForm<Values>(initial(vendor), (v) => ({
    caseEmail:
      v.channel === 'EMAIL' && v.caseEmail.trim() === ''
        ? 'Enter the address the vendor takes cases at'
        : null,
    connectorId:
      v.channel === 'CONNECTOR' && v.connectorId === null ? 'Choose the vendor’s desk' : null,
  }));
  const v = form.values;
  const errors = fieldErrors(save.error);
  const stale = isApiError(save.error) && save.error.status === 409;
  const named = new Set([
    'channel',
    'caseEmail',
    'connectorId',
    'casePattern',
    'subjectTemplate',
    'bodyTemplate',
  ]);
  const general = Object.entries(errors)
    .filter(([field]) => !named.has(field) && !field.startsWith('contacts['))
    .map(([, message]) => message)
    .join(' ');
  const contactsError = errors.contacts;
  const preview = previewPattern(v.casePattern, v.sample);
  const desks = connectors.map((c) => ({ value: String(c.id), label: c.name }));
  if (v.connectorId !== null && !desks.some((d) => d.value === v.connectorId)) {
    desks.push({ value: v.connectorId, label: `Connector #${v.connectorId}` });
  }

  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        channel: values.channel,
        caseEmail: values.channel === 'EMAIL' ? orNull(values.caseEmail) : null,
        connectorId:
          values.channel === 'CONNECTOR' && values.connectorId !== null
            ? Number(values.connectorId)
            : null,
        casePattern: orNull(values.casePattern),
        subjectTemplate: values.subjectTemplate,
        bodyTemplate: values.bodyTemplate,
        contacts: values.contacts.map((c) => ({
          name: c.name.trim(),
          email: orNull(c.email),
          phone: orNull(c.phone),
          role: orNull(c.role),
        })),
        version: vendor.version,
      },
      { onSuccess: onDone },
    ),
  );

  const setContact = (index: number, field: keyof ContactDraft, value: string) =>
    form.setFieldValue(
      'contacts',
      v.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)),
    );

  return (
    <form onSubmit={submit} noValidate aria-label={`Vendor ${vendor.name}`}>
      <Stack gap="md">
        {readOnly && (
          <Alert color="blue" variant="light">
            Only administrators change how cases reach {vendor.name}.
          </Alert>
        )}
        {stale ? (
          <Alert color="orange" variant="light" role="alert" title="Someone changed this vendor">
            Your changes were not saved because someone else changed {vendor.name} after you opened
            it. Close this panel and open the vendor again to see their change.
          </Alert>
        ) : (
          general && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {general}
            </Alert>
          )
        )}
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            <Radio.Group
              label="How cases reach the vendor"
              description={
                v.channel === null
                  ? 'Not set up yet: agents cannot escalate to this vendor until you choose.'
                  : undefined
              }
              value={v.channel ?? ''}
              onChange={(value) => form.setFieldValue('channel', value as VendorChannel)}
              error={errors.channel}
            >
              <Group gap="lg" mt="xs">
                <Radio value="EMAIL" label="E-mail to their support" />
                <Radio value="CONNECTOR" label="Their service desk, through a connector" />
              </Group>
            </Radio.Group>
            {v.channel === 'EMAIL' && (
              <TextInput
                label="Case e-mail"
                description="Where Medley sends new cases, e.g. support@epic.example"
                type="email"
                maxLength={254}
                required
                {...form.getInputProps('caseEmail')}
                error={form.errors.caseEmail ?? errors.caseEmail}
              />
            )}
            {v.channel === 'CONNECTOR' && (
              <Select
                label="Connector"
                description="The vendor's desk as set up under Admin → Integrations"
                placeholder={desks.length === 0 ? 'No connector set up yet' : 'Choose'}
                data={desks}
                value={v.connectorId}
                onChange={(value) => form.setFieldValue('connectorId', value)}
                searchable
                required
                nothingFoundMessage="No such connector"
                error={form.errors.connectorId ?? errors.connectorId}
              />
            )}
            <Fieldset legend="Their case number">
              <Stack gap="xs">
                <TextInput
                  label="Case-number pattern"
                  description="A regular expression that finds the vendor's case number in the subject or text of their replies; its first group if it has one, else the whole match. For example: Case #(\d{6,})"
                  maxLength={200}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  {...form.getInputProps('casePattern')}
                  error={errors.casePattern}
                />
                <TextInput
                  label="Try it on a sample subject"
                  placeholder="RE: Case #0123456 [Medley INC-000042] Login fails"
                  {...form.getInputProps('sample')}
                  disabled={v.casePattern.trim() === ''}
                />
                {v.casePattern.trim() !== '' && v.sample !== '' && (
                  <Text size="sm" aria-live="polite" data-testid="pattern-preview">
                    {preview.kind === 'found' ? (
                      <>
                        Finds case number <Code>{preview.caseNumber}</Code>
                      </>
                    ) : preview.kind === 'none' ? (
                      'Finds no case number in this subject.'
                    ) : preview.kind === 'invalid' ? (
                      <Text span c="red" size="sm">
                        Not a regular expression: {preview.message}
                      </Text>
                    ) : null}
                    <Text span c="dimmed" size="xs" display="block">
                      A preview with your browser&apos;s regular expressions; Medley checks the
                      pattern when you save.
                    </Text>
                  </Text>
                )}
              </Stack>
            </Fieldset>
            <Fieldset legend="The case mail">
              <Stack gap="xs">
                <TextInput
                  label="Subject template"
                  maxLength={300}
                  required
                  {...form.getInputProps('subjectTemplate')}
                  error={errors.subjectTemplate}
                />
                <Textarea
                  label="Body template"
                  autosize
                  minRows={6}
                  maxRows={16}
                  maxLength={20_000}
                  required
                  {...form.getInputProps('bodyTemplate')}
                  error={errors.bodyTemplate}
                />
                <Text size="xs" c="dimmed" component="div" data-testid="placeholders">
                  Placeholders Medley fills in:{' '}
                  {TEMPLATE_PLACEHOLDERS.map((name, i) => (
                    <span key={name}>
                      {i > 0 && ', '}
                      <Code>{`{{${name}}}`}</Code> {PLACEHOLDER_HINTS[name]}
                    </span>
                  ))}
                  . Without a business associate agreement, Medley removes patient identifiers
                  before the mail leaves.
                </Text>
              </Stack>
            </Fieldset>
            <Fieldset legend="Contacts">
              <Stack gap="sm">
                {v.contacts.length === 0 && (
                  <Text size="sm" c="dimmed">
                    Nobody listed. Add the people the desk calls about cases: account manager,
                    support line, escalation manager.
                  </Text>
                )}
                {v.contacts.map((contact, index) => (
                  <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                    <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs" flex={1}>
                      <TextInput
                        label="Name"
                        aria-label={`Contact ${index + 1}: name`}
                        required
                        maxLength={120}
                        value={contact.name}
                        onChange={(e) => setContact(index, 'name', e.currentTarget.value)}
                        error={errorOf(errors, `contacts[${index}].name`)}
                      />
                      <TextInput
                        label="E-mail"
                        aria-label={`Contact ${index + 1}: e-mail`}
                        type="email"
                        maxLength={254}
                        value={contact.email}
                        onChange={(e) => setContact(index, 'email', e.currentTarget.value)}
                        error={errorOf(errors, `contacts[${index}].email`)}
                      />
                      <TextInput
                        label="Phone"
                        aria-label={`Contact ${index + 1}: phone`}
                        type="tel"
                        maxLength={40}
                        value={contact.phone}
                        onChange={(e) => setContact(index, 'phone', e.currentTarget.value)}
                        error={errorOf(errors, `contacts[${index}].phone`)}
                      />
                      <TextInput
                        label="Role"
                        aria-label={`Contact ${index + 1}: role`}
                        placeholder="e.g. Account manager"
                        maxLength={120}
                        value={contact.role}
                        onChange={(e) => setContact(index, 'role', e.currentTarget.value)}
                        error={errorOf(errors, `contacts[${index}].role`)}
                      />
                    </SimpleGrid>
                    {!readOnly && (
                      <Tooltip label="Remove">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mt={26}
                          onClick={() =>
                            form.setFieldValue(
                              'contacts',
                              v.contacts.filter((_, i) => i !== index),
                            )
                          }
                          aria-label={`Remove contact ${index + 1}${contact.name ? ` (${contact.name})` : ''}`}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                ))}
                {contactsError && (
                  <Text size="sm" c="red">
                    {contactsError}
                  </Text>
                )}
                {!readOnly && (
                  <Group>
                    <Button
                      variant="light"
                      size="xs"
                      leftSection={<IconPlus size={14} aria-hidden />}
                      disabled={v.contacts.length >= MAX_CONTACTS}
                      onClick={() =>
                        form.setFieldValue('contacts', [
                          ...v.contacts,
                          { name: '', email: '', phone: '', role: '' },
                        ])
                      }
                    >
                      Add contact
                    </Button>
                    {v.contacts.length >= MAX_CONTACTS && (
                      <Text size="xs" c="dimmed">
                        At most {MAX_CONTACTS} contacts.
                      </Text>
                    )}
                  </Group>
                )}
              </Stack>
            </Fieldset>
          </Stack>
        </fieldset>
        {readOnly ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Close
            </Button>
          </Group>
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save vendor
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
