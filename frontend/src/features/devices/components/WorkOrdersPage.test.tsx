import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { WorkOrder } from '../types';

function order(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 41,
    number: 'WO-41',
    kind: 'PREVENTIVE',
    status: 'OPEN',
    summary: 'Preventive maintenance: BD Alaris 8015 PC Unit',
    device: {
      id: 7,
      assetTag: 'BME-100007',
      manufacturer: 'BD',
      model: 'Alaris 8015 PC Unit',
      deviceClass: 'Infusion pump',
      site: 'Riverside Main Campus',
      unit: 'ICU 5',
      room: 'Room 112',
    },
    ticketId: null,
    ticketNumber: null,
    advisoryId: null,
    groupId: 9,
    groupName: 'Clinical Engineering',
    assigneeId: 3,
    assigneeName: 'Frank Delgado',
    dueOn: '2026-12-01',
    windowEndsOn: '2026-12-31',
    timeliness: 'PENDING',
    overdue: true,
    plannedStart: '2026-12-08T20:30:00Z',
    plannedEnd: '2026-12-08T21:30:00Z',
    inBusyHours: false,
    deviceDown: false,
    openedAt: '2026-11-01T05:00:00Z',
    completedAt: null,
    completedById: null,
    completedByName: null,
    laborMinutes: null,
    partsCost: null,
    parts: null,
    checklist: [
      { item: 'Flow accuracy', result: null, reading: null },
      { item: 'Occlusion alarm', result: null, reading: null },
    ],
    note: null,
    reason: null,
    version: 0,
    ...overrides,
  };
}

const SUMMARY = {
  sites: [{ id: null, name: 'Riverside Main Campus', overdue: 12, dueThisWeek: 30, open: 140 }],
  technicians: [{ id: 3, name: 'Frank Delgado', overdue: 7, dueThisWeek: 14, open: 70 }],
};

describe('Work orders', { timeout: 60_000 }, () => {
  it('opens on the overdue list with the workload per site and technician', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/work-orders': () => json({ items: [order()], page: 0, size: 50, total: 1 }),
      'GET /api/work-orders/summary': () => json(SUMMARY),
    });
    renderApp('/devices/work-orders');

    const table = await screen.findByRole('table', { name: 'Work orders' });
    expect(within(table).getByText('BME-100007')).toBeInTheDocument();
    expect(within(table).getByText('In window')).toBeInTheDocument();
    expect(calls('GET', '/api/work-orders')[0]?.searchParams.get('due')).toBe('overdue');
    const bySite = screen.getByRole('table', { name: 'Open work by site' });
    expect(within(bySite).getByText('12')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plan maintenance' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Due this week' }));
    await waitFor(() =>
      expect(calls('GET', '/api/work-orders').at(-1)?.searchParams.get('due')).toBe('week'),
    );
  });

  it('completes maintenance item by item and shows what the server refuses', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    let attempts = 0;
    fakeBackend(['it-leader'], {
      'GET /api/work-orders': () => json({ items: [order()], page: 0, size: 50, total: 1 }),
      'GET /api/work-orders/summary': () => json(SUMMARY),
      'POST /api/work-orders/41/complete': (_url, init) => {
        bodies.push(JSON.parse(init?.body as string));
        attempts++;
        return attempts === 1
          ? fieldProblem([{ field: 'checklist', message: 'no result for "Occlusion alarm"' }])
          : json(order({ status: 'DONE', timeliness: 'ON_TIME', version: 1 }));
      },
    });
    renderApp('/devices/work-orders');

    await user.click(await screen.findByRole('button', { name: /^WO-41/ }));
    const drawer = await screen.findByRole('dialog');
    const flow = within(drawer).getByRole('radiogroup', { name: 'Flow accuracy' });
    await user.click(within(flow).getByRole('radio', { name: 'Pass' }));
    await user.type(within(drawer).getByRole('textbox', { name: 'Reading: Flow accuracy' }), '+2%');
    await user.type(within(drawer).getByRole('textbox', { name: /Time spent/ }), '45');
    await user.click(within(drawer).getByRole('button', { name: 'Complete work order' }));
    expect(await within(drawer).findByText('no result for "Occlusion alarm"')).toBeInTheDocument();
    expect(bodies[0]).toMatchObject({
      outcome: 'DONE',
      laborMinutes: 45,
      version: 0,
      checklist: [{ item: 'Flow accuracy', result: 'PASS', reading: '+2%' }],
    });

    const alarm = within(drawer).getByRole('radiogroup', { name: 'Occlusion alarm' });
    await user.click(within(alarm).getByRole('radio', { name: 'Pass' }));
    await user.click(within(drawer).getByRole('button', { name: 'Complete work order' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodies[1]).toMatchObject({ checklist: [{ result: 'PASS' }, { result: 'PASS' }] });
  });
});
