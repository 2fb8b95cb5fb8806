import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import type { Device, DeviceModel, ImportReport } from '../types';
import { EndOfSupport } from './DevicesPage';

function device(overrides: Partial<Device> = {}): Device {
  return {
    id: 1,
    modelId: 1,
    manufacturer: 'BD',
    model: 'Alaris 8015 PC Unit',
    deviceClass: 'Infusion pump',
    risk: 'HIGH',
    assetTag: 'BME-100001',
    serial: '801552391961',
    site: 'Riverside Main Campus',
    building: 'Tower A',
    unit: 'ICU 5',
    room: 'Room 112',
    department: 'Critical Care',
    status: 'IN_SERVICE',
    connected: true,
    ipAddress: '10.40.1.17',
    macAddress: '00:1A:2B:3C:4D:5E',
    firmware: '12.1.2',
    contractVendor: 'BD Service',
    contractEngagementId: null,
    contractEndsOn: '2027-10-07',
    acquiredOn: '2021-01-29',
    acquisitionCost: 3780,
    endOfSupport: '2025-01-01',
    createdAt: '2026-12-07T04:29:27Z',
    updatedAt: '2026-12-07T04:29:27Z',
    version: 0,
    ...overrides,
  };
}

const MODEL: DeviceModel = {
  id: 1,
  manufacturer: 'BD',
  model: 'Alaris 8015 PC Unit',
  deviceClass: 'Infusion pump',
  risk: 'HIGH',
  pmIntervalMonths: 12,
  pmProcedure: null,
  replacementCost: null,
  devices: 900,
  version: 0,
  remoteRecovery: true,
};

const VENT = device({
  id: 2,
  assetTag: 'BME-102001',
  manufacturer: 'Hamilton Medical',
  model: 'C6',
  deviceClass: 'Ventilator',
  risk: 'LIFE_SUPPORT',
  status: 'OUT_FOR_REPAIR',
  connected: false,
  ipAddress: null,
  firmware: null,
});

describe('Devices', { timeout: 60_000 }, () => {
  it('lists the fleet and searches and filters it on the server', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/devices': (url) =>
        json({
          items: url.searchParams.get('status') === 'OUT_FOR_REPAIR' ? [VENT] : [device(), VENT],
          page: 0,
          size: 50,
          total: url.searchParams.get('status') === 'OUT_FOR_REPAIR' ? 1 : 2,
        }),
      'GET /api/device-models': () => json([MODEL]),
    });
    renderApp('/devices');

    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('BME-100001')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Firmware 12.1.2')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Life support')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Out for repair')).toBeInTheDocument();
    expect(screen.getByText('2 devices')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'icu');
    await waitFor(() =>
      expect(calls('GET', '/api/devices').at(-1)?.searchParams.get('q')).toBe('icu'),
    );
    await user.click(screen.getByRole('radio', { name: 'Connected' }));
    await waitFor(() =>
      expect(calls('GET', '/api/devices').at(-1)?.searchParams.get('connected')).toBe('true'),
    );
  });

  it('imports a CMMS file and lists every refused row with its reason', async () => {
    const user = userEvent.setup();
    const report: ImportReport = {
      created: 1,
      updated: 1,
      refused: 1,
      rows: [
        { line: 2, assetTag: 'BME-1', outcome: 'UPDATED', deviceId: 1, problems: [] },
        { line: 3, assetTag: 'BME-2', outcome: 'CREATED', deviceId: 5, problems: [] },
        {
          line: 4,
          assetTag: 'BME-3',
          outcome: 'REFUSED',
          deviceId: null,
          problems: [
            {
              line: 4,
              column: 'status',
              message: 'Use IN_SERVICE, OUT_FOR_REPAIR, CANNOT_LOCATE or RETIRED.',
            },
          ],
        },
      ],
    };
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/devices': () => json({ items: [device()], page: 0, size: 50, total: 1 }),
      'GET /api/device-models': () => json([MODEL]),
      'POST /api/devices/import': () => json(report),
    });
    renderApp('/devices');
    await screen.findByText('BME-100001');

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['asset_tag\n'], 'fleet.csv', { type: 'text/csv' }));

    expect(
      await screen.findByText('Imported: 1 created, 1 updated, 1 refused'),
    ).toBeInTheDocument();
    const refused = screen.getByRole('table', { name: 'Refused rows' });
    const row = within(refused).getAllByRole('row')[1]!;
    expect(within(row).getByText('BME-3')).toBeInTheDocument();
    expect(within(row).getByText('status')).toBeInTheDocument();
    expect(calls('POST', '/api/devices/import')[0]?.searchParams.get('format')).toBe('csv');
  });
});

describe('the end of support', () => {
  it('flags a past end as ended and one within a year as near, for capital planning', () => {
    const shown = (on: string | null) => {
      const { container, unmount } = render(
        <MantineProvider>
          <EndOfSupport on={on} today="2026-12-07" />
        </MantineProvider>,
      );
      const text = [...container.querySelectorAll('p')].map((p) => p.textContent).join(' · ');
      unmount();
      return text;
    };
    expect(shown('2025-01-01')).toBe('2025-01-01 · ended');
    expect(shown('2026-12-06')).toBe('2026-12-06 · ended');
    expect(shown('2026-12-07')).toBe('2026-12-07 · within a year');
    expect(shown('2027-12-06')).toBe('2027-12-06 · within a year');
    expect(shown('2027-12-07')).toBe('2027-12-07');
    expect(shown(null)).toBe('—');
  });
});
