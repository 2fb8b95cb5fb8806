import { ActionIcon, Indicator, Menu, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { useNotifications } from '../api/get-notifications';
import { ago } from '../utils/time';
import { ticketPathFor } from '../utils/paths';

/** The header's bell: unread count, the latest notifications, a click opens the ticket. */
export function NotificationsBell({ roles }: { roles: readonly string[] }) {
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  return (
    <Menu position="bottom-end" width={360} shadow="md" withinPortal>
      {/* The menu button is the ActionIcon: aria-expanded belongs on it, not on the badge's div. */}
      <Indicator
        label={unread > 99 ? '99+' : unread}
        size={18}
        color="red"
        disabled={unread === 0}
        offset={4}
      >
        <Menu.Target>
          <ActionIcon
            variant="default"
            size="lg"
            radius="xl"
            aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
          >
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown>
        <Menu.Label>Notifications</Menu.Label>
        {notifications.isError ? (
          <Text size="sm" c="dimmed" p="sm">
            Notifications are not available right now.
          </Text>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            Nothing new. You will hear here when a ticket of yours changes.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={400}>
            {items.map((item) => (
              <Menu.Item
                key={item.id}
                onClick={() => {
                  if (!item.readAt) markRead.mutate(item.id);
                  if (item.ticketId) void navigate(ticketPathFor(roles, item.ticketId));
                }}
                bg={item.readAt ? undefined : 'blue.0'}
              >
                <Stack gap={2}>
                  <Text size="sm" fw={item.readAt ? 400 : 600} lineClamp={3}>
                    {item.message}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {ago(item.createdAt)}
                  </Text>
                </Stack>
              </Menu.Item>
            ))}
          </ScrollArea.Autosize>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
