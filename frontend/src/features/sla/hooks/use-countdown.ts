import { useEffect, useState } from 'react';
import type { SlaTimer } from '../types';
import { businessLeft } from '@/lib/durations';

/**
 * Business milliseconds left on a timer (negative once late), ticking every second while its
 * clock runs. `serverNow` is the server's clock at the time of the answer: the browser's own
 * clock only measures how much time passed since, so a browser clock that runs fast or slow does
 * not shift the countdown. Mount it once per answer (key it by `serverNow`): the time since the
 * answer is measured from the mount.
 */
export function useCountdown(
  timer: Pick<SlaTimer, 'remaining' | 'runsUntil'>,
  serverNow: string,
): number {
  const [receivedAt] = useState(() => Date.now());
  const [now, setNow] = useState(receivedAt);
  const ticking = timer.runsUntil !== null;
  useEffect(() => {
    if (!ticking) return undefined;
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, [ticking]);
  const server = Date.parse(serverNow);
  return businessLeft(timer, server, server + (now - receivedAt));
}
