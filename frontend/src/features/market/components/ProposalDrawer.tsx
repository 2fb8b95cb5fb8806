import { Drawer, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useProposal } from '../api/proposals';
import { useStaffingRequest } from '../api/staffing-requests';
import type { StaffingRequest } from '../types';
import { ProposalEditor } from './ProposalEditor';

/**
 * What the drawer opens: a new proposal for a request, or an existing one. `request`: the request
 * as the list read it, when the opener has it (then it is not read again).
 */
export type ProposalTarget = {
  requestId: number;
  proposalId: number | null;
  request?: StaffingRequest;
};

/** The proposal editor in a drawer, once the request and the proposal (if any) are read. */
export function ProposalDrawer({
  target,
  onClose,
}: {
  target: ProposalTarget | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Text fw={650}>{target?.proposalId ? 'Proposal' : 'New proposal'}</Text>}
    >
      {target && (
        <Loaded key={`${target.requestId}-${target.proposalId ?? 'new'}`} target={target} />
      )}
    </Drawer>
  );
}

function Loaded({ target }: { target: ProposalTarget }) {
  const read = useStaffingRequest(target.request ? null : target.requestId);
  const request = target.request
    ? ({ isPending: false, isError: false, data: target.request } as const)
    : read;
  const proposal = useProposal(target.proposalId);
  const [reloads, setReloads] = useState(0);
  if (request.isPending || (target.proposalId !== null && proposal.isPending)) {
    return <Loading label="Loading the proposal…" />;
  }
  if (target.proposalId !== null && proposal.isError) {
    return (
      <ErrorState
        title="We could not load this proposal"
        error={proposal.error}
        onRetry={() => void proposal.refetch()}
        retrying={proposal.isFetching}
      />
    );
  }
  if (target.proposalId === null && request.isError) {
    return (
      <ErrorState
        title="We could not load the staffing request"
        error={request.error}
        onRetry={() => void read.refetch()}
        retrying={read.isFetching}
      />
    );
  }
  return (
    <ProposalEditor
      key={reloads}
      request={request.data ?? null}
      proposal={proposal.data ?? null}
      onReload={() => void proposal.refetch().then(() => setReloads((n) => n + 1))}
    />
  );
}
