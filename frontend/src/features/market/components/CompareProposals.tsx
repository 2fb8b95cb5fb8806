import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowRight } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { fieldErrors } from '@/lib/field-errors';
import { formatDate } from '@/lib/time';
import { useDecideProposal } from '../api/proposals';
import { useComparison } from '../api/staffing-requests';
import {
  PROPOSAL_STATUS_COLOR,
  PROPOSAL_STATUS_LABEL,
  type ComparedProposal,
  type CoverageStatus,
  type Proposal,
  type StatusCounts,
} from '../types';
import { isStale, money, percent, shiftsText } from '../utils/marketplace';

const COVERAGE_LABEL: Record<CoverageStatus, string> = {
  GOOD: 'Good',
  RISK: 'At risk',
  GAP: 'Gap',
};

function counts(c: StatusCounts): string {
  return `${c.good} good · ${c.risk} at risk · ${c.gap} gaps`;
}

/**
 * The submitted proposals for a request side by side: who, at what rate and cost, with which
 * commitments, and what each would do to the coverage matrix (the what-if of adding its people).
 * IT leaders and administrators accept one or decline, always with a comment.
 */
export function CompareProposals({
  requestId,
  opened,
  onClose,
  canDecide,
}: {
  requestId: number;
  opened: boolean;
  onClose: () => void;
  canDecide: boolean;
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>Compare proposals</Text>}
      size="100%"
      fullScreen={phone}
    >
      {opened && <Comparison requestId={requestId} canDecide={canDecide} />}
    </Modal>
  );
}

type Decision = { proposal: ComparedProposal; decision: 'accept' | 'decline' };

