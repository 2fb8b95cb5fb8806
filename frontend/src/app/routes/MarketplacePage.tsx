import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { EngagementsScreen, StaffingRequestsScreen } from '@/features/market';
import { useOlaSummaries } from '@/features/sla';
import { useCurrentUser } from './current-user';
import { MarketplaceNav } from './MarketplaceNav';

/**
 * The marketplace as it stands: staffing requests leaders made from coverage gaps, and the
 * engagements partners work under. A partner's agents see their own engagements only.
 */
export function MarketplacePage() {
  const user = useCurrentUser();
  const canEdit = user.roles.includes('it-leader') || user.roles.includes('admin');
  const hospitalSide = canEdit || user.roles.includes('executive');
  // OLAs are the hospital's measure of its partners: its leaders, executives and admins read them.
  const olaSummaries = useOlaSummaries(hospitalSide);
  const [params, setParams] = useSearchParams();
  if (!hospitalSide) {
    return (
      <>
        <MarketplaceNav />
        <EngagementsScreen canEdit={false} partnerView />
      </>
    );
  }
  const tab = params.get('tab') === 'engagements' ? 'engagements' : 'requests';
  return (
    <>
      <MarketplaceNav />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'engagements' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="requests">Staffing requests</Tabs.Tab>
          <Tabs.Tab value="engagements">Engagements</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests">
          <StaffingRequestsScreen canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="engagements">
          <EngagementsScreen canEdit={canEdit} olaSummaries={olaSummaries} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
