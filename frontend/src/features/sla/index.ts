export { SlaPolicies } from './components/SlaPolicies';
export { PartnerOlas } from './components/PartnerOlas';
export { SlaCompliance } from './components/lazy-compliance';
export { SlaCountdown } from './components/SlaCountdown';
export { useCountdown } from './hooks/use-countdown';
export { useBreachingSoon, useTicketSla } from './api/get-ticket-sla';
export { useOlaSummaries } from './api/olas';
export type { AtRisk, BreachingSoon, SlaTimer, TicketSla } from './types';
