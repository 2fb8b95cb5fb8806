import { Button, Paper, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { lazy } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '@/components/EmptyState';
import { PageHeader } from '@/components/PageHeader';
import { MyTickets } from './MyTickets';

// Each page's body is its own download: the portal's home needs none of these.
const PortalTicket = lazy(() =>
  import('./PortalTicket').then((m) => ({ default: m.PortalTicket })),
);
const ReportForm = lazy(() => import('./ReportForm').then((m) => ({ default: m.ReportForm })));
const TicketDetail = lazy(() =>
  import('./TicketDetail').then((m) => ({ default: m.TicketDetail })),
);
const Workspace = lazy(() => import('./Workspace').then((m) => ({ default: m.Workspace })));

function useTicketId(): number | null {
  const { ticketId } = useParams();
  const id = Number(ticketId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

function NoSuchTicket({ back }: { back: string }) {
  return (
    <EmptyState
      title="No such ticket"
      description="The link does not point to a ticket."
      action={
        <Button component={Link} to={back} variant="light">
          Back
        </Button>
      }
    />
  );
}

/** /portal: my tickets, and the way to report something new. */
export function PortalPage() {
  const report = (
    <Button component={Link} to="/portal/new" leftSection={<IconPlus size={16} aria-hidden />}>
      Report a problem or request something
    </Button>
  );
  return (
    <Stack maw={880} gap={0}>
      <PageHeader
        title="IT help"
        description="Tell IT what is not working or what you need, and follow what happens with it."
        aside={report}
      />
      <Title order={2} size="h4" mb="sm">
        My tickets
      </Title>
      <MyTickets action={report} />
    </Stack>
  );
}

/** /portal/new */
export function PortalNewTicketPage() {
  const navigate = useNavigate();
  return (
    <Stack maw={880} gap={0}>
      <PageHeader
        title="Report a problem or request something"
        description="Answer in your own words. The service desk reads every ticket and will contact you here."
      />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <ReportForm
          onCreated={(ticket) =>
            void navigate(`/portal/tickets/${ticket.id}`, { state: { created: true } })
          }
          onCancel={() => void navigate('/portal')}
        />
      </Paper>
    </Stack>
  );
}

/** /portal/tickets/:ticketId */
export function PortalTicketPage() {
  const id = useTicketId();
  return id ? <PortalTicket key={id} ticketId={id} /> : <NoSuchTicket back="/portal" />;
}

/** /workspace */
export function WorkspacePage() {
  return <Workspace mode="desk" />;
}

/** /workspace/tickets/:ticketId */
export function WorkspaceTicketPage() {
  const id = useTicketId();
  return id ? (
    <TicketDetail key={id} mode="desk" ticketId={id} />
  ) : (
    <NoSuchTicket back="/workspace" />
  );
}

/**
 * /insights/tickets/:ticketId: a leader or executive opens a ticket behind a figure, read only
 * (the API masks patient details and leaves out internal notes); back returns to the figure.
 */
export function InsightsTicketPage() {
  const id = useTicketId();
  return id ? (
    <TicketDetail
      key={id}
      mode="desk"
      ticketId={id}
      back={{ to: '/insights', label: 'Back to the figures' }}
    />
  ) : (
    <NoSuchTicket back="/insights" />
  );
}

/** /partner */
export function PartnerPage() {
  return <Workspace mode="partner" />;
}

/** /partner/tickets/:ticketId */
export function PartnerTicketPage() {
  const id = useTicketId();
  return id ? (
    <TicketDetail key={id} mode="partner" ticketId={id} />
  ) : (
    <NoSuchTicket back="/partner" />
  );
}
