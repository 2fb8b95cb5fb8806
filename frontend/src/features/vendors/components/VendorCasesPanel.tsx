import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconRotateClockwise, IconX } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { describeError } from '@/lib/errors';
import { fieldErrors } from '@/lib/field-errors';
import { ago, formatDateTime } from '@/lib/time';
import { useSetCaseNumber, useTicketVendorCases } from '../api/vendor-cases';
import type { VendorCase } from '../types';
import { refusalText } from '../utils/describe';
import { CloseCaseDialog, ReEscalateDialog } from './CaseDialogs';

/**
 * The ticket's cases with vendors, newest first: where each stands, whether the mail left and
 * when the vendor last answered. Nothing shows while the ticket has none. `canAct`: agents close,
 * re-escalate and enter the vendor's case number.
 */
export function VendorCasesPanel({ ticketId, canAct }: { ticketId: number; canAct: boolean }) {
  const cases = useTicketVendorCases(ticketId);
  const [closing, setClosing] = useState<VendorCase | null>(null);
  const [resending, setResending] = useState<VendorCase | null>(null);
  const items = cases.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="vendor-cases-title">
      <Title order={2} size="h5" mb="sm" id="vendor-cases-title">
        Vendor cases
      </Title>
      <Stack gap="sm">
        {items.map((vendorCase) => (
          <CaseCard
            key={vendorCase.id}
            vendorCase={vendorCase}
            canAct={canAct}
            onClose={() => setClosing(vendorCase)}
            onResend={() => setResending(vendorCase)}
          />
        ))}
      </Stack>
      {closing && <CloseCaseDialog vendorCase={closing} onClose={() => setClosing(null)} />}
      {resending && <ReEscalateDialog vendorCase={resending} onClose={() => setResending(null)} />}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function CaseCard({
  vendorCase: c,
  canAct,
  onClose,
  onResend,
}: {
  vendorCase: VendorCase;
  canAct: boolean;
  onClose: () => void;
  onResend: () => void;
}) {
  const open = c.status === 'OPEN';
  return (
    <Paper withBorder p="sm" radius="sm" aria-label={`Case with ${c.vendorName}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Group gap="xs">
          <Text fw={700}>{c.vendorName}</Text>
          <Badge color={open ? 'orange' : 'gray'} variant="light">
            {open ? 'Open' : 'Closed'}
          </Badge>
        </Group>
        {canAct && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconRotateClockwise size={14} aria-hidden />}
              onClick={onResend}
            >
              Re-escalate…
            </Button>
            {open && (
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={onClose}
              >
                Close case…
              </Button>
            )}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <Fact label="Their case number">
          <CaseNumber vendorCase={c} canEdit={canAct} />
        </Fact>
        <Fact label="Opened">
          <span title={formatDateTime(c.openedAt)}>
            {ago(c.openedAt)} by {c.openedBy}
          </span>
        </Fact>
        <Fact label="Escalations">{c.escalations}</Fact>
        <Fact label="Delivery">
          <Delivery vendorCase={c} />
        </Fact>
        <Fact label="Last vendor reply">
          {c.lastReplyAt ? (
            <span title={formatDateTime(c.lastReplyAt)}>{ago(c.lastReplyAt)}</span>
          ) : (
            <Text span c="dimmed" size="sm">
              No reply yet
            </Text>
          )}
        </Fact>
        {!open && c.closedAt && (
          <Fact label="Case closed">
            {ago(c.closedAt)}
            {c.closedBy ? ` by ${c.closedBy}` : ''}
          </Fact>
        )}
      </SimpleGrid>
      {!open && c.closeNote && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600} size="sm">
            Closing note:{' '}
          </Text>
          {c.closeNote}
        </Text>
      )}
    </Paper>
  );
}

/** Whether the case mail left: QUEUED also while Medley has no outgoing mail configured. */
function Delivery({ vendorCase: c }: { vendorCase: VendorCase }) {
  if (c.delivery === 'SENT') {
    return <>Sent {c.lastSentAt ? formatDateTime(c.lastSentAt) : ''}</>;
  }
  return (
    <Stack gap={2}>
      <Badge color={c.delivery === 'FAILED' ? 'red' : 'yellow'} variant="light">
        {c.delivery === 'FAILED' ? 'Not delivered' : 'Waiting to send'}
      </Badge>
      {c.deliveryError && (
        <Text size="xs" c={c.delivery === 'FAILED' ? 'red' : 'dimmed'}>
          {c.deliveryError}
        </Text>
      )}
    </Stack>
  );
}

/** The vendor's own case number, entered by the agent; it becomes the ticket's reference. */
function CaseNumber({ vendorCase, canEdit }: { vendorCase: VendorCase; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(vendorCase.caseNumber ?? '');
  const save = useSetCaseNumber(vendorCase);
  const errors = fieldErrors(save.error);
  const error = save.error
    ? (errors.caseNumber ?? refusalText(errors, []) ?? describeError(save.error).title)
    : undefined;
  if (!editing) {
    return (
      <Group gap={4} wrap="nowrap">
        {vendorCase.caseNumber ? (
          <Text ff="monospace" size="sm">
            {vendorCase.caseNumber}
          </Text>
        ) : (
          <Text c="dimmed" size="sm">
            Not given yet
          </Text>
        )}
        {canEdit && (
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconPencil size={12} aria-hidden />}
            aria-label={`${vendorCase.caseNumber ? 'Change' : 'Enter'} ${vendorCase.vendorName}'s case number`}
            onClick={() => {
              save.reset();
              setValue(vendorCase.caseNumber ?? '');
              setEditing(true);
            }}
          >
            {vendorCase.caseNumber ? 'Change' : 'Enter'}
          </Button>
        )}
      </Group>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() === '') return;
    save.mutate(value.trim(), { onSuccess: () => setEditing(false) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Case number">
      <Stack gap={4}>
        <TextInput
          size="xs"
          aria-label={`${vendorCase.vendorName}'s case number`}
          placeholder="e.g. 0123456"
          maxLength={100}
          data-autofocus
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={error}
        />
        <Group gap={4}>
          <Button size="compact-xs" type="submit" loading={save.isPending}>
            Save
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
