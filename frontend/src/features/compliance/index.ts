export { ComplianceScreen } from './components/ComplianceScreen';
