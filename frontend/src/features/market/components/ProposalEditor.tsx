import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { fieldErrors } from '@/lib/field-errors';
import { formatDate, formatDateTime } from '@/lib/time';
import { useDraftForm } from '@/lib/use-draft-form';
import { useProposalStep, useSaveProposal } from '../api/proposals';
import {
  PROPOSAL_STATUS_COLOR,
  PROPOSAL_STATUS_LABEL,
  TIERS,
  type Proposal,
  type ProposalInput,
  type StaffingRequest,
  type Tier,
} from '../types';
import { period } from '../utils/dates';
import { focusFirstError, isStale, money, shiftsText } from '../utils/marketplace';
import { PeopleEditor } from './PeopleEditor';
import {
  checkPeople,
  emptyPerson,
  isPeopleKey,
  peopleInput,
  personDraft,
  type PersonDraft,
} from '../utils/people';

type Values = {
  people: PersonDraft[];
  hourlyRate: number | string;
  tier: Tier;
  responseMinutes: number | string;
  resolutionHours: number | string;
  commitmentNotes: string;
  startsOn: string;
  notes: string;
};

/** The keys this form shows beside a field. */
const FIELD_KEYS = new Set([
  'hourlyRate',
  'tier',
  'commitments',
  'commitments.responseMinutes',
  'commitments.resolutionHours',
  'commitments.notes',
  'startsOn',
  'notes',
]);

function valuesOf(proposal: Proposal | null, request: StaffingRequest | null): Values {
  if (!proposal) {
    return {
      people: [
        {
          ...emptyPerson(),
          skills: (request?.applications ?? []).map((a) => ({
            applicationId: String(a.id),
            level: String(Math.max(request?.minimumLevel ?? 3, 1)),
          })),
        },
      ],
      hourlyRate: '',
      tier: 'L2',
      responseMinutes: 30,
      resolutionHours: 8,
      commitmentNotes: '',
      startsOn: request?.startsOn ?? '',
      notes: '',
    };
  }
  return {
    people: proposal.people.map(personDraft),
    hourlyRate: proposal.hourlyRate,
    tier: proposal.tier,
    responseMinutes: proposal.commitments.responseMinutes,
    resolutionHours: proposal.commitments.resolutionHours,
    commitmentNotes: proposal.commitments.notes ?? '',
    startsOn: proposal.startsOn,
    notes: proposal.notes ?? '',
  };
}

function check(values: Values): Record<string, string> {
  const errors = checkPeople(values.people, { emailRequired: true });
  const rate = Number(values.hourlyRate);
  if (values.hourlyRate === '' || !(rate > 0)) errors.hourlyRate = 'Give the hourly rate';
  if (values.responseMinutes === '' || !(Number(values.responseMinutes) > 0)) {
    errors['commitments.responseMinutes'] = 'Minutes to the first response';
  }
  if (values.resolutionHours === '' || !(Number(values.resolutionHours) > 0)) {
    errors['commitments.resolutionHours'] = 'Hours to resolution';
  }
  if (!values.startsOn) errors.startsOn = 'When your people can start';
  return errors;
}

function toInput(values: Values): ProposalInput {
  return {
    people: peopleInput(values.people).map((p) => ({ ...p, title: p.title ?? undefined })),
    hourlyRate: Number(values.hourlyRate),
    tier: values.tier,
    commitments: {
      responseMinutes: Number(values.responseMinutes),
      resolutionHours: Number(values.resolutionHours),
      ...(values.commitmentNotes.trim() ? { notes: values.commitmentNotes.trim() } : {}),
    },
    startsOn: values.startsOn,
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
  };
}

/**
 * A partner manager's answer to a staffing request: named people with their shifts and skills,
 * an hourly rate, a tier and SLA commitments. A draft is saved as often as wanted and changes
 * until submitted; a draft or a submitted proposal can be withdrawn. What the hospital decided
 * shows once it has.
 */
