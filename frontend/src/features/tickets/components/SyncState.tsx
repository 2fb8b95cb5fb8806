import { Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTicketSync } from '../api/get-sync';
import { useNow } from '../hooks/use-now';
import { describeSync } from '../utils/sync';

/**
 * The ticket's state in the partner desks that hold it ("In Northwind RT as #1234 · synced 12 s
 * ago"), or the error in red with the way to the Integrations page. Nothing when no desk holds the
 * ticket, or when the line cannot be read (it is a hint, never in the way of the ticket itself).
 */
export function SyncState({ ticketId }: { ticketId: number }) {
  const sync = useTicketSync(ticketId);
  const now = useNow(5_000);
  if (!sync.data || sync.data.length === 0) return null;
  return (
    <Stack gap={2} aria-label="Partner desk sync">
      {sync.data.map((line) => {
        const { text, failing } = describeSync(line, now);
        return (
          <Text
            key={line.connectorId}
            size="sm"
            c={failing ? 'red.8' : 'dimmed'}
            role={failing ? 'alert' : undefined}
          >
            {failing ? (
              <IconAlertTriangle
                size={14}
                style={{ verticalAlign: -2, marginRight: 4 }}
                aria-hidden
              />
            ) : (
              <IconRefresh size={14} style={{ verticalAlign: -2, marginRight: 4 }} aria-hidden />
            )}
            {text}
            {failing && (
              <>
                {' — '}
                <Anchor
                  component={Link}
                  to="/admin/integrations"
                  size="sm"
                  c="red.8"
                  underline="always"
                >
                  see Integrations
                </Anchor>
              </>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
