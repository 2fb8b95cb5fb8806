export {
  CannedRepliesManager,
  InsightsTicketPage,
  PartnerPage,
  PartnerTicketPage,
  PortalNewTicketPage,
  PortalPage,
  PortalTicketPage,
  WorkspacePage,
  WorkspaceTicketPage,
} from './components/lazy-pages';
export { NotificationsBellOnDemand as NotificationsBell } from './components/NotificationsBellOnDemand';
