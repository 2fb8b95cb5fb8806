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
