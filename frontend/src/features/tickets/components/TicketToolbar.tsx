import { Button, Group, Paper, Text, Tooltip } from '@mantine/core';
import {
  IconArrowUpRight,
  IconArrowsSort,
  IconBuildingFactory2,
  IconCheck,
  IconPlayerPause,
  IconPlayerPlay,
  IconRotateClockwise,
  IconUserPlus,
  IconX,
} from '@tabler/icons-react';
import type { TicketWork } from '../hooks/use-ticket-work';
import type { TicketView } from '../types';
import type { TicketActions } from '../utils/ticket-actions';

/** The actions the ticket offers its caller now, each opening its dialog (or picking it up). */
export function TicketToolbar({
  ticket,
  actions,
  work,
  vendorEscalation = false,
}: {
  ticket: TicketView;
  actions: TicketActions;
  work: TicketWork;
  /** The caller opens cases with vendors (agents on the hospital's desk). */
  vendorEscalation?: boolean;
}) {
  const { permissions } = ticket;
  const { can } = actions;
  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="xs" aria-label="Actions" role="toolbar">
        {actions.pickUp && permissions.pickUp && (
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={work.pickUp}
            loading={work.transition.isPending && work.dialog === null}
            disabled={work.busy}
          >
            {ticket.assigneeId === null ? 'Pick up' : 'Start work'}
          </Button>
        )}
        {actions.pickUp && !permissions.pickUp && (
          <Tooltip
            label="Only people on the desk's staff list can take a ticket themselves. Use Assign… to give it to someone."
            multiline
            w={280}
          >
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              // Looks and is inactive, yet stays focusable so the tooltip can say why.
              data-disabled
              aria-disabled
              onClick={(event) => event.preventDefault()}
              aria-describedby="pickup-why"
            >
              {ticket.assigneeId === null ? 'Pick up' : 'Start work'}
            </Button>
          </Tooltip>
        )}
        {actions.resume && (
          <Button
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={work.pickUp}
            disabled={work.busy}
          >
            Resume work
          </Button>
        )}
        {actions.open && (
          <Button
            variant="default"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => work.setDialog('assign')}
          >
            Assign…
          </Button>
        )}
        {actions.open && (
          <Button
            variant="default"
            leftSection={<IconArrowsSort size={16} aria-hidden />}
            onClick={() => work.setDialog('priority')}
          >
            Priority…
          </Button>
        )}
        {actions.escalate && (
          <Button
            variant="default"
            leftSection={<IconArrowUpRight size={16} aria-hidden />}
            onClick={() => work.setDialog('escalate')}
          >
            Escalate…
          </Button>
        )}
        {vendorEscalation && actions.open && (
          <Button
            variant="default"
            leftSection={<IconBuildingFactory2 size={16} aria-hidden />}
            onClick={() => work.setDialog('vendor')}
          >
            Escalate to vendor…
          </Button>
        )}
        {can('PENDING') && (
          <Button
            variant="default"
            leftSection={<IconPlayerPause size={16} aria-hidden />}
            onClick={() => work.setDialog('pend')}
          >
            Put on hold…
          </Button>
        )}
        {can('RESOLVED') && (
          <Button
            color="teal"
            leftSection={<IconCheck size={16} aria-hidden />}
            onClick={() => work.setDialog('resolve')}
          >
            Resolve…
          </Button>
        )}
        {actions.reopen && (
          <Button
            variant="default"
            leftSection={<IconRotateClockwise size={16} aria-hidden />}
            onClick={() => work.setDialog('reopen')}
          >
            Reopen…
          </Button>
        )}
        {can('CANCELLED') && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => work.setDialog('cancel')}
            ml="auto"
          >
            Cancel ticket…
          </Button>
        )}
      </Group>
      {actions.pickUp && !permissions.pickUp && (
        <Text id="pickup-why" size="xs" c="dimmed" mt={6}>
          You have no staff record on this desk, so you cannot pick up tickets yourself. Use Assign…
          to give this ticket to a member of its group.
        </Text>
      )}
    </Paper>
  );
}
