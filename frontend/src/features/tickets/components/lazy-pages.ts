import { lazy, type ComponentType } from 'react';
import type * as Pages from './pages';

/*
 * The ticket pages load when a route first shows one: the sign-in page and the shell (which shows
 * the notifications bell) do not carry them. pages.tsx loads the desk's queue and ticket view
 * and the portal's ticket and report form on their own, so the portal's home stays small.
 */
function page(name: keyof typeof Pages): ComponentType {
  return lazy(() => import('./pages').then((pages) => ({ default: pages[name] })));
}

export const PortalPage = page('PortalPage');
export const PortalNewTicketPage = page('PortalNewTicketPage');
export const PortalTicketPage = page('PortalTicketPage');
export const WorkspacePage = page('WorkspacePage');
export const WorkspaceTicketPage = page('WorkspaceTicketPage');
export const PartnerPage = page('PartnerPage');
export const PartnerTicketPage = page('PartnerTicketPage');
export const InsightsTicketPage = page('InsightsTicketPage');

/** The admin section for canned replies, loaded with the admin page, not with the shell. */
export const CannedRepliesManager = lazy(() =>
  import('./CannedRepliesManager').then((module) => ({ default: module.CannedRepliesManager })),
);
