export {
  PartnerPage,
  PartnerTicketPage,
  PortalNewTicketPage,
  PortalPage,
  PortalTicketPage,
  WorkspacePage,
  WorkspaceTicketPage,
} from './components/lazy-pages';
export { NotificationsBell } from './components/NotificationsBell';
export { CannedRepliesManager } from './components/CannedRepliesManager';
