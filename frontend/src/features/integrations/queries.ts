// The integrations' query hooks for other features (a vendor's case channel names a connector).
// Apart from index.ts so that importing them never pulls the integrations screens along.
export { useConnectorChoices } from './api/connectors';
