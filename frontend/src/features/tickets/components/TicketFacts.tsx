import { Box, Divider, Paper, SimpleGrid, Text } from '@mantine/core';
import { formatDateTime } from '@/lib/time';
import type { TicketView } from '../types';
import {
  DESK_TYPE_LABEL,
  IMPACT_CHOICES,
  TIER_LABEL,
  URGENCY_CHOICES,
} from '../utils/plain-language';
import { ExternalReferences } from './ExternalReferences';
import { TicketLinksPanel } from './TicketLinksPanel';
import { WatchersPanel } from './WatchersPanel';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** The ticket's side column: who, what and when, its references, watchers and links. */
export function TicketFacts({
  ticket,
  basePath,
  links = true,
}: {
  ticket: TicketView;
  basePath: string;
  /** Links to other tickets are the desk's (read from elsewhere, they stay out). */
  links?: boolean;
}) {
  const { permissions } = ticket;
  const impact = IMPACT_CHOICES.find((choice) => choice.value === ticket.impact);
  const urgency = URGENCY_CHOICES.find((choice) => choice.value === ticket.urgency);
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={1} spacing="sm">
          <Fact label="Requester">{ticket.requesterName}</Fact>
          <Fact label="Application">{ticket.applicationName}</Fact>
          <Fact label="Type">{DESK_TYPE_LABEL[ticket.type]}</Fact>
          <Fact label="Tier">{TIER_LABEL[ticket.tier]}</Fact>
          <Fact label="Group">
            {ticket.groupName ?? '—'}
            {ticket.partnerGroup ? ' (partner)' : ''}
          </Fact>
          <Fact label="Assignee">{ticket.assigneeName ?? 'Nobody yet'}</Fact>
          <Fact label="Impact">
            {impact?.label ?? ticket.impact} · {ticket.affectedUsers} affected
          </Fact>
          <Fact label="Urgency">{urgency?.label ?? ticket.urgency}</Fact>
          <Fact label="Opened">{formatDateTime(ticket.createdAt)}</Fact>
          <Fact label="Last change">{formatDateTime(ticket.updatedAt)}</Fact>
          {ticket.reopenCount > 0 && <Fact label="Reopened">{ticket.reopenCount}×</Fact>}
          {ticket.csatRating !== null && (
            <Fact label="Requester rating">{ticket.csatRating} / 5</Fact>
          )}
        </SimpleGrid>
        <Divider my="sm" />
        <ExternalReferences
          ticketId={ticket.id}
          references={ticket.externalReferences}
          canEdit={permissions.work}
        />
        {permissions.work && (
          <>
            <Divider my="sm" />
            <WatchersPanel ticketId={ticket.id} />
          </>
        )}
      </Paper>
      {links && (
        <Box mt="md">
          <TicketLinksPanel ticket={ticket} basePath={basePath} canEdit={permissions.work} />
        </Box>
      )}
    </>
  );
}
