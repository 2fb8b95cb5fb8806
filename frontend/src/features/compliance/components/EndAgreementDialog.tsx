import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { describeError } from '@/lib/errors';
import { useEndAgreement } from '../api/agreements';
import type { Agreement } from '../types';
import { errorFor, fieldErrorsOf, otherErrors, plainMessage } from '../utils/problems';
import { formatDate } from '@/lib/time';
import { today } from '../utils/time';

interface EndAgreementDialogProps {
  agreement: Agreement | null;
  onClose: () => void;
}

/** Asks for the agreement's last day and what ending it means before ending it. */
export function EndAgreementDialog({ agreement, onClose }: EndAgreementDialogProps) {
  return (
    <Modal
      opened={agreement !== null}
      onClose={onClose}
      title={<Text fw={650}>End business associate agreement</Text>}
      size="md"
      closeButtonProps={{ 'aria-label': 'Keep the agreement' }}
    >
      {agreement && <EndAgreementForm agreement={agreement} onClose={onClose} />}
    </Modal>
  );
}

function EndAgreementForm({ agreement, onClose }: { agreement: Agreement; onClose: () => void }) {
  const end = useEndAgreement();
  const [until, setUntil] = useState(today());
  const server = fieldErrorsOf(end.error);
  const unplaced = otherErrors(server, ['effectiveUntil']);
  const local =
    until === ''
      ? 'Enter the last day the agreement is in force.'
      : until < agreement.effectiveFrom
        ? `The last day cannot be before the first day (${formatDate(agreement.effectiveFrom)}).`
        : undefined;
  const [checked, setChecked] = useState(false);
  const failure = end.isError ? describeError(end.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (local) return;
    end.mutate({ id: agreement.id, effectiveUntil: until }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <strong>{agreement.partnerName}</strong> · {agreement.reference}
        </Text>
        <TextInput
          type="date"
          label="Last day in force"
          value={until}
          onChange={(event) => setUntil(event.currentTarget.value)}
          error={(checked ? local : undefined) ?? errorFor(server, 'effectiveUntil')}
          required
          data-autofocus
        />
        <Alert color="orange" variant="light">
          {until
            ? `From the day after ${formatDate(until)}, agents of ${agreement.partnerName} read tickets with patient details masked.`
            : `Once it ends, agents of ${agreement.partnerName} read tickets with patient details masked.`}{' '}
          The agreement stays in the history; this cannot be undone, only followed by a new
          agreement.
        </Alert>
        {failure && (server.length === 0 || unplaced.length > 0) && (
          <Alert color="red" variant="light" title={failure.title} role="alert">
            {unplaced.length > 0
              ? unplaced.map((e) => plainMessage(e.message)).join('; ')
              : failure.detail}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
          <Button type="submit" color="red" loading={end.isPending}>
            End agreement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
