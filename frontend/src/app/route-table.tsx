import { lazy, Suspense, type ComponentType, type JSX } from 'react';
import type { RouteObject } from 'react-router';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Loading } from '@/components/Loading';
import { LoginPage, RequireAuth } from '@/features/auth';
import { SetupPage } from '@/features/setup';
import { landingPathFor, sectionById, type SectionId } from '@/features/navigation';
import { AppLayout } from './layout/AppLayout';
import { LandingRedirect } from './routes/LandingRedirect';
import { NotFound } from './routes/NotFound';
import {
  InsightsTicketPage,
  PartnerPage,
  PartnerTicketPage,
  PortalNewTicketPage,
  PortalPage,
  PortalTicketPage,
  WorkspacePage,
  WorkspaceTicketPage,
} from '@/features/tickets';
import { SectionPage } from './routes/SectionPage';

/*
 * Each role's area is its own download: an end user on the portal never fetches the coverage
 * matrix, the charts or the marketplace (budget in scripts/bundle-report.mjs, see
 * docs/benchmarks.md). The ticket pages split inside the tickets feature.
 */
const AdminPage = lazyPage(() => import('./routes/AdminPage'), 'AdminPage');
const CoveragePage = lazyPage(() => import('./routes/CoveragePage'), 'CoveragePage');
const DevicePages = lazyPage(() => import('@/features/devices'), 'DevicePages');
const MarketplacePage = lazyPage(() => import('./routes/MarketplacePage'), 'MarketplacePage');
const GoLivesPage = lazyPage(() => import('./routes/GoLivesPage'), 'GoLivesPage');
const ScorecardsPage = lazyPage(() => import('./routes/ScorecardsPage'), 'ScorecardsPage');
const InsightsPage = lazyPage(() => import('./routes/InsightsPage'), 'InsightsPage');
const VendorCasesPage = lazyPage(
  () => import('@/features/vendors/components/VendorCasesPage'),
  'VendorCasesPage',
);
const SetPasswordPage = lazyPage(
  () => import('@/features/users/components/SetPasswordPage'),
  'SetPasswordPage',
);

function lazyPage<K extends string>(
  load: () => Promise<Record<K, () => JSX.Element>>,
  name: K,
): ComponentType {
  return lazy(async () => {
    const Page: () => JSX.Element = (await load())[name];
    return { default: Page };
  });
}

const SECTION_PAGES: Record<SectionId, ComponentType> = {
  portal: PortalPage,
  workspace: WorkspacePage,
  'vendor-cases': VendorCasesPage,
  partner: PartnerPage,
  coverage: CoveragePage,
  devices: DevicePages,
  marketplace: MarketplacePage,
  insights: InsightsPage,
  admin: AdminPage,
};

/** Pages below a section: a ticket, a new ticket, an admin task, a marketplace or insight page. */
const TICKET_PAGES: [SectionId, string, ComponentType][] = [
  ['portal', 'portal/new', PortalNewTicketPage],
  ['portal', 'portal/tickets/:ticketId', PortalTicketPage],
  ['workspace', 'workspace/tickets/:ticketId', WorkspaceTicketPage],
  ['partner', 'partner/tickets/:ticketId', PartnerTicketPage],
  ['marketplace', 'marketplace/go-lives', GoLivesPage],
  ['marketplace', 'marketplace/go-lives/:goLiveId', GoLivesPage],
  ['marketplace', 'marketplace/scorecards', ScorecardsPage],
  ['devices', 'devices/:page', DevicePages],
  ['devices', 'devices/:page/:id', DevicePages],
  ['insights', 'insights/tickets/:ticketId', InsightsTicketPage],
  ['insights', 'insights/:page', InsightsPage],
  ['admin', 'admin/:page', AdminPage],
];

// A crash while rendering a route shows the crash screen from these boundaries: the declarative
// router has no errorElement.
export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <ErrorBoundary>
        <Suspense fallback={<Loading fullScreen />}>
          <LoginPage landingPathFor={landingPathFor} />
        </Suspense>
      </ErrorBoundary>
    ),
  },
  {
    // Anonymous: an invited person (or one whose password was reset) chooses a password.
    path: '/set-password',
    element: (
      <ErrorBoundary>
        <Suspense fallback={<Loading fullScreen />}>
          <SetPasswordPage />
        </Suspense>
      </ErrorBoundary>
    ),
  },
  {
    path: '/setup',
    element: (
      <ErrorBoundary>
        <Suspense fallback={<Loading fullScreen />}>
          <SetupPage />
        </Suspense>
      </ErrorBoundary>
    ),
  },
  {
    path: '/',
    element: (
      <ErrorBoundary>
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      </ErrorBoundary>
    ),
    children: [
      { index: true, element: <LandingRedirect /> },
      ...(Object.entries(SECTION_PAGES) as [SectionId, ComponentType][]).map(([id, Page]) => ({
        path: sectionById(id).path.slice(1),
        element: <SectionPage section={id} page={Page} />,
      })),
      ...TICKET_PAGES.map(([id, path, Page]) => ({
        path,
        element: <SectionPage section={id} page={Page} />,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
];
