import type { JSX } from 'react';
import type { RouteObject } from 'react-router';
import { RouteErrorScreen } from '@/components/ErrorBoundary';
import { LoginPage, RequireAuth } from '@/features/auth';
import { landingPathFor, sectionById, type SectionId } from '@/features/navigation';
import { AppLayout } from './layout/AppLayout';
import { LandingRedirect } from './routes/LandingRedirect';
import { NotFound } from './routes/NotFound';
import { AdminPage } from './routes/AdminPage';
import { CompliancePage } from './routes/CompliancePage';
import { CoveragePage } from './routes/CoveragePage';
import {
  PartnerPage,
  PartnerTicketPage,
  PortalNewTicketPage,
  PortalPage,
  PortalTicketPage,
  WorkspacePage,
  WorkspaceTicketPage,
} from '@/features/tickets';
import { InsightsPage } from './routes/placeholders';
import { MarketplacePage } from './routes/MarketplacePage';
import { SectionRoute } from './routes/SectionRoute';

const SECTION_PAGES: Record<SectionId, () => JSX.Element> = {
  portal: PortalPage,
  workspace: WorkspacePage,
  partner: PartnerPage,
  coverage: CoveragePage,
  marketplace: MarketplacePage,
  insights: InsightsPage,
  admin: AdminPage,
};

/** Pages below a section: a ticket, a new ticket, PHI compliance under Admin. */
const TICKET_PAGES: [SectionId, string, () => JSX.Element][] = [
  ['portal', 'portal/new', PortalNewTicketPage],
  ['portal', 'portal/tickets/:ticketId', PortalTicketPage],
  ['workspace', 'workspace/tickets/:ticketId', WorkspaceTicketPage],
  ['partner', 'partner/tickets/:ticketId', PartnerTicketPage],
  ['admin', 'admin/compliance', CompliancePage],
];

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: <LoginPage landingPathFor={landingPathFor} />,
    errorElement: <RouteErrorScreen />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <RouteErrorScreen />,
    children: [
      { index: true, element: <LandingRedirect /> },
      ...(Object.entries(SECTION_PAGES) as [SectionId, () => JSX.Element][]).map(([id, Page]) => ({
        path: sectionById(id).path.slice(1),
        element: (
          <SectionRoute section={id}>
            <Page />
          </SectionRoute>
        ),
      })),
      ...TICKET_PAGES.map(([id, path, Page]) => ({
        path,
        element: (
          <SectionRoute section={id}>
            <Page />
          </SectionRoute>
        ),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
];
