import { lazy, Suspense, useState } from 'react';
import { useNotifications } from '../api/get-notifications';
import { BellButton } from './BellButton';

// The menu (Mantine's Menu, Popover and floating-ui, about 16 KB gzipped) is not part of the
// first screen: it loads when the pointer or the keyboard reaches the bell.
const NotificationsBell = lazy(() =>
  import('./NotificationsBell').then((m) => ({ default: m.NotificationsBell })),
);

/** The header's bell: the count at once, the menu's code when the user reaches for it. */
export function NotificationsBellOnDemand({ roles }: { roles: readonly string[] }) {
  const unread = useNotifications().data?.unread ?? 0;
  const [wanted, setWanted] = useState<'no' | 'load' | 'open'>('no');
  const button = (
    <BellButton
      unread={unread}
      onPointerEnter={() => setWanted((w) => (w === 'no' ? 'load' : w))}
      onFocus={() => setWanted((w) => (w === 'no' ? 'load' : w))}
      onClick={() => setWanted('open')}
    />
  );
  if (wanted === 'no') return button;
  return (
    // A click before the code arrived opens the menu as soon as it has.
    <Suspense fallback={button}>
      <NotificationsBell roles={roles} defaultOpened={wanted === 'open'} />
    </Suspense>
  );
}
