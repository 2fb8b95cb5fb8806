export { ScorecardsScreen } from './components/ScorecardsScreen';
