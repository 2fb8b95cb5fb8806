import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { describeError } from '@/lib/errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useRecordAgreement } from '../api/agreements';
import type { Agreement, PartnerAgreements } from '../types';
import { errorFor, fieldErrorsOf, otherErrors, plainMessage } from '../utils/problems';

const FIELDS = ['partnerId', 'reference', 'effectiveFrom', 'effectiveUntil'] as const;

interface RecordAgreementFormProps {
  partners: readonly PartnerAgreements[];
  initialPartnerId?: number | null;
  onCancel: () => void;
  onRecorded: (agreement: Agreement) => void;
}

type Draft = {
  partnerId: string | null;
  reference: string;
  effectiveFrom: string;
  effectiveUntil: string;
};

/** Checks a person can be told about before asking the server; the server decides the rest. */
function localErrors(draft: Draft): Partial<Record<(typeof FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof FIELDS)[number], string>> = {};
  if (!draft.partnerId) errors.partnerId = 'Choose the partner the agreement is with.';
  if (!draft.reference.trim())
    errors.reference = 'Enter the contract reference, e.g. BAA-2026-014.';
  if (!draft.effectiveFrom) errors.effectiveFrom = 'Enter the first day the agreement is in force.';
  if (draft.effectiveFrom && draft.effectiveUntil && draft.effectiveUntil < draft.effectiveFrom) {
    errors.effectiveUntil = 'The last day cannot be before the first day.';
  }
  return errors;
}

/** Records a signed business associate agreement with a partner (administrators). */
export function RecordAgreementForm({
  partners,
  initialPartnerId = null,
  onCancel,
  onRecorded,
}: RecordAgreementFormProps) {
  const record = useRecordAgreement();
  const form = useDraftForm<Draft>(
    {
      partnerId: initialPartnerId === null ? null : String(initialPartnerId),
      reference: '',
      effectiveFrom: '',
      effectiveUntil: '',
    },
    localErrors,
  );
  const draft = form.values;
  const server = fieldErrorsOf(record.error);
  const unplaced = otherErrors(server, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => form.errors[field] ?? errorFor(server, field);
  const change = form.setFieldValue;

  const submit = form.onSubmit((draft) =>
    record.mutate(
      {
        partnerId: Number(draft.partnerId),
        reference: draft.reference.trim(),
        effectiveFrom: draft.effectiveFrom,
        ...(draft.effectiveUntil ? { effectiveUntil: draft.effectiveUntil } : {}),
      },
      { onSuccess: onRecorded },
    ),
  );

  const failure = record.isError ? describeError(record.error) : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Record a business associate agreement">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Record an agreement once it is signed by both sides. From its first day, the
          partner&apos;s agents see PHI on the tickets their groups hold.
        </Text>
        {failure && (server.length === 0 || unplaced.length > 0) && (
          <Alert color="red" variant="light" title={failure.title} role="alert">
            {unplaced.length > 0
              ? unplaced.map((e) => plainMessage(e.message)).join('; ')
              : failure.detail}
          </Alert>
        )}
        <Select
          label="Partner"
          placeholder="Choose a partner"
          data={partners.map((partner) => ({ value: String(partner.id), label: partner.name }))}
          value={draft.partnerId}
          onChange={(value) => change('partnerId', value)}
          error={errorOf('partnerId')}
          searchable
          required
        />
        <TextInput
          label="Agreement reference"
          description="The contract's number or title, as your legal team files it"
          placeholder="BAA-2026-014"
          value={draft.reference}
          onChange={(event) => change('reference', event.currentTarget.value)}
          error={errorOf('reference')}
          required
          maxLength={120}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label="In force from"
            description="First day"
            value={draft.effectiveFrom}
            onChange={(event) => change('effectiveFrom', event.currentTarget.value)}
            error={errorOf('effectiveFrom')}
            required
          />
          <TextInput
            type="date"
            label="In force until"
            description="Last day; leave empty if open-ended"
            value={draft.effectiveUntil}
            onChange={(event) => change('effectiveUntil', event.currentTarget.value)}
            error={errorOf('effectiveUntil')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record agreement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
