import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useCloseCase, useReEscalate, useReEscalationDraft } from '../api/vendor-cases';
import type { VendorCase } from '../types';
import { refusalText } from '../utils/describe';
import { CaseMailDialog } from './CaseMailDialog';

/** Sends the case again in its thread; a closed case opens again. */
export function ReEscalateDialog({
  vendorCase,
  onClose,
}: {
  vendorCase: VendorCase;
  onClose: () => void;
}) {
  const draft = useReEscalationDraft(vendorCase.id);
  const send = useReEscalate(vendorCase);
  return (
    <CaseMailDialog
      title={`Re-escalate to ${vendorCase.vendorName}`}
      intro={
        <Text size="sm">
          Sent {vendorCase.escalations === 1 ? 'once' : `${vendorCase.escalations} times`} so far.
          This mail goes in the same thread
          {vendorCase.caseNumber ? ` (case ${vendorCase.caseNumber})` : ''}
          {vendorCase.status === 'CLOSED' ? ', opens the case again' : ''} and puts the ticket back
          to waiting for the vendor.
        </Text>
      }
      draft={draft}
      submitLabel="Send again"
      pending={send.isPending}
      error={send.error}
      onSend={({ subject, body }) => send.mutate({ subject, body }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}

/** Closes the case with a note; the ticket keeps its status until the agent resumes it. */
export function CloseCaseDialog({
  vendorCase,
  onClose,
}: {
  vendorCase: VendorCase;
  onClose: () => void;
}) {
  const close = useCloseCase(vendorCase);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const errors = fieldErrors(close.error);
  const refusal = refusalText(errors, ['note']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (note.trim() === '') return;
    close.mutate(note.trim(), { onSuccess: onClose });
  };
  const name = vendorCase.caseNumber
    ? `${vendorCase.vendorName} case ${vendorCase.caseNumber}`
    : `the case with ${vendorCase.vendorName}`;
  return (
    <Modal opened onClose={onClose} title={`Close ${name}`} size="lg">
      <form onSubmit={submit} noValidate aria-label="Close case">
        <Stack gap="sm">
          <Text size="sm">
            The ticket keeps its status: resume work on it when you are ready. Re-escalating later
            opens the case again.
          </Text>
          <Textarea
            label="Why is the case closed?"
            description="What the vendor did or said; kept on the case and in the ticket's history."
            autosize
            minRows={3}
            maxLength={2_000}
            required
            data-autofocus
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={
              (tried && note.trim() === '' ? 'Write a note' : undefined) ?? errorOf(errors, 'note')
            }
          />
          {refusal && (
            <Alert color="red" variant="light" role="alert" title="Not closed">
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={close.isPending}>
              Close case
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
