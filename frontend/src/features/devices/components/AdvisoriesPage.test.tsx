import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { Advisory, AdvisorySummary, DeviceModel, OutagePlaybook } from '../types';
import { firmwareRange } from './advisory-labels';

const SUMMARY: AdvisorySummary = {
  id: 7,
  cve: 'CVE-2024-31987',
  title: 'Connex Spot Monitor: unauthenticated access to the service interface',
  severity: 'HIGH',
  models: [{ id: 3, manufacturer: 'Welch Allyn', model: 'Connex Spot Monitor' }],
  firmwareFrom: '2.4.0',
  firmwareTo: '2.4.2',
  routing: 'BOTH',
  affected: 214,
  remaining: 86,
  createdAt: '2026-11-25T04:29:27Z',
  remediationOpenedAt: '2026-11-25T04:29:28Z',
};

const MODEL: DeviceModel = {
  id: 3,
  manufacturer: 'Welch Allyn',
  model: 'Connex Spot Monitor',
  deviceClass: 'Vital signs monitor',
  risk: 'MEDIUM',
  pmIntervalMonths: 12,
  pmProcedure: null,
  replacementCost: null,
  devices: 300,
  version: 0,
  remoteRecovery: true,
};

const DETAIL: Advisory = {
  ...SUMMARY,
  remediation: 'Update to firmware 2.4.3.',
  createdBy: 'Lee Leader',
  version: 0,
  remainingByUnit: [
    { site: 'Riverside Main Campus', unit: 'ICU 5', devices: 12 },
    { site: 'Riverside North', unit: null, devices: 3 },
  ],
  remainingDevices: {
    items: [
      {
        deviceId: 41,
        assetTag: 'BME-102417',
        manufacturer: 'Welch Allyn',
        model: 'Connex Spot Monitor',
        site: 'Riverside Main Campus',
        unit: 'ICU 5',
        room: 'Room 112',
        firmware: null,
        workOrderIds: [901, 902],
      },
    ],
    page: 0,
    size: 50,
    total: 86,
  },
};

