export { CoverageScreen } from './components/CoverageScreen';