export function ProposalEditor({
  request,
  proposal,
  onReload,
}: {
  /** The request answered: its applications are what skills can name. Null if unreadable. */
  request: StaffingRequest | null;
  proposal: Proposal | null;
  /** Reads the proposal afresh after a 409. */
  onReload?: () => void;
}) {
  const [current, setCurrent] = useState<Proposal | null>(proposal);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useSaveProposal();
  const step = useProposalStep();
  const form = useDraftForm<Values>(valuesOf(proposal, request), check);
  const values = form.values;
  const editable = current === null || current.status === 'DRAFT';
  const failed = step.error ?? save.error;
  const server = failed ? fieldErrors(failed) : {};
  const errorAt = (key: string) => form.errors[key] ?? server[key];
  const general = Object.entries(server)
    .filter(([key]) => !FIELD_KEYS.has(key) && !isPeopleKey(key))
    .map(([, message]) => message)
    .join(' ');

  const applications = new Map<string, string>();
  for (const a of request?.applications ?? []) applications.set(String(a.id), a.name);
  for (const p of current?.people ?? []) {
    for (const s of p.skills) applications.set(String(s.applicationId), s.application);
  }

  const saveDraft = (then?: (saved: Proposal) => void) =>
    form.onSubmit((v) => {
      step.reset();
      const input = toInput(v);
      save.mutate(
        current === null
          ? {
              id: null,
              input: { staffingRequestId: request?.id ?? proposal?.staffingRequestId, ...input },
            }
          : { id: current.id, input: { ...input, version: current.version } },
        {
          onSuccess: (saved) => {
            setCurrent(saved);
            then?.(saved);
          },
        },
      );
    });

  const submit = saveDraft((saved) =>
    step.mutate(
      { id: saved.id, step: 'submit', version: saved.version },
      { onSuccess: setCurrent },
    ),
  );

  const withdraw = () => {
    if (!current) return;
    save.reset();
    step.mutate(
      { id: current.id, step: 'withdraw', version: current.version },
      { onSuccess: setCurrent },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        saveDraft()(event);
        focusFirstError(formRef.current);
      }}
    >
      <Stack gap="md">
        {request && (
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              Answering
            </Text>
            <Text fw={600}>{request.title}</Text>
            <Text size="sm">
              {request.applications.map((a) => a.name).join(', ')} · {request.peopleNeeded}{' '}
              {request.peopleNeeded === 1 ? 'person' : 'people'} at level {request.minimumLevel}+ ·{' '}
              {request.hoursPerWeek} h/week · {request.supportWindow} ·{' '}
              {period(request.startsOn, request.endsOn)}
            </Text>
          </Stack>
        )}
        {current && (
          <Group gap="xs">
            <Text size="sm">Status</Text>
            <Badge color={PROPOSAL_STATUS_COLOR[current.status]} variant="light" tt="none">
              {PROPOSAL_STATUS_LABEL[current.status]}
            </Badge>
            {current.submittedAt && (
              <Text size="sm" c="dimmed">
                submitted {formatDateTime(current.submittedAt)}
              </Text>
            )}
          </Group>
        )}
        {current?.decisionComment && (
          <Alert
            color={current.status === 'ACCEPTED' ? 'teal' : 'gray'}
            title={
              current.status === 'ACCEPTED'
                ? 'The hospital accepted this proposal'
                : 'The hospital’s decision'
            }
          >
            {current.decisionComment}
          </Alert>
        )}
        {failed && isStale(failed) ? (
          <Alert color="orange" title="This proposal changed since you read it">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">Reload it to see the latest; your unsaved changes will be lost.</Text>
              <Button
                size="xs"
                variant="white"
                onClick={() => {
                  save.reset();
                  step.reset();
                  onReload?.();
                }}
              >
                Reload
              </Button>
            </Stack>
          </Alert>
        ) : (
          general && (
            <Alert color="red" title="The proposal was not saved">
              {general}
            </Alert>
          )
        )}

        {!editable && current ? (
          <ProposalSummary proposal={current} />
        ) : (
          <>
            <Title order={3} size="h5">
              Named people
            </Title>
            <PeopleEditor
              people={values.people}
              onChange={(people) => form.setFieldValue('people', people)}
              errorAt={errorAt}
              applications={[...applications].map(([value, label]) => ({ value, label }))}
              withEmail
              emailRequired
            />

            <Divider />
            <Title order={3} size="h5">
              Terms
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NumberInput
                label="Hourly rate (USD)"
                min={0}
                decimalScale={2}
                prefix="$"
                clampBehavior="none"
                value={values.hourlyRate}
                onChange={(value) => form.setFieldValue('hourlyRate', value)}
                error={errorAt('hourlyRate')}
                required
              />
              <Select
                label="Tier"
                data={TIERS.map((t) => ({ value: t, label: t }))}
                value={values.tier}
                onChange={(value) => value && form.setFieldValue('tier', value)}
                allowDeselect={false}
                error={errorAt('tier')}
              />
              <NumberInput
                label="Response within (minutes)"
                min={1}
                clampBehavior="none"
                value={values.responseMinutes}
                onChange={(value) => form.setFieldValue('responseMinutes', value)}
                error={errorAt('commitments.responseMinutes') ?? errorAt('commitments')}
                required
              />
              <NumberInput
                label="Resolution within (hours)"
                min={1}
                clampBehavior="none"
                value={values.resolutionHours}
                onChange={(value) => form.setFieldValue('resolutionHours', value)}
                error={errorAt('commitments.resolutionHours')}
                required
              />
              <TextInput
                type="date"
                label="Start date"
                value={values.startsOn}
                onChange={(e) => form.setFieldValue('startsOn', e.currentTarget.value)}
                error={errorAt('startsOn')}
                required
              />
            </SimpleGrid>
            <Textarea
              label="Commitment notes"
              placeholder="e.g. P1 calls answered by phone around the clock"
              autosize
              minRows={2}
              value={values.commitmentNotes}
              onChange={(e) => form.setFieldValue('commitmentNotes', e.currentTarget.value)}
              error={errorAt('commitments.notes')}
              maxLength={1000}
            />
            <Textarea
              label="Notes for the hospital"
              autosize
              minRows={2}
              value={values.notes}
              onChange={(e) => form.setFieldValue('notes', e.currentTarget.value)}
              error={errorAt('notes')}
              maxLength={4000}
            />
            {values.hourlyRate !== '' && (
              <Text size="sm" c="dimmed">
                At {money(Number(values.hourlyRate))} an hour these people’s capacity comes to{' '}
                {money(
                  Number(values.hourlyRate) *
                    values.people.reduce((sum, p) => sum + (Number(p.capacityHours) || 0), 0),
                )}{' '}
                a week.
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end" gap="xs">
          {current && (current.status === 'DRAFT' || current.status === 'SUBMITTED') && (
            <Button
              variant="light"
              color="red"
              onClick={withdraw}
              loading={step.isPending && step.variables?.step === 'withdraw'}
            >
              Withdraw
            </Button>
          )}
          {editable && (
            <>
              <Button type="submit" variant="default" loading={save.isPending && !step.isPending}>
                Save draft
              </Button>
              <Button
                onClick={() => {
                  submit();
                  focusFirstError(formRef.current);
                }}
                loading={step.isPending && step.variables?.step === 'submit'}
              >
                Submit proposal
              </Button>
            </>
          )}
        </Group>
        {save.isSuccess && !step.isSuccess && current?.status === 'DRAFT' && (
          <Text size="sm" c="teal" role="status">
            Draft saved. The hospital sees it once you submit it.
          </Text>
        )}
        {step.isSuccess && current?.status === 'SUBMITTED' && (
          <Text size="sm" c="teal" role="status">
            Submitted: the hospital can now compare it and decide.
          </Text>
        )}
        {step.isSuccess && current?.status === 'WITHDRAWN' && (
          <Text size="sm" c="dimmed" role="status">
            Withdrawn.
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** A proposal past its draft, as sent: who, their shifts and skills, and the terms. */
function ProposalSummary({ proposal: p }: { proposal: Proposal }) {
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Named people
      </Title>
      {p.people.map((person, i) => (
        <Paper key={i} withBorder p="sm" radius="md">
          <Text fw={600} size="sm">
            {person.name}
            {person.title && (
              <Text span size="sm" fw={400} c="dimmed">
                {' '}
                · {person.title}
              </Text>
            )}
          </Text>
          {person.email && <Text size="sm">{person.email}</Text>}
          <Text size="sm">
            {person.skills.map((s) => `${s.application} level ${s.level}`).join(', ') ||
              'No skills named'}
          </Text>
          <Text size="xs" c="dimmed">
            {person.capacityHours} h/week · {person.zone} · {shiftsText(person.shifts)}
          </Text>
        </Paper>
      ))}
      <Table withRowBorders={false} verticalSpacing={4} fz="sm" aria-label="Proposal terms">
        <Table.Tbody>
          {(
            [
              ['Hourly rate', `${money(p.hourlyRate)} (${p.tier})`],
              [
                'Commitments',
                `Response within ${p.commitments.responseMinutes} min, resolution within ${p.commitments.resolutionHours} h${p.commitments.notes ? `. ${p.commitments.notes}` : ''}`,
              ],
              ['Start date', formatDate(p.startsOn)],
              ['Notes', p.notes ?? '—'],
            ] as const
          ).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={140} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {p.history && p.history.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            History
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {p.history.map((event, i) => (
              <Timeline.Item
                key={`${event.action}-${event.at}-${i}`}
                title={`${HISTORY_LABEL[event.action] ?? event.action} by ${event.actorName}`}
              >
                <Text size="xs" c="dimmed">
                  {formatDateTime(event.at)}
                </Text>
                {event.detail && <Text size="sm">{event.detail}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Stack>
  );
}

const HISTORY_LABEL: Record<string, string> = {
  CREATED: 'Drafted',
  CHANGED: 'Changed',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
};
