import { Suspense, type ComponentType } from 'react';
import { Loading } from '@/components/Loading';
import type { SectionId } from '@/features/navigation';
import { SectionRoute } from './SectionRoute';

interface SectionPageProps {
  section: SectionId;
  page: ComponentType;
}

/**
 * A page of a section, loaded on first use. The shell stays put while its code arrives and the
 * loader sits where the page will be; later navigations keep the old page until the new one is
 * ready (the router navigates in a transition).
 */
export function SectionPage({ section, page: Page }: SectionPageProps) {
  return (
    <SectionRoute section={section}>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </SectionRoute>
  );
}
