import { lazy, Suspense, useState } from 'react';
import { useNotifications } from '../api/get-notifications';
import { BellButton } from './BellButton';

// The menu (Mantine's Menu, Popover and floating-ui, about 16 KB gzipped) is not part of the
// first screen: its code is fetched when the pointer or the keyboard reaches the bell.
const loadMenu = () => import('./NotificationsBell');
const NotificationsBell = lazy(() => loadMenu().then((m) => ({ default: m.NotificationsBell })));

/** The header's bell: the count at once, the menu's code when the user reaches for it. */
export function NotificationsBellOnDemand({ roles }: { roles: readonly string[] }) {
  const unread = useNotifications().data?.unread ?? 0;
  const [clicked, setClicked] = useState(false);
  const button = (
    <BellButton
      unread={unread}
      // Fetch only: swapping the button while the pointer is on it would swallow the click.
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={() => setClicked(true)}
    />
  );
  if (!clicked) return button;
  return (
    <Suspense fallback={button}>
      <NotificationsBell roles={roles} defaultOpened />
    </Suspense>
  );
}
