export { RoutingRulesPage } from './components/RoutingRulesPage';
