import { useParams } from 'react-router';
import { GO_LIVES_PATH, GoLiveDetail, GoLivesScreen } from '@/features/golives';
import { NotFound } from './NotFound';
import { useCurrentUser } from './current-user';
import { MarketplaceSubPage } from './MarketplaceNav';

/** Go-lives: IT leaders and administrators plan them, executives read them. */
export function GoLivesPage() {
  const user = useCurrentUser();
  const { goLiveId } = useParams();
  const canEdit = user.roles.includes('it-leader') || user.roles.includes('admin');
  const id = goLiveId === undefined ? null : Number(goLiveId);
  if (id !== null && !(Number.isInteger(id) && id > 0)) return <NotFound />;
  return (
    <MarketplaceSubPage path={GO_LIVES_PATH}>
      {id === null ? (
        <GoLivesScreen canEdit={canEdit} />
      ) : (
        <GoLiveDetail key={id} id={id} canEdit={canEdit} />
      )}
    </MarketplaceSubPage>
  );
}
