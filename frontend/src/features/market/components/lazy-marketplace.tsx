import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '@/components/Loading';
import type * as Screens from './marketplace-screens';

/*
 * The partner directory and the partner manager's screens load when a tab first shows one: the
 * coverage page imports this feature for its staffing request dialog and should not carry them.
 */
function screen(name: keyof typeof Screens, label: string): ComponentType {
  const Screen = lazy(() =>
    import('./marketplace-screens').then((screens) => ({ default: screens[name] })),
  );
  return function LazyScreen() {
    return (
      <Suspense fallback={<Loading label={label} />}>
        <Screen />
      </Suspense>
    );
  };
}

export const PartnersScreen = screen('PartnersScreen', 'Loading partners…');
export const PartnerProfileEditor = screen('PartnerProfileEditor', 'Loading your profile…');
export const PartnerRequestsScreen = screen('PartnerRequestsScreen', 'Loading requests…');
export const OurProposalsScreen = screen('OurProposalsScreen', 'Loading your proposals…');
