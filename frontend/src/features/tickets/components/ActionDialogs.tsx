import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '@/lib/errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useGroupMembers } from '../api/get-group-members';
import { useSupportGroups } from '../api/get-support-groups';
import {
  PENDING_REASONS,
  RESOLUTION_CODES,
  TIERS,
  type PendingReason,
  type ResolutionCode,
  type TicketView,
} from '../types';
import { fieldErrorsOf } from '@/lib/field-errors';
import { errorFor, isStale } from '../utils/errors';
import {
  IMPACT_CHOICES,
  PENDING_LABEL,
  RESOLUTION_LABEL,
  TIER_LABEL,
  URGENCY_CHOICES,
  priorityOf,
} from '../utils/plain-language';

interface ActionModalProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  children: ReactNode;
  color?: string;
}

/** A dialog with one form and one action; errors other than a stale version show inside. */
function ActionModal({
  title,
  opened,
  onClose,
  onSubmit,
  submitLabel,
  pending,
  error,
  children,
  color,
}: ActionModalProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const fieldErrors = fieldErrorsOf(error);
  const described = describeError(error);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          {children}
          {error && !isStale(error) && fieldErrors.every((e) => e.field === null) ? (
            <Alert color="red" variant="light" role="alert" title={described.title}>
              {fieldErrors.map((e) => e.message).join('; ') || described.detail}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} color={color}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

interface DialogProps<T> {
  ticket: TicketView;
  opened: boolean;
  onClose: () => void;
  onSubmit: (value: T) => void;
  pending: boolean;
  error: unknown;
}

export function AssignDialog({
  ticket,
  ...props
}: DialogProps<{ groupId: number; assigneeId: number | null }>) {
  const groups = useSupportGroups();
  const form = useDraftForm<{ groupId: number | null; assigneeId: number | null }>(
    { groupId: ticket.groupId, assigneeId: ticket.assigneeId },
    ({ groupId }) => ({ groupId: groupId === null ? 'Choose a group' : null }),
  );
  const { groupId, assigneeId } = form.values;
  const members = useGroupMembers(groupId);
  const errors = fieldErrorsOf(props.error);
  return (
    <ActionModal
      title={`Assign ${ticket.number}`}
      submitLabel="Assign"
      {...props}
      onSubmit={form.onSubmit(
        (values) =>
          values.groupId !== null && props.onSubmit({ ...values, groupId: values.groupId }),
      )}
    >
      <Select
        label="Support group"
        data={(groups.data ?? []).map((group) => ({
          value: String(group.id),
          label: `${group.name} · ${TIER_LABEL[group.tier]}${group.partner ? ' · partner' : ''}`,
        }))}
        value={groupId === null ? null : String(groupId)}
        onChange={(id) => form.setValues({ groupId: id ? Number(id) : null, assigneeId: null })}
        searchable
        required
        error={form.errors.groupId ?? errorFor(errors, 'groupId')}
      />
      <Select
        label="Person"
        description="Sorted by how many open tickets each person holds. Leave empty for the group's queue."
        placeholder={groupId === null ? 'Choose a group first' : 'Nobody (group queue)'}
        disabled={groupId === null}
        data={[...(members.data ?? [])]
          .sort((a, b) => a.openTickets - b.openTickets)
          .map((member) => ({
            value: String(member.staffId),
            label: `${member.name} · ${member.openTickets} open`,
          }))}
        value={assigneeId === null ? null : String(assigneeId)}
        onChange={(id) => form.setFieldValue('assigneeId', id ? Number(id) : null)}
        searchable
        clearable
        nothingFoundMessage={members.isPending ? 'Loading…' : 'Nobody in this group'}
        error={errorFor(errors, 'assigneeId')}
      />
    </ActionModal>
  );
}

/**
 * Impact and urgency as the desk judges them, with the reason the audit keeps. The priority follows
 * the ITIL matrix (shown before saving); the SLA timers re-target on the server.
 */
export function PriorityDialog({
  ticket,
  ...props
}: DialogProps<{ impact: number; urgency: number; reason: string }>) {
  const unchangedFrom = ({ impact, urgency }: { impact: string; urgency: string }) =>
    Number(impact) === ticket.impact && Number(urgency) === ticket.urgency;
  const form = useDraftForm(
    { impact: String(ticket.impact), urgency: String(ticket.urgency), reason: '' },
    (values) => ({
      reason: unchangedFrom(values)
        ? 'Choose a different impact or urgency'
        : !values.reason.trim()
          ? 'Say why the priority changes'
          : null,
    }),
  );
  const { impact, urgency } = form.values;
  const errors = fieldErrorsOf(props.error);
  const next = priorityOf(Number(impact), Number(urgency));
  const option = (choice: { value: number; label: string; description: string }) => (
    <Radio
      key={choice.value}
      value={String(choice.value)}
      label={`${choice.value} · ${choice.label}`}
      description={choice.description}
    />
  );
  return (
    <ActionModal
      title={`Change the priority of ${ticket.number}`}
      submitLabel={next === ticket.priority ? 'Save' : `Change to ${next}`}
      {...props}
      onSubmit={form.onSubmit((values) =>
        props.onSubmit({
          impact: Number(values.impact),
          urgency: Number(values.urgency),
          reason: values.reason.trim(),
        }),
      )}
    >
      <Group grow align="flex-start">
        <Radio.Group
          label="Impact"
          description="How widely it reaches"
          value={impact}
          onChange={(value) => form.setFieldValue('impact', value)}
          error={errorFor(errors, 'impact')}
        >
          <Stack gap="xs" mt="xs">
            {[...IMPACT_CHOICES].reverse().map(option)}
          </Stack>
        </Radio.Group>
        <Radio.Group
          label="Urgency"
          description="How soon it hurts care or work"
          value={urgency}
          onChange={(value) => form.setFieldValue('urgency', value)}
          error={errorFor(errors, 'urgency')}
        >
          <Stack gap="xs" mt="xs">
            {[...URGENCY_CHOICES].reverse().map(option)}
          </Stack>
        </Radio.Group>
      </Group>
      <Text size="sm" aria-live="polite" data-testid="priority-preview">
        Priority <strong>{ticket.priority}</strong>
        {next === ticket.priority ? (
          ' stays the same'
        ) : (
          <>
            {' '}
            becomes <strong>{next}</strong>: the SLA deadlines move to {next}&apos;s targets, with
            the business time already run carried over.
          </>
        )}
      </Text>
      <Textarea
        label="Why does the priority change?"
        description="Kept in the ticket's history with the old and new values."
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
        required
        error={form.errors.reason ?? errorFor(errors, 'reason')}
      />
    </ActionModal>
  );
}

export function EscalateDialog({
  ticket,
  ...props
}: DialogProps<{ reason: string; groupId: number | null }>) {
  const groups = useSupportGroups();
  const form = useDraftForm<{ reason: string; groupId: number | null }>(
    { reason: '', groupId: null },
    ({ reason }) => ({ reason: !reason.trim() ? 'Say why it needs the next tier' : null }),
  );
  const errors = fieldErrorsOf(props.error);
  const nextTier = TIERS[TIERS.indexOf(ticket.tier) + 1];
  const candidates = (groups.data ?? []).filter((group) => group.tier === nextTier);
  return (
    <ActionModal
      title={`Escalate ${ticket.number}`}
      submitLabel={nextTier ? `Escalate to ${nextTier}` : 'Escalate'}
      color="orange"
      {...props}
      onSubmit={form.onSubmit(({ reason, groupId }) =>
        props.onSubmit({ reason: reason.trim(), groupId }),
      )}
    >
      <Text size="sm">
        From <strong>{TIER_LABEL[ticket.tier]}</strong> to{' '}
        <strong>{nextTier ? TIER_LABEL[nextTier] : 'nowhere higher'}</strong>. The ticket leaves
        your queue and goes unassigned to the group below.
      </Text>
      <Textarea
        label="Why does it need the next tier?"
        description="What you checked and what you found — the next analyst starts from this."
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
        required
        error={form.errors.reason ?? errorFor(errors, 'reason')}
        data-autofocus
      />
      <Select
        label="Group"
        description="Leave empty to let routing choose the group for this application"
        placeholder="Routing decides"
        data={candidates.map((group) => ({
          value: String(group.id),
          label: `${group.name}${group.partner ? ' · partner' : ''}`,
        }))}
        value={form.values.groupId === null ? null : String(form.values.groupId)}
        onChange={(id) => form.setFieldValue('groupId', id ? Number(id) : null)}
        clearable
        searchable
        error={errorFor(errors, 'groupId')}
      />
    </ActionModal>
  );
}

export function PendDialog({ ticket, ...props }: DialogProps<{ reason: PendingReason }>) {
  const form = useDraftForm<{ reason: PendingReason | null }>({ reason: null }, ({ reason }) => ({
    reason: !reason ? 'Choose what it waits for' : null,
  }));
  return (
    <ActionModal
      title={`Put ${ticket.number} on hold`}
      submitLabel="Put on hold"
      color="yellow"
      {...props}
      onSubmit={form.onSubmit(({ reason }) => reason && props.onSubmit({ reason }))}
    >
      <Radio.Group
        label="What is the ticket waiting for?"
        description="Waiting for the requester, a vendor, a partner or a change pauses the SLA clock."
        value={form.values.reason}
        onChange={(value) => form.setFieldValue('reason', value)}
        error={form.errors.reason ?? errorFor(fieldErrorsOf(props.error), 'reason')}
        required
      >
        <Stack gap="xs" mt="xs">
          {PENDING_REASONS.map((value) => (
            <Radio key={value} value={value} label={PENDING_LABEL[value]} />
          ))}
        </Stack>
      </Radio.Group>
    </ActionModal>
  );
}

export function ResolveDialog({
  ticket,
  ...props
}: DialogProps<{ resolutionCode: ResolutionCode; resolution: string }>) {
  const form = useDraftForm<{ code: ResolutionCode | null; resolution: string }>(
    { code: ticket.type === 'SERVICE_REQUEST' ? 'REQUEST_FULFILLED' : null, resolution: '' },
    ({ code, resolution }) => ({
      code: !code ? 'Choose how it was resolved' : null,
      resolution: !resolution.trim() ? 'Describe the resolution for the requester' : null,
    }),
  );
  const errors = fieldErrorsOf(props.error);
  return (
    <ActionModal
      title={`Resolve ${ticket.number}`}
      submitLabel="Resolve"
      color="teal"
      {...props}
      onSubmit={form.onSubmit(
        ({ code, resolution }) =>
          code && props.onSubmit({ resolutionCode: code, resolution: resolution.trim() }),
      )}
    >
      <Select
        label="How was it resolved?"
        data={RESOLUTION_CODES.map((value) => ({ value, label: RESOLUTION_LABEL[value] }))}
        value={form.values.code}
        onChange={(value) => form.setFieldValue('code', value)}
        required
        error={form.errors.code ?? errorFor(errors, 'resolutionCode')}
      />
      <Textarea
        label="What was done"
        description="The requester reads this and confirms the fix, so write it in plain words."
        autosize
        minRows={3}
        {...form.getInputProps('resolution')}
        required
        error={form.errors.resolution ?? errorFor(errors, 'resolution')}
      />
    </ActionModal>
  );
}

/** Reopen, cancel, or "still not working": one reason, one action. */
export function ReasonDialog({
  title,
  label,
  description,
  submitLabel,
  color,
  ...props
}: Omit<DialogProps<string>, 'ticket'> & {
  title: string;
  label: string;
  description?: string;
  submitLabel: string;
  color?: string;
}) {
  const form = useDraftForm({ reason: '' }, ({ reason }) => ({
    reason: !reason.trim() ? 'Please give a reason' : null,
  }));
  return (
    <ActionModal
      title={title}
      submitLabel={submitLabel}
      color={color}
      {...props}
      onSubmit={form.onSubmit(({ reason }) => props.onSubmit(reason.trim()))}
    >
      <Textarea
        label={label}
        description={description}
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
        required
        error={form.errors.reason ?? errorFor(fieldErrorsOf(props.error), 'reason')}
        data-autofocus
      />
    </ActionModal>
  );
}
