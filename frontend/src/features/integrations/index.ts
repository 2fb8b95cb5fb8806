export { IntegrationsPage } from './components/IntegrationsPage';
export type { Connector, ConnectorInput, ConnectorStatus, DeadLetter, DeskKind } from './types';