function Comparison({ requestId, canDecide }: { requestId: number; canDecide: boolean }) {
  const comparison = useComparison(requestId);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [decided, setDecided] = useState<Proposal | null>(null);
  if (comparison.isPending) return <Loading label="Comparing the proposals…" />;
  if (comparison.isError) {
    return (
      <ErrorState
        title="We could not compare the proposals"
        error={comparison.error}
        onRetry={() => void comparison.refetch()}
        retrying={comparison.isFetching}
      />
    );
  }
  const { request, proposals } = comparison.data;
  const awarded = request.status === 'AWARDED' || proposals.some((p) => p.status === 'ACCEPTED');
  const open = !awarded && request.status !== 'CANCELLED';

  const row = (label: string, cell: (p: ComparedProposal) => ReactNode) => (
    <Table.Tr key={label}>
      <Table.Th scope="row" w={170} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      {proposals.map((p) => (
        <Table.Td key={p.id} style={{ verticalAlign: 'top' }}>
          {cell(p)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text fw={600}>{request.title}</Text>
        <Text size="sm" c="dimmed">
          {request.applications.map((a) => a.name).join(', ')} · {request.peopleNeeded} at level{' '}
          {request.minimumLevel}+ · {request.hoursPerWeek} h/week · {request.supportWindow}
        </Text>
      </Stack>
      {decided && (
        <Alert
          color={decided.status === 'ACCEPTED' ? 'teal' : 'gray'}
          title={
            decided.status === 'ACCEPTED'
              ? `Accepted the proposal of ${decided.partner.name}`
              : `Declined the proposal of ${decided.partner.name}`
          }
          role="status"
        >
          {decided.status === 'ACCEPTED' ? (
            <Text size="sm">
              The engagement is recorded and its people join the coverage matrix from{' '}
              {formatDate(decided.startsOn)}.{' '}
              <Anchor component={Link} to="/marketplace?tab=engagements" size="sm">
                See the engagements
              </Anchor>
            </Text>
          ) : (
            <Text size="sm">The partner sees your comment.</Text>
          )}
        </Alert>
      )}
      {proposals.length === 0 ? (
        <Text c="dimmed">
          No proposals submitted yet. Partners’ drafts stay theirs until they submit them.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={170 + proposals.length * 260}>
          <Table verticalSpacing="sm" withColumnBorders aria-label="Proposals side by side" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                {proposals.map((p) => (
                  <Table.Th key={p.id} scope="col">
                    <Stack gap={4}>
                      <Text fw={650}>{p.partner.name}</Text>
                      <Badge
                        color={PROPOSAL_STATUS_COLOR[p.status]}
                        variant="light"
                        tt="none"
                        style={{ overflow: 'visible' }}
                      >
                        {PROPOSAL_STATUS_LABEL[p.status]}
                      </Badge>
                    </Stack>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {row('People', (p) => (
                <Stack gap={6}>
                  {p.people.map((person, i) => (
                    <div key={i}>
                      <Text size="sm" fw={600}>
                        {person.name}
                        {person.title && (
                          <Text span size="sm" fw={400} c="dimmed">
                            {' '}
                            · {person.title}
                          </Text>
                        )}
                      </Text>
                      <Text size="xs">
                        {person.skills.map((s) => `${s.application} ${s.level}`).join(', ')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {person.capacityHours} h/week · {shiftsText(person.shifts)}
                      </Text>
                    </div>
                  ))}
                </Stack>
              ))}
              {row('Hourly rate', (p) => money(p.hourlyRate))}
              {row('Weekly cost', (p) => (
                <Text size="sm" fw={600}>
                  {money(p.weeklyCost)}
                </Text>
              ))}
              {row('Tier', (p) => p.tier)}
              {row(
                'Commitments',
                (p) =>
                  `Response ${p.commitments.responseMinutes} min · resolution ${p.commitments.resolutionHours} h${
                    p.commitments.notes ? ` · ${p.commitments.notes}` : ''
                  }`,
              )}
              {row('Start date', (p) => formatDate(p.startsOn))}
              {row('Notes', (p) => p.notes ?? '—')}
              {row('Coverage matrix', (p) => (
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    Before: {counts(p.whatIf.before)}
                  </Text>
                  <Text size="sm">After: {counts(p.whatIf.after)}</Text>
                </Stack>
              ))}
              {row('Applications that change', (p) =>
                p.whatIf.changes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No application changes status
                  </Text>
                ) : (
                  <List size="sm" spacing={4} listStyleType="none" p={0}>
                    {p.whatIf.changes.map((c) => (
                      <List.Item key={c.applicationId}>
                        <Text size="sm" span fw={600}>
                          {c.name}
                        </Text>
                        :{' '}
                        <Text span size="sm">
                          {COVERAGE_LABEL[c.before]} <IconArrowRight size={12} aria-label="to" />{' '}
                          {COVERAGE_LABEL[c.after]}
                        </Text>
                        <Text size="xs" c="dimmed">
                          experts {c.busFactorBefore} → {c.busFactorAfter}, window{' '}
                          {percent(c.windowCoverageBefore)} → {percent(c.windowCoverageAfter)}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                ),
              )}
              {row('Decision', (p) =>
                // Once one is accepted the others can still be declined, so their partners hear.
                p.status === 'SUBMITTED' && canDecide && request.status !== 'CANCELLED' ? (
                  <Group gap="xs">
                    {open && (
                      <Button
                        size="xs"
                        color="teal"
                        onClick={() => setDeciding({ proposal: p, decision: 'accept' })}
                        aria-label={`Accept the proposal of ${p.partner.name}`}
                      >
                        Accept
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setDeciding({ proposal: p, decision: 'decline' })}
                      aria-label={`Decline the proposal of ${p.partner.name}`}
                    >
                      Decline
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm" c={p.decisionComment ? undefined : 'dimmed'}>
                    {p.decisionComment ?? (p.status === 'SUBMITTED' ? 'Not decided' : '—')}
                  </Text>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {deciding && (
        <DecisionDialog
          key={`${deciding.proposal.id}-${deciding.decision}`}
          {...deciding}
          onClose={() => setDeciding(null)}
          onDone={(saved) => {
            setDecided(saved);
            setDeciding(null);
          }}
          onReload={() => {
            setDeciding(null);
            void comparison.refetch();
          }}
        />
      )}
    </Stack>
  );
}

/** Accept or decline with a comment the partner will read, and the version compared. */
function DecisionDialog({
  proposal,
  decision,
  onClose,
  onDone,
  onReload,
}: Decision & {
  onClose: () => void;
  onDone: (saved: Proposal) => void;
  onReload: () => void;
}) {
  const decide = useDecideProposal();
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const accept = decision === 'accept';
  const server = decide.isError ? fieldErrors(decide.error) : {};
  const general = Object.entries(server)
    .filter(([key]) => key !== 'comment')
    .map(([, message]) => message)
    .join(' ');
  const commentError =
    (tried && !comment.trim() ? 'Say why, for the partner and the record' : undefined) ??
    server.comment;
  const title = `${accept ? 'Accept' : 'Decline'} the proposal of ${proposal.partner.name}`;

  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{title}</Text>} size="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!comment.trim()) return;
          decide.mutate(
            { id: proposal.id, decision, comment: comment.trim(), version: proposal.version },
            { onSuccess: onDone },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {accept
              ? `Accepting records the engagement with ${proposal.partner.name}: its ${proposal.people.length} named people join the coverage matrix as contracted staff from ${formatDate(proposal.startsOn)}.`
              : `${proposal.partner.name} reads your comment.`}
          </Text>
          {decide.isError && isStale(decide.error) ? (
            <Alert color="orange" title="This proposal changed since you read it">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  The partner withdrew or changed it, or someone decided first. Reload the
                  comparison.
                </Text>
                <Button size="xs" variant="white" onClick={onReload}>
                  Reload
                </Button>
              </Stack>
            </Alert>
          ) : (
            general && (
              <Alert color="red" title={`Not ${accept ? 'accepted' : 'declined'}`}>
                {general}
              </Alert>
            )
          )}
          <Textarea
            label="Comment"
            description="The partner sees it"
            autosize
            minRows={3}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={commentError}
            maxLength={2000}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={accept ? 'teal' : 'red'} loading={decide.isPending}>
              {accept ? 'Accept proposal' : 'Decline proposal'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
