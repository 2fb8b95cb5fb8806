import { lazy, Suspense } from 'react';
import { Loading } from '@/components/Loading';

/**
 * The compliance charts bring recharts; they load when Administration shows them, so the desk's
 * ticket view (which uses this feature's timers) does not carry them. The rest of the page shows
 * meanwhile.
 */
const Charts = lazy(() =>
  import('./SlaCompliance').then((module) => ({ default: module.SlaCompliance })),
);

export function SlaCompliance() {
  return (
    <Suspense fallback={<Loading label="Loading SLA compliance…" />}>
      <Charts />
    </Suspense>
  );
}
