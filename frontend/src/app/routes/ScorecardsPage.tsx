import { ScorecardsScreen } from '@/features/scorecards';
import { useCurrentUser } from './current-user';
import { MarketplaceSubPage } from './MarketplaceNav';

/** Scorecards: the hospital's side sees every row, a partner's manager its own. */
export function ScorecardsPage() {
  const user = useCurrentUser();
  const hospitalSide = ['it-leader', 'executive', 'admin'].some((role) =>
    user.roles.includes(role),
  );
  return (
    <MarketplaceSubPage path="/marketplace/scorecards">
      <ScorecardsScreen partnerView={!hospitalSide} />
    </MarketplaceSubPage>
  );
}
