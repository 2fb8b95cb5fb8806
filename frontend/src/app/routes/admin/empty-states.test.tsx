import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '@/testing/fetch-mock';
import { fakeBackend } from '@/testing/fake-backend';
import { renderApp } from '@/testing/render';

const EMPTY_PAGE = { items: [], page: 0, size: 200, total: 0 };

/** A hospital that has just been created: nothing set up yet. */
function emptyHospital() {
  return fakeBackend(['admin'], {
    'GET /api/calendars': () => json(EMPTY_PAGE),
    'GET /api/sla/policies': () => json(EMPTY_PAGE),
    'GET /api/sla/olas': () => json({ items: [] }),
    'GET /api/sla/policy-defaults': () =>
      json({ pauseOn: ['PENDING_CUSTOMER'], warnings: [50, 75, 90] }),
    'GET /api/canned-reply-groups': () => json([]),
    'GET /api/support-groups': () => json([]),
    'GET /api/business-associate-agreements': () => json({ partners: [], agreements: [] }),
    'GET /api/phi-access': () => json({ ...EMPTY_PAGE, size: 50 }),
  });
}

configure({ asyncUtilTimeout: 4000 });

// Every admin screen says what to do first when the hospital has nothing yet.
describe('admin screens of an empty hospital', { timeout: 20_000 }, () => {
  it.each([
    ['calendars', /Start with New calendar/],
    ['sla-policies', /Start with New policy/],
    ['partner-olas', /First engage a partner in the Marketplace/],
    ['canned-replies', /An administrator\s+first creates the support groups/],
    ['compliance?view=agreements', /First engage a partner in the Marketplace/],
  ])('/admin/%s', async (path, firstStep) => {
    emptyHospital();
    renderApp(`/admin/${path}`);

    expect(await screen.findByText(firstStep)).toBeInTheDocument();
  });
});
