import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json, problem } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { ReplacementPlan, ReplacementRow } from '../types';

function row(overrides: Partial<ReplacementRow> = {}): ReplacementRow {
  return {
    rank: 1,
    score: 71.3,
    deviceId: 11,
    assetTag: 'BME-100001',
    modelId: 1,
    manufacturer: 'BD',
    model: 'Alaris 8015 PC Unit',
    deviceClass: 'Infusion pump',
    risk: 'HIGH',
    site: 'Riverside Main Campus',
    unit: 'ICU 5',
    status: 'IN_SERVICE',
    acquiredOn: '2013-03-01',
    ageYears: 13.8,
    endOfSupport: '2024-01-01',
    support: 'PAST',
    repairCost: 2555,
    laborMinutes: 180,
    partsCost: 2300,
    replacementCost: 4200,
    replacementCostSource: 'ACQUISITION',
    repairToReplacement: 0.608,
    downtimeHours: 72,
    uptimePercent: 99.18,
    correctiveCount: 3,
    couldNotDuplicateCount: 0,
    ...overrides,
  };
}

function plan(items: ReplacementRow[], total = items.length): ReplacementPlan {
  return {
    from: '2025-12-08',
    to: '2026-12-07',
    laborRate: 85,
    items,
    page: 0,
    size: 50,
    total,
    models: [
      {
        modelId: 1,
        manufacturer: 'BD',
        model: 'Alaris 8015 PC Unit',
        devices: 900,
        downtimeHours: 412.5,
        uptimePercent: 99.95,
        correctiveCount: 40,
        couldNotDuplicateCount: 6,
      },
    ],
    couldNotDuplicate: [
      {
        modelId: 1,
        manufacturer: 'BD',
        model: 'Alaris 8015 PC Unit',
        site: 'Riverside Main Campus',
        unit: '5 West',
        count: 4,
      },
    ],
    sites: ['Riverside Main Campus', 'Riverside North'],
    deviceClasses: ['Infusion pump', 'Ventilator'],
  };
}

afterEach(() => vi.restoreAllMocks());

describe('Replacement plan', { timeout: 60_000 }, () => {
  it('ranks devices with the figures behind each rank, and the model and training figures', async () => {
    fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () =>
        json(
          plan([
            row(),
            row({
              rank: 2,
              score: 12.5,
              deviceId: 12,
              assetTag: 'BME-100002',
              endOfSupport: null,
              support: 'UNKNOWN',
              repairCost: 0,
              replacementCost: null,
              replacementCostSource: null,
              repairToReplacement: null,
              uptimePercent: null,
              ageYears: null,
              acquiredOn: null,
            }),
          ]),
        ),
      'GET /api/device-models': () => json([]),
    });
    renderApp('/devices/replacement-plan');

    const table = await screen.findByRole('table', { name: 'Replacement plan' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByText('BME-100001')).toBeInTheDocument();
    expect(first.getByLabelText('Score 71.3')).toHaveTextContent('71.3');
    expect(first.getByText('ended')).toBeInTheDocument();
    expect(first.getByText('$2,555')).toBeInTheDocument();
    expect(first.getByText('61 % of new')).toBeInTheDocument();
    expect(first.getByText('$4,200 *')).toBeInTheDocument();
    expect(first.getByText('72 h down')).toBeInTheDocument();
    expect(first.getByText('99.18 %')).toBeInTheDocument();
    expect(first.getByText('13.8 y')).toBeInTheDocument();
    const second = within(rows[1]!);
    expect(second.getByText('price unknown')).toBeInTheDocument();
    expect(second.getAllByText('—').length).toBeGreaterThanOrEqual(3);
    expect(screen.getByText(/counted from 2025-12-08 to 2026-12-07/)).toBeInTheDocument();
    expect(screen.getByText(/labour at \$85 an hour/)).toBeInTheDocument();

    const models = screen.getByRole('table', { name: 'Uptime by model' });
    expect(within(models).getByText('99.95 %')).toBeInTheDocument();
    const training = screen.getByRole('table', { name: 'Could not duplicate by model and unit' });
    expect(within(training).getByText('5 West · Riverside Main Campus')).toBeInTheDocument();
    expect(within(training).getByText('4')).toBeInTheDocument();
  });

  it('filters on the server and exports the same filters as CSV', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () => json(plan([row()])),
      'GET /api/devices/replacement-plan/export': () =>
        new Response('rank,score\n1,71.3\n', { headers: { 'Content-Type': 'text/csv' } }),
      'GET /api/device-models': () => json([]),
    });
    const createObjectURL = vi.fn(() => 'blob:plan');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    renderApp('/devices/replacement-plan');
    await screen.findByRole('table', { name: 'Replacement plan' });

    await pick(user, await screen.findByRole('combobox', { name: 'Site' }), /Riverside North/);
    await waitFor(() =>
      expect(calls('GET', '/api/devices/replacement-plan').at(-1)?.searchParams.get('site')).toBe(
        'Riverside North',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toEqual(['medley-replacement-plan.csv']));
    expect(calls('GET', '/api/devices/replacement-plan/export')[0]?.searchParams.get('site')).toBe(
      'Riverside North',
    );
  });

  it('says so when nothing is left to rank, and when the plan cannot be read', async () => {
    fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () => json(plan([], 0)),
      'GET /api/device-models': () => json([]),
    });
    const view = renderApp('/devices/replacement-plan');
    expect(await screen.findByText('No devices in service to rank')).toBeInTheDocument();
    view.unmount();

    fakeBackend(['it-leader'], {
      'GET /api/devices/replacement-plan': () =>
        problem(400, 'Bad request', 'to: must not be before from'),
      'GET /api/device-models': () => json([]),
    });
    renderApp('/devices/replacement-plan');
    expect(await screen.findByText('We could not rank the devices')).toBeInTheDocument();
  });
});
