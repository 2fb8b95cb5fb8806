import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from '../utils/shortcuts';

/**
 * Listens for the workspace's single-key shortcuts on the document. Handlers that are missing
 * leave the key alone; nothing fires while typing or while `enabled` is false (a dialog is open).
 */
export function useShortcuts(
  handlers: Partial<Record<ShortcutAction, () => void>>,
  enabled = true,
) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      const handler = latest.current[action];
      if (!handler) return;
      // A shortcut inside an open dialog (Mantine modals) belongs to the dialog.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
