export { GoLivesScreen, GO_LIVES_PATH } from './components/GoLivesScreen';
export { GoLiveDetail } from './components/GoLiveDetail';
