import { useEffect, useRef, useState } from 'react';
import { useNotifications } from '../api/get-notifications';
import { BellButton } from './BellButton';

// The menu (Mantine's Menu, Popover and floating-ui, about 16 KB gzipped) is not part of the
// first screen: its code is fetched when the pointer or the keyboard reaches the bell.
const loadMenu = () => import('./NotificationsBell');
type Menu = Awaited<ReturnType<typeof loadMenu>>['NotificationsBell'];

/** The header's bell: the count at once, the menu when the user reaches for it. */
export function NotificationsBellOnDemand({ roles }: { roles: readonly string[] }) {
  const unread = useNotifications().data?.unread ?? 0;
  const [Menu, setMenu] = useState<Menu | null>(null);
  const box = useRef<HTMLSpanElement>(null);

  // The click that asked for the menu opens it once it is there, from the menu's own button, so
  // that Escape returns the focus to the bell as it always does.
  useEffect(() => {
    if (!Menu) return;
    const target = box.current?.querySelector('button');
    target?.focus();
    target?.click();
  }, [Menu]);

  return (
    <span ref={box} style={{ display: 'contents' }}>
      {Menu ? (
        <Menu roles={roles} />
      ) : (
        <BellButton
          unread={unread}
          onPointerEnter={() => void loadMenu()}
          onFocus={() => void loadMenu()}
          onClick={() => void loadMenu().then((module) => setMenu(() => module.NotificationsBell))}
        />
      )}
    </span>
  );
}
