export { OrganizationSettingsPage } from './components/OrganizationSettingsPage';
