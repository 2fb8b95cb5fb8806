import { useEffect, useState } from 'react';

/**
 * Milliseconds until `dueAt` (negative once past), ticking every second. `serverNow` is the
 * server's clock at the time of the answer: a browser clock that runs fast or slow does not shift
 * the countdown. Null `dueAt` (a paused timer) gives null and no ticking.
 */
export function useCountdown(dueAt: string | null, serverNow?: string): number | null {
  const [skew] = useState(() => (serverNow ? new Date(serverNow).getTime() - Date.now() : 0));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (dueAt === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [dueAt]);
  if (dueAt === null) return null;
  return new Date(dueAt).getTime() - (now + skew);
}
