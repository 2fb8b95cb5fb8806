import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { isApiError } from '@/lib/api';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import type { Draft } from '../types';
import { refusalText, removedText } from '../utils/describe';

/** The vendor picker of the first escalation: another vendor than the application's reloads. */
export interface VendorChoice {
  vendors: readonly { id: number; name: string }[];
  value: number | null;
  onChange: (vendorId: number | null) => void;
}

/**
 * The case mail to a vendor as it would leave: where it goes, what Medley removed for privacy,
 * and the subject and body the agent may still edit. A draft with a `problem` cannot be sent.
 */
export function CaseMailDialog({
  title,
  intro,
  draft,
  vendorChoice,
  submitLabel,
  pending,
  error,
  onSend,
  onClose,
}: {
  title: string;
  intro?: ReactNode;
  draft: UseQueryResult<Draft>;
  vendorChoice?: VendorChoice;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSend: (mail: { vendorId: number; subject: string; body: string }) => void;
  onClose: () => void;
}) {
  const noVendor =
    draft.isError && isApiError(draft.error) && draft.error.status === 422 && vendorChoice;
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <Stack gap="sm">
        {intro}
        {vendorChoice && (
          <Select
            label="Vendor"
            description="The vendor of the ticket's application, unless you choose another"
            placeholder="Choose the vendor"
            data={vendorChoice.vendors.map((v) => ({ value: String(v.id), label: v.name }))}
            value={
              vendorChoice.value !== null
                ? String(vendorChoice.value)
                : draft.data
                  ? String(draft.data.vendorId)
                  : null
            }
            onChange={(value) => vendorChoice.onChange(value === null ? null : Number(value))}
            searchable
            allowDeselect={false}
            nothingFoundMessage="No such vendor: an administrator adds vendors under Admin → Vendors"
          />
        )}
        {draft.isPending ? (
          <Loading label="Preparing the case mail…" />
        ) : noVendor ? (
          <Alert color="yellow" variant="light" role="alert" title="Which vendor?">
            {fieldErrors(draft.error).vendorId ??
              "This ticket's application names no vendor. Choose the vendor above."}
          </Alert>
        ) : draft.isError ? (
          <ErrorState
            title="We could not prepare the case mail"
            error={draft.error}
            onRetry={() => void draft.refetch()}
            retrying={draft.isFetching}
          />
        ) : (
          <DraftEditor
            key={`${draft.data.vendorId}:${draft.dataUpdatedAt}`}
            draft={draft.data}
            submitLabel={submitLabel}
            pending={pending}
            error={error}
            onSend={onSend}
            onClose={onClose}
          />
        )}
        {!draft.isSuccess && (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}

function DraftEditor({
  draft,
  submitLabel,
  pending,
  error,
  onSend,
  onClose,
}: {
  draft: Draft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSend: (mail: { vendorId: number; subject: string; body: string }) => void;
  onClose: () => void;
}) {
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [tried, setTried] = useState(false);
  const errors = fieldErrors(error);
  const refusal = refusalText(errors, ['subject', 'body']);
  const removed = removedText(draft.removed);
  const missing = (value: string, what: string) =>
    tried && value.trim() === '' ? `Write a ${what}` : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (subject.trim() === '' || body.trim() === '' || draft.problem) return;
    onSend({ vendorId: draft.vendorId, subject: subject.trim(), body });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Case mail">
      <Stack gap="sm">
        <Text size="sm">
          <Text span fw={600}>
            To:{' '}
          </Text>
          {draft.to ?? 'nowhere yet'}
          {draft.channel === 'CONNECTOR' && ' (their service desk)'}
          {draft.channel === 'EMAIL' && ' (e-mail)'}
        </Text>
        {draft.problem && (
          <Alert color="red" variant="light" role="alert" title="This cannot be sent yet">
            {draft.problem}
          </Alert>
        )}
        {draft.filtered && removed && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconShieldLock size={18} aria-hidden />}
            title={`No business associate agreement with ${draft.vendorName}`}
          >
            Medley removed {removed} from this draft, and filters what you add the same way when it
            is sent.
          </Alert>
        )}
        {draft.filtered && !removed && (
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconShieldLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="dimmed">
              No business associate agreement with {draft.vendorName}: Medley removes patient
              identifiers from what is sent (there are none in this draft).
            </Text>
          </Group>
        )}
        <TextInput
          label="Subject"
          required
          maxLength={300}
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={missing(subject, 'subject') ?? errorOf(errors, 'subject')}
        />
        <Textarea
          label="Body"
          description="Edit it as you would an e-mail: the vendor reads exactly this."
          required
          autosize
          minRows={8}
          maxRows={12}
          maxLength={20_000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={missing(body, 'body') ?? errorOf(errors, 'body')}
        />
        {refusal && (
          <Alert color="red" variant="light" role="alert" title="Not sent">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="orange" loading={pending} disabled={draft.problem !== null}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
