export { InsightsScreen } from './components/InsightsScreen';
export { TicketHref } from './components/ticket-href';
