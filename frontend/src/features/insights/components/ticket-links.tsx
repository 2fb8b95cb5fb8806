import { Anchor, Text } from '@mantine/core';
import { useContext } from 'react';
import { Link } from 'react-router';
import { TicketHref } from './ticket-href';

/** A ticket number, linking to the ticket where the user may open it. */
export function TicketNumber({ id, number }: { id: number; number: string }) {
  const href = useContext(TicketHref)(id);
  if (!href) {
    return (
      <Text span size="sm" ff="monospace">
        {number}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={href} size="sm" ff="monospace">
      {number}
    </Anchor>
  );
}

/**
 * A count that opens the tickets behind it; `what` finishes its accessible name after the count
 * ("opened in Nov 2", "met: tickets of Service Desk" reads "{count} {what}").
 */
export function TicketCount({
  count,
  what,
  onOpen,
}: {
  count: number;
  what: string;
  onOpen: () => void;
}) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      aria-label={`${count.toLocaleString()} ${what}`}
      onClick={onOpen}
    >
      {count.toLocaleString()}
    </Anchor>
  );
}
