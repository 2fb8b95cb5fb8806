// The marketplace screens of issue #21, loaded together on first use (see lazy-marketplace.tsx).
export { OurProposalsScreen } from './OurProposalsScreen';
export { PartnerProfileEditor } from './PartnerProfileEditor';
export { PartnerRequestsScreen } from './PartnerRequestsScreen';
export { PartnersScreen } from './PartnersScreen';
