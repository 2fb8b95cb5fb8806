export { SupportGroups } from './components/SupportGroups';
