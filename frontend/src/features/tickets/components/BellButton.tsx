import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';

/**
 * The header's bell with its unread count. Drawn alone until the user reaches for it
 * (NotificationsBellOnDemand), then as the target of the notifications menu, which passes its
 * ref, click handler and aria attributes through `others`. They go on the button, not on the
 * badge's div: `aria-expanded` is not allowed on a div (axe-core, critical).
 */
export function BellButton({
  unread,
  ...others
}: { unread: number } & ComponentPropsWithRef<'button'>) {
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red"
      disabled={unread === 0}
      offset={4}
    >
      <ActionIcon
        variant="default"
        size="lg"
        radius="xl"
        aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
        aria-haspopup="menu"
        aria-expanded={false}
        {...others}
      >
        <IconBell size={18} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
