import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { SetupChecklist, SetupStep } from '../types';

function step(key: string, label: string, count: number, order: string): SetupStep {
  return {
    key,
    label,
    hint: `${order} first`,
    link: `/admin/${key}`,
    count,
    done: count > 0,
  };
}

const CHECKLIST: SetupChecklist = {
  steps: [
    step('organization', 'Organisation', 1, 'Choose a calendar'),
    step('calendars', 'Business calendars', 2, 'Add hours'),
    step('applications', 'Applications', 14, 'Add applications'),
    step('staff', 'Staff', 30, 'Add staff'),
    step('groups', 'Support groups', 0, 'Create a group'),
    step('routing', 'Routing rules', 0, 'Add a rule'),
    step('sla-policies', 'SLA policies', 4, 'Set targets'),
    step('partners', 'Partners', 0, 'Engage a partner'),
  ],
  done: 5,
  total: 8,
};

configure({ asyncUtilTimeout: 4000 });

describe('setup checklist on the admin overview', { timeout: 20_000 }, () => {
  it('shows progress, each step with its count and link, and the hint where not done', async () => {
    fakeBackend(['admin'], { 'GET /api/setup/checklist': () => json(CHECKLIST) });
    renderApp('/admin');

    expect(await screen.findByTestId('setup-progress')).toHaveTextContent('5 of 8 done');
    const calendars = screen.getByTestId('setup-step-calendars');
    expect(within(calendars).getByRole('link', { name: 'Business calendars' })).toHaveAttribute(
      'href',
      '/admin/calendars',
    );
    expect(within(calendars).getByText('2')).toBeInTheDocument();
    expect(within(calendars).getByText('Done')).toBeInTheDocument();
    expect(within(calendars).queryByText('Add hours first')).not.toBeInTheDocument();

    const groups = screen.getByTestId('setup-step-groups');
    expect(within(groups).getByText('To do')).toBeInTheDocument();
    expect(within(groups).getByText('Create a group first')).toBeInTheDocument();
    // The cards of every admin page stay below.
    expect(screen.getByText(/Name, time zone, reopen window/)).toBeInTheDocument();
  });

  it('is never shown to someone who is not an administrator', async () => {
    const { calls } = fakeBackend(['agent'], {
      'GET /api/calendars': () => json({ items: [], page: 0, size: 20, total: 0 }),
    });
    renderApp('/admin');

    expect(
      (await screen.findAllByRole('heading', { name: 'Business calendars' })).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/Set up Medley/)).not.toBeInTheDocument();
    expect(calls('GET', '/api/setup/checklist')).toHaveLength(0);
  });
});
