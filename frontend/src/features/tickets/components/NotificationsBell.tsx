import { Badge, Box, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from '../api/mark-notification-read';
import { useNotifications } from '../api/get-notifications';
import { useWaitingTickets } from '../api/get-waiting-tickets';
import { requesterTask } from '../utils/needs-you';
import { ago } from '@/lib/time';
import { ticketPathFor } from '../utils/paths';
import { BellButton } from './BellButton';

/** The rest wait on My tickets, so the notices below stay in sight. */
const SHOWN_WAITING = 3;

/**
 * The header's bell: unread count, the tickets that wait on the signed-in requester, the latest
 * notifications. A click opens the ticket and marks the notice read at once.
 */
export function NotificationsBell({ roles }: { roles: readonly string[] }) {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  // Only people who file tickets have any waiting on them.
  const waiting = useWaitingTickets(roles.includes('end-user')).data ?? [];
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  return (
    // No initial-focus placeholder: that div (role="presentation" with a tabindex) inside
    // role="menu" hides the items from assistive technology (axe-core aria-required-children).
    <Menu
      position="bottom-end"
      width="min(360px, calc(100vw - 16px))"
      shadow="md"
      withinPortal
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <BellButton unread={unread} />
      </Menu.Target>
      <Menu.Dropdown>
        {/* A plain scrolling box: ScrollArea's focusable viewport inside role="menu" hides the
            menu items from assistive technology (axe-core aria-required-children, critical). */}
        <Box mah={460} style={{ overflowY: 'auto' }}>
          {waiting.length > 0 && (
            <>
              <Menu.Label>Waiting for you</Menu.Label>
              {waiting.slice(0, SHOWN_WAITING).map((ticket) => (
                <Menu.Item
                  key={`ticket-${ticket.id}`}
                  onClick={() => void navigate(ticketPathFor(roles, ticket.id))}
                >
                  <Stack gap={2}>
                    <Group gap="xs" wrap="nowrap">
                      <Badge color="orange" variant="filled" radius="sm" tt="none">
                        Needs you
                      </Badge>
                      <Text size="sm" ff="monospace">
                        {ticket.number}
                      </Text>
                    </Group>
                    <Text size="sm" fw={600} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {ticket.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {requesterTask(ticket)}
                    </Text>
                  </Stack>
                </Menu.Item>
              ))}
              {waiting.length > SHOWN_WAITING && (
                <Menu.Item onClick={() => void navigate('/portal')}>
                  <Text size="sm" c="blue.8">
                    All {waiting.length} tickets waiting for you
                  </Text>
                </Menu.Item>
              )}
              <Menu.Divider />
            </>
          )}
          <Menu.Label>Notifications</Menu.Label>
          {notifications.isError ? (
            <Text size="sm" c="dimmed" p="sm">
              Notifications are not available right now.
            </Text>
          ) : items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {waiting.length > 0
                ? 'No other news.'
                : 'Nothing new. You will hear here when a ticket of yours changes.'}
            </Text>
          ) : (
            items.map((item) => (
              <Menu.Item
                key={item.id}
                onClick={() => {
                  if (!item.readAt) markRead.mutate(item.id);
                  if (item.ticketId) void navigate(ticketPathFor(roles, item.ticketId));
                }}
                bg={item.readAt ? undefined : 'blue.0'}
              >
                <Stack gap={2}>
                  <Text
                    size="sm"
                    fw={item.readAt ? 400 : 600}
                    lineClamp={3}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {item.message}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.readAt ? '' : 'New · '}
                    {ago(item.createdAt)}
                  </Text>
                </Stack>
              </Menu.Item>
            ))
          )}
        </Box>
        {unread > 0 && (
          <>
            <Menu.Divider />
            <Menu.Item
              leftSection={<IconChecks size={16} aria-hidden />}
              closeMenuOnClick={false}
              onClick={() => markAllRead.mutate()}
            >
              Mark all read
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
