/** True when a key press belongs to what the user is typing, not to the page's shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
  }
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

export type ShortcutAction =
  'next' | 'previous' | 'open' | 'assignToMe' | 'reply' | 'escalate' | 'search' | 'help' | 'back';

export const SHORTCUTS: readonly { keys: string; action: ShortcutAction; label: string }[] = [
  { keys: 'j', action: 'next', label: 'Next ticket' },
  { keys: 'k', action: 'previous', label: 'Previous ticket' },
  { keys: 'Enter', action: 'open', label: 'Open the selected ticket' },
  { keys: 'a', action: 'assignToMe', label: 'Assign to me (pick up)' },
  { keys: 'r', action: 'reply', label: 'Reply' },
  { keys: 'e', action: 'escalate', label: 'Escalate' },
  { keys: '/', action: 'search', label: 'Search' },
  { keys: 'u', action: 'back', label: 'Back to the queue' },
  { keys: '?', action: 'help', label: 'Show these shortcuts' },
];

/** The action a key press asks for, or null: never while typing, never with Ctrl/Alt/Meta. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  // Enter on a button, link or tab already does what that control says.
  if (event.key === 'Enter' && isInteractive(event.target)) return null;
  return SHORTCUTS.find((shortcut) => shortcut.keys === event.key)?.action ?? null;
}

function isInteractive(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    ['BUTTON', 'A', 'INPUT'].includes(target.tagName) ||
    ['button', 'tab', 'option', 'link', 'menuitem'].includes(target.getAttribute('role') ?? '')
  );
}