describe('Security advisories', { timeout: 60_000 }, () => {
  it('lists advisories with how much of their exposure is left', async () => {
    fakeBackend(['it-leader'], {
      'GET /api/advisories': () => json({ items: [SUMMARY], page: 0, size: 20, total: 1 }),
    });
    renderApp('/devices/advisories');

    const row = (await screen.findAllByRole('row'))[1]!;
    expect(within(row).getByRole('link', { name: 'CVE-2024-31987' })).toHaveAttribute(
      'href',
      '/devices/advisories/7',
    );
    expect(within(row).getByText('86 remaining')).toBeInTheDocument();
    expect(within(row).getByText('128 of 214 patched')).toBeInTheDocument();
    expect(within(row).getByRole('progressbar')).toHaveAttribute(
      'aria-label',
      '60% of affected devices patched',
    );
    expect(within(row).getByText(/Firmware 2.4.0 – 2.4.2 · Biomed and IT/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Outage playbook' })).toBeInTheDocument();
  });

  it('files an advisory with models and a firmware range, showing the refusal by field', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { calls, fetchMock } = fakeBackend(['it-leader'], {
      'GET /api/advisories': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'GET /api/device-models': () => json([MODEL]),
      'POST /api/advisories': () =>
        ++attempts === 1
          ? fieldProblem([{ field: 'firmwareTo', message: 'must not come before firmwareFrom' }])
          : json(DETAIL, 201),
      'GET /api/advisories/:id': () => json(DETAIL),
    });
    renderApp('/devices/advisories');
    expect(await screen.findByText('No advisories')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'File advisory' }));
    await user.type(await screen.findByRole('textbox', { name: 'CVE' }), 'CVE-2024-31987');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Service port open');
    // The multi-select's own input, not the hidden one that carries its value.
    const models = screen
      .getAllByLabelText(/Affected models/)
      .find((element) => element.tagName === 'INPUT' && element.getAttribute('type') !== 'hidden');
    await pick(user, models!, /Welch Allyn Connex Spot Monitor/);
    await user.type(screen.getByRole('textbox', { name: /Firmware from/ }), '2.10');
    await user.type(screen.getByRole('textbox', { name: /Firmware to/ }), '2.9');
    await user.click(screen.getByRole('radio', { name: 'IT' }));
    await user.type(screen.getByRole('textbox', { name: 'Remediation' }), 'Update');
    await user.click(screen.getByRole('button', { name: 'File and open work orders' }));

    expect(await screen.findByText('must not come before firmwareFrom')).toBeInTheDocument();
    const body = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body;
    const sent = JSON.parse(typeof body === 'string' ? body : '') as Record<string, unknown>;
    expect(sent).toEqual({
      cve: 'CVE-2024-31987',
      title: 'Service port open',
      severity: 'HIGH',
      modelIds: [3],
      firmwareFrom: '2.10',
      firmwareTo: '2.9',
      remediation: 'Update',
      routing: 'IT',
    });

    await user.click(screen.getByRole('button', { name: 'File and open work orders' }));
    // Filed: the advisory's page, with its remaining devices.
    expect(await screen.findByRole('heading', { name: 'CVE-2024-31987' })).toBeInTheDocument();
    expect(calls('POST', '/api/advisories')).toHaveLength(2);
  });

  it('shows an advisory: affected, remaining, by unit and each device with its work orders', async () => {
    const { calls } = fakeBackend(['admin'], {
      'GET /api/advisories/:id': () => json(DETAIL),
    });
    renderApp('/devices/advisories/7');

    expect(await screen.findByRole('heading', { name: 'CVE-2024-31987' })).toBeInTheDocument();
    expect(screen.getByText('Filed 2026-11-25 by Lee Leader')).toBeInTheDocument();
    const units = screen.getByRole('table', { name: 'Remaining devices by unit' });
    expect(within(units).getByText('ICU 5')).toBeInTheDocument();
    expect(within(units).getByText('No unit recorded')).toBeInTheDocument();
    const devices = screen.getByRole('table', { name: 'Remaining devices' });
    const row = within(devices).getAllByRole('row')[1]!;
    expect(within(row).getByText('BME-102417')).toBeInTheDocument();
    expect(within(row).getByText('unknown')).toBeInTheDocument();
    expect(within(row).getByText('WO-901')).toBeInTheDocument();
    expect(within(row).getByText('WO-902')).toBeInTheDocument();
    // The exposure and the list's count.
    expect(screen.getAllByText('86 remaining')).toHaveLength(2);
    expect(calls('GET', '/api/advisories/7')[0]?.searchParams.get('size')).toBe('50');
  });

  it('says the work orders are being opened, and shows the exposure once they are', async () => {
    let reads = 0;
    const opening: Advisory = {
      ...DETAIL,
      affected: 0,
      remaining: 0,
      remediationOpenedAt: null,
      remainingByUnit: [],
      remainingDevices: { items: [], page: 0, size: 50, total: 0 },
    };
    fakeBackend(['admin'], {
      'GET /api/advisories/:id': () => json(++reads === 1 ? opening : DETAIL),
    });
    renderApp('/devices/advisories/7');

    expect(await screen.findByText('Opening remediation work orders')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Opening work orders' })).toBeInTheDocument();
    // Not "no device was affected": nothing is known yet.
    expect(screen.queryByText('No device was affected')).not.toBeInTheDocument();
    // The page looks again by itself.
    expect(
      await screen.findByRole('table', { name: 'Remaining devices' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('86 remaining')).toHaveLength(2);
    expect(screen.queryByText('Opening remediation work orders')).not.toBeInTheDocument();
  });

  it('names a firmware range with open ends in words', () => {
    expect(firmwareRange('2.4.0', '2.4.2')).toBe('2.4.0 – 2.4.2');
    expect(firmwareRange('2.4.0', '2.4.0')).toBe('2.4.0');
    expect(firmwareRange('2.4.0', null)).toBe('2.4.0 and later');
    expect(firmwareRange(null, '2.4.2')).toBe('up to 2.4.2');
    expect(firmwareRange(null, null)).toBe('every version');
  });
});

const PLAYBOOK: OutagePlaybook = {
  devices: 15,
  units: [
    { site: 'Riverside Main Campus', unit: 'ICU 5', devices: 9 },
    { site: 'Riverside North', unit: 'ICU North', devices: 6 },
  ],
  page: {
    items: [
      {
        id: 5,
        assetTag: 'BME-101201',
        manufacturer: 'Philips',
        model: 'IntelliVue MX800',
        deviceClass: 'Patient monitor',
        risk: 'HIGH',
        status: 'IN_SERVICE',
        site: 'Riverside Main Campus',
        building: 'Tower A',
        unit: 'ICU 5',
        room: 'Room 112',
        ipAddress: '10.40.1.17',
      },
    ],
    page: 0,
    size: 50,
    total: 15,
  },
};

describe('the outage playbook', { timeout: 60_000 }, () => {
  it('counts the devices to visit by unit and lists a unit when picked', async () => {
    const user = userEvent.setup();
    const { calls } = fakeBackend(['it-leader'], {
      'GET /api/devices/outage-playbook': () => json(PLAYBOOK),
    });
    renderApp('/devices/outage-playbook');

    expect(await screen.findByText('15 devices need a visit')).toBeInTheDocument();
    const units = screen.getByRole('navigation', { name: 'Units' });
    expect(within(units).getByText('Riverside North')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Devices to visit' })).toHaveTextContent('10.40.1.17');

    await user.click(within(units).getByRole('button', { name: /ICU North/ }));
    await waitFor(() => {
      const last = calls('GET', '/api/devices/outage-playbook').at(-1);
      expect(last?.searchParams.get('site')).toBe('Riverside North');
      expect(last?.searchParams.get('unit')).toBe('ICU North');
    });
  });
});
