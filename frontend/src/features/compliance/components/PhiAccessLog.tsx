import { Alert, Box, Group, LoadingOverlay, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconShieldSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { usePhiAccess } from '../api/phi-access';
import type { PhiAccessFilters } from '../types';
import {
  filtersFromSearch,
  filtersToSearch,
  isFiltered,
  PAGE_SIZE,
  rangeError,
} from '../utils/filters';
import { fieldErrorsOf, otherErrors } from '../utils/problems';
import { ExportButton } from './ExportButton';
import { PhiAccessFilterForm } from './PhiAccessFilterForm';
import { PhiAccessTable } from './PhiAccessTable';
import { ListPages } from '@/components/ListPages';

const FILTER_FIELDS = ['from', 'to', 'username', 'user', 'ticket'] as const;

interface PhiAccessLogProps {
  ownOrganizationId: number | null;
}

/**
 * Every read of a PHI-flagged ticket, filtered by date range, person and ticket. The filters and
 * the page live in the address, so a compliance officer can send a link to exactly this view.
 */
export function PhiAccessLog({ ownOrganizationId }: PhiAccessLogProps) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params);
  const log = usePhiAccess(filters, !rangeError(filters));
  const errors = fieldErrorsOf(log.error);
  const filterErrors = errors.filter(
    (e) => e.field !== null && (FILTER_FIELDS as readonly string[]).includes(e.field),
  );

  const apply = (next: PhiAccessFilters) => setParams((current) => filtersToSearch(next, current));
  const applyDraft = (draft: Omit<PhiAccessFilters, 'page'>) => apply({ ...draft, page: 0 });
  // The form's inputs follow the address (back button, a pasted link) by starting afresh.
  const formKey = [filters.from, filters.to, filters.username, filters.ticket].join('|');

  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 0;

  let body;
  if (rangeError(filters)) {
    body = (
      <Alert color="red" variant="light" title="These filters were not accepted" role="alert">
        The end date is before the start date. Correct the dates above and apply them again.
      </Alert>
    );
  } else if (log.isPending && log.fetchStatus !== 'idle') {
    body = <Loading label="Loading the PHI access log…" />;
  } else if (
    log.isError &&
    filterErrors.length > 0 &&
    otherErrors(errors, FILTER_FIELDS).length === 0
  ) {
    body = (
      <Alert color="red" variant="light" title="These filters were not accepted" role="alert">
        Correct the filters marked above and apply them again.
      </Alert>
    );
  } else if (log.isError) {
    body = (
      <ErrorState
        title="We could not load the PHI access log"
        error={log.error}
        onRetry={() => void log.refetch()}
        retrying={log.isFetching}
      />
    );
  } else if (!log.data) {
    body = null;
  } else if (log.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconShieldSearch size={28} stroke={1.5} />}
        title="No PHI reads match these filters"
        description={
          isFiltered(filters)
            ? 'Nobody opened a PHI-flagged ticket that matches. Widen the dates, or check the exact sign-in name and ticket number.'
            : 'Nobody has opened a PHI-flagged ticket yet. Each read will appear here as it happens.'
        }
      />
    );
  } else {
    body = (
      <Box pos="relative">
        <LoadingOverlay visible={log.isPlaceholderData} zIndex={1} overlayProps={{ blur: 1 }} />
        <PhiAccessTable
          entries={log.data.items}
          ownOrganizationId={ownOrganizationId}
          onFilterUser={(username) => applyDraft({ ...filters, username })}
          onFilterTicket={(ticket) => applyDraft({ ...filters, ticket })}
        />
        <ListPages
          page={filters.page + 1}
          pages={pages}
          onPage={(value) => apply({ ...filters, page: value - 1 })}
        />
      </Box>
    );
  }

  const total = log.data?.total;
  const first = filters.page * PAGE_SIZE + 1;
  const last = log.data ? filters.page * PAGE_SIZE + log.data.items.length : 0;

  return (
    <Stack gap="md">
      <Alert
        variant="light"
        color="medley"
        icon={<IconLock aria-hidden />}
        title="Append-only record"
        role="note"
      >
        Medley writes an entry here every time someone is shown a PHI-flagged ticket, in the same
        step as showing it. Entries cannot be edited or deleted by anyone, administrators included:
        no screen or API offers it.
      </Alert>
      <PhiAccessFilterForm
        key={formKey}
        initial={filters}
        errors={filterErrors}
        onApply={applyDraft}
      />
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Text size="sm" fw={600} data-testid="phi-total">
            {total === undefined
              ? ' '
              : total === 0
                ? 'No PHI reads'
                : `${total.toLocaleString()} ${total === 1 ? 'PHI read' : 'PHI reads'}${
                    total > log.data!.items.length
                      ? ` · showing ${first.toLocaleString()}–${last.toLocaleString()}`
                      : ''
                  }`}
          </Text>
          <ExportButton filters={filters} total={total} />
        </Group>
        {log.data && log.data.items.length > 0 && (
          <>
            {/* The fields as the desk records them: a list shows titles, opening a ticket the rest. */}
            <Text size="xs" c="dimmed" mb="sm">
              “Title” alone: the ticket appeared in a list. Title, Description, Resolution: the
              ticket was opened. Comments: its conversation was read.
            </Text>
          </>
        )}
        {body}
      </Paper>
    </Stack>
  );
}
