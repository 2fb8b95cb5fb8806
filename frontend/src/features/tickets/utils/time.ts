const CLOCK = new Intl.DateTimeFormat('en-US', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const WEEKDAY_CLOCK = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

/**
 * A queue's SLA cell: the nearest deadline of the ticket's SLA and partner (OLA) timers as a wall
 * clock — "due 15:42", "due Tue 09:00", "due Dec 14" — or "breached" once it has passed. The queue
 * names the deadline rather than a time left: time left is business time, which the ticket page
 * shows from the server's figure, and a wall-clock "in 3 h" would contradict it overnight.
 */
export function deadline(
  dueAt: string,
  now: number,
): { text: string; breached: boolean; soon: boolean } {
  const due = Date.parse(dueAt);
  if (due <= now) return { text: 'breached', breached: true, soon: false };
  const at = new Date(due);
  const today = new Date(now).toDateString() === at.toDateString();
  const text = today
    ? `due ${CLOCK.format(at)}`
    : due - now < 6 * 86_400_000
      ? `due ${WEEKDAY_CLOCK.format(at).replace(',', '')}`
      : `due ${DAY.format(at)}`;
  return { text, breached: false, soon: due - now < 60 * 60_000 };
}

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago", "yesterday", "3 days ago". */
export function ago(at: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(at) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  if (abs < 3600) return RELATIVE.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return RELATIVE.format(Math.round(seconds / 3600), 'hour');
  return RELATIVE.format(Math.round(seconds / 86_400), 'day');
}

const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDateTime(at: string): string {
  return DATE_TIME.format(new Date(at));
}
