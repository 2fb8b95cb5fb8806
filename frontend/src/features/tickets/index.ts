export {
  PartnerPage,
  PartnerTicketPage,
  PortalNewTicketPage,
  PortalPage,
  PortalTicketPage,
  WorkspacePage,
  WorkspaceTicketPage,
} from './components/pages';
export { NotificationsBell } from './components/NotificationsBell';
