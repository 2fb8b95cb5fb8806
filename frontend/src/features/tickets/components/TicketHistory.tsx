import { Paper, Title } from '@mantine/core';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useAudit } from '../api/get-audit';
import { useComments } from '../api/get-comments';
import { useHistoryNames } from '../hooks/use-history-names';
import type { TicketView } from '../types';
import { Timeline } from './Timeline';

/** Comments and changes in one timeline, people and groups by name. */
export function TicketHistory({ ticket }: { ticket: TicketView }) {
  const comments = useComments(ticket.id);
  const audit = useAudit(ticket.id);
  const names = useHistoryNames(ticket, audit.data);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="md">
        Timeline
      </Title>
      {comments.isPending || audit.isPending ? (
        <Loading label="Loading the history…" />
      ) : comments.isError || audit.isError ? (
        <ErrorState
          title="We could not load the history"
          error={comments.error ?? audit.error}
          onRetry={() => {
            void comments.refetch();
            void audit.refetch();
          }}
        />
      ) : (
        <Timeline comments={comments.data} audit={audit.data} names={names} />
      )}
    </Paper>
  );
}
