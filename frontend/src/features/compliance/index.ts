export { ComplianceScreen } from './components/ComplianceScreen';
export { ComplianceLink } from './components/ComplianceLink';
