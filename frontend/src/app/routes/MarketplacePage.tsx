import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import {
  EngagementsScreen,
  OurProposalsScreen,
  PartnerProfileEditor,
  PartnerRequestsScreen,
  PartnersScreen,
  StaffingRequestsScreen,
} from '@/features/market';
import { useOlaSummaries } from '@/features/sla';
import { useCurrentUser } from './current-user';
import { MarketplaceNav } from './MarketplaceNav';

/** The tabs of one side of the marketplace, the first being where the page opens. */
function MarketTabs({
  tabs,
}: {
  tabs: { value: string; label: string; panel: React.ReactNode }[];
}) {
  const [params, setParams] = useSearchParams();
  const first = tabs[0]!.value;
  const asked = params.get('tab');
  const tab = tabs.some((t) => t.value === asked) ? asked! : first;
  return (
    <Tabs
      value={tab}
      onChange={(value) => setParams(value && value !== first ? { tab: value } : {})}
      keepMounted={false}
    >
      <Tabs.List mb="lg">
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value}>
          {t.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

/**
 * The marketplace. The hospital's side: staffing requests leaders made from coverage gaps (to
 * publish, match and award), the partners and the engagements. A partner manager's side: the
 * requests published to its organisation, its proposals, its profile and its engagements. A
 * partner's agents see their own engagements only.
 */
export function MarketplacePage() {
  const user = useCurrentUser();
  const canEdit = user.roles.includes('it-leader') || user.roles.includes('admin');
  const hospitalSide = canEdit || user.roles.includes('executive');
  // OLAs are the hospital's measure of its partners: its leaders, executives and admins read them.
  const olaSummaries = useOlaSummaries(hospitalSide);
  if (hospitalSide) {
    return (
      <>
        <MarketplaceNav />
        <MarketTabs
          tabs={[
            {
              value: 'requests',
              label: 'Staffing requests',
              panel: <StaffingRequestsScreen canEdit={canEdit} />,
            },
            { value: 'partners', label: 'Partners', panel: <PartnersScreen /> },
            {
              value: 'engagements',
              label: 'Engagements',
              panel: <EngagementsScreen canEdit={canEdit} olaSummaries={olaSummaries} />,
            },
          ]}
        />
      </>
    );
  }
  if (user.roles.includes('partner-manager')) {
    return (
      <>
        <MarketplaceNav />
        <MarketTabs
          tabs={[
            { value: 'requests', label: 'Requests for you', panel: <PartnerRequestsScreen /> },
            { value: 'proposals', label: 'Our proposals', panel: <OurProposalsScreen /> },
            { value: 'profile', label: 'Our profile', panel: <PartnerProfileEditor /> },
            {
              value: 'engagements',
              label: 'Engagements',
              panel: <EngagementsScreen canEdit={false} partnerView />,
            },
          ]}
        />
      </>
    );
  }
  return (
    <>
      <MarketplaceNav />
      <EngagementsScreen canEdit={false} partnerView />
    </>
  );
}
