import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, fieldProblem } from '@/testing/fake-backend';
import { json } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { pick } from '@/testing/select';
import type { Device, DeviceModel, WorkOrder } from '../types';
import { DevicePages } from './DevicePages';

function device(overrides: Partial<Device> = {}): Device {
  return {
    id: 7,
    modelId: 1,
    manufacturer: 'BD',
    model: 'Alaris 8015 PC Unit',
    deviceClass: 'Infusion pump',
    risk: 'HIGH',
    assetTag: 'BME-100007',
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
    endOfSupport: '2031-01-01',
    createdAt: '2026-12-07T04:29:27Z',
    updatedAt: '2026-12-07T04:29:27Z',
    version: 3,
    ...overrides,
  };
}

const MODELS: DeviceModel[] = [
  {
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
  },
  {
    id: 2,
    manufacturer: 'Hamilton Medical',
    model: 'C6',
    deviceClass: 'Ventilator',
    risk: 'LIFE_SUPPORT',
    pmIntervalMonths: 6,
    pmProcedure: null,
    replacementCost: null,
    devices: 40,
    version: 0,
    remoteRecovery: false,
  },
];

function order(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: 41,
    number: 'WO-41',
    kind: 'CORRECTIVE',
    status: 'DONE',
    summary: 'Pump alarms with no occlusion',
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
    ticketId: 12,
    ticketNumber: 'INC-000012',
    advisoryId: null,
    groupId: 9,
    groupName: 'Clinical Engineering',
    assigneeId: 3,
    assigneeName: 'Frank Delgado',
    dueOn: null,
    windowEndsOn: null,
    timeliness: null,
    overdue: false,
    plannedStart: null,
    plannedEnd: null,
    inBusyHours: false,
    deviceDown: true,
    openedAt: '2026-11-20T05:00:00Z',
    completedAt: '2026-11-21T15:00:00Z',
    completedById: 3,
    completedByName: 'Frank Delgado',
    laborMinutes: 45,
    partsCost: null,
    parts: null,
    checklist: [],
    note: 'Replaced the door latch.',
    reason: null,
    version: 1,
    ...overrides,
  };
}

const page = <T,>(items: T[]) => json({ items, page: 0, size: 20, total: items.length });

/** A device, the models, no engagements, and its work: one done fault, nothing open. */
function deviceBackend(roles: string[], handlers: Parameters<typeof fakeBackend>[1] = {}) {
  return fakeBackend(roles, {
    'GET /api/devices/:id': () => json(device()),
    'GET /api/device-models': () => json(MODELS),
    'GET /api/engagements': () => page([]),
    'GET /api/work-orders': (url) =>
      url.searchParams.get('status') === 'OPEN' ? page([]) : page([order()]),
    ...handlers,
  });
}

/** The body a fetch call sent, parsed. */
function bodyOf(fetchMock: ReturnType<typeof fakeBackend>['fetchMock'], method: string) {
  const call = fetchMock.mock.calls.filter(([, init]) => init?.method === method).at(-1);
  return JSON.parse(call?.[1]?.body as string) as Record<string, unknown>;
}

describe('A device', { timeout: 60_000 }, () => {
  it('shows the device whole and its work orders, newest first or open soonest due', async () => {
    const user = userEvent.setup();
    const { calls } = deviceBackend(['it-leader']);
    renderApp('/devices/device/7');

    expect(await screen.findByRole('heading', { level: 1, name: 'BME-100007' })).toBeVisible();
    for (const heading of ['Device', 'Location', 'Network', 'Support and lifecycle']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText('801552391961')).toBeInTheDocument();
    expect(screen.getByText('Infusion pump')).toBeInTheDocument();
    expect(screen.getByText('Critical Care')).toBeInTheDocument();
    expect(screen.getByText('10.40.1.17')).toBeInTheDocument();
    expect(screen.getByText('00:1A:2B:3C:4D:5E')).toBeInTheDocument();
    expect(screen.getByText('12.1.2')).toBeInTheDocument();
    expect(screen.getByText('BD Service')).toBeInTheDocument();
    expect(screen.getByText('2027-10-07')).toBeInTheDocument();
    expect(screen.getByText('$3,780.00')).toBeInTheDocument();
    expect(screen.getByText('2031-01-01')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Work orders on this device' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('WO-41')).toBeInTheDocument();
    expect(within(row).getByText('from INC-000012')).toBeInTheDocument();
    expect(within(row).getByText('Done')).toBeInTheDocument();
    const all = calls('GET', '/api/work-orders').at(-1)!;
    expect(all.searchParams.get('deviceId')).toBe('7');
    expect(all.searchParams.get('sort')).toBe('openedAt,desc');

    await user.click(within(row).getByRole('button', { name: /WO-41/ }));
    const drawer = await screen.findByRole('dialog', { name: 'WO-41 · Fault' });
    expect(within(drawer).getByText('Replaced the door latch.')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('radio', { name: 'Open, soonest due' }));
    expect(await screen.findByText('No open work')).toBeInTheDocument();
    const open = calls('GET', '/api/work-orders').at(-1)!;
    expect(open.searchParams.get('status')).toBe('OPEN');
    expect(open.searchParams.get('sort')).toBe('dueOn,asc');
  });

  it('is reached from its asset tag in the list', async () => {
    const user = userEvent.setup();
    deviceBackend(['it-leader'], {
      'GET /api/devices': () => json({ items: [device()], page: 0, size: 50, total: 1 }),
    });
    const { router } = renderApp('/devices');
    await user.click(await screen.findByRole('link', { name: 'BME-100007' }));
    expect(router.state.location.pathname).toBe('/devices/device/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'BME-100007' })).toBeVisible();
  });

  it('moves to another unit and out for repair, sending the version it read', async () => {
    const user = userEvent.setup();
    let saved = device();
    const { fetchMock } = deviceBackend(['it-leader'], {
      'GET /api/devices/:id': () => json(saved),
      'PUT /api/devices/:id': () => {
        saved = device({ unit: 'ICU 6', status: 'OUT_FOR_REPAIR', version: 4 });
        return json(saved);
      },
    });
    renderApp('/devices/device/7');

    await user.click(await screen.findByRole('button', { name: 'Edit device' }));
    const form = await screen.findByRole('form', { name: 'Change device BME-100007' });
    const unit = within(form).getByRole('textbox', { name: 'Unit' });
    await user.clear(unit);
    await user.type(unit, 'ICU 6');
    await pick(user, within(form).getByRole('combobox', { name: 'Status' }), /Out for repair/);
    await user.click(within(form).getByRole('button', { name: 'Save device' }));

    await waitFor(() => expect(form).not.toBeInTheDocument());
    expect(bodyOf(fetchMock, 'PUT')).toMatchObject({
      modelId: 1,
      assetTag: 'BME-100007',
      unit: 'ICU 6',
      status: 'OUT_FOR_REPAIR',
      ipAddress: '10.40.1.17',
      version: 3,
    });
    expect(await screen.findAllByText('Out for repair')).not.toHaveLength(0);
    expect(screen.getByText('ICU 6')).toBeInTheDocument();
  });

  it('says plainly when someone changed the device first, and reloads it', async () => {
    const user = userEvent.setup();
    let version = 3;
    const { calls } = deviceBackend(['admin'], {
      'GET /api/devices/:id': () =>
        json(device({ version, firmware: version > 3 ? '12.2' : '12.1.2' })),
      'PUT /api/devices/:id': () =>
        json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'version: someone changed this device since; reload it',
            errors: [{ field: 'version', message: 'someone changed this device since; reload it' }],
          },
          409,
          'application/problem+json',
        ),
    });
    renderApp('/devices/device/7');

    await user.click(await screen.findByRole('button', { name: 'Edit device' }));
    const form = await screen.findByRole('form', { name: 'Change device BME-100007' });
    await user.click(within(form).getByRole('button', { name: 'Save device' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone changed this device');
    expect(alert).toHaveTextContent('Reload it to see their change');

    version = 4;
    await user.click(within(alert).getByRole('button', { name: 'Reload the device' }));
    await waitFor(() => expect(calls('GET', '/api/devices/7')).toHaveLength(2));
    const fresh = await screen.findByRole('form', { name: 'Change device BME-100007' });
    await waitFor(() =>
      expect(within(fresh).getByRole('textbox', { name: 'Firmware' })).toHaveValue('12.2'),
    );
    expect(within(fresh).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Adding a device', { timeout: 60_000 }, () => {
  it('shows each refused field, a tag in use plainly, and opens the new device once saved', async () => {
    const user = userEvent.setup();
    let answer = 0;
    const { fetchMock, calls } = deviceBackend(['it-leader'], {
      'GET /api/devices': () => json({ items: [device()], page: 0, size: 50, total: 1 }),
      'GET /api/devices/:id': () => json(device({ id: 8, assetTag: 'BME-200001', modelId: 2 })),
      'POST /api/devices': () => {
        answer += 1;
        if (answer === 1) {
          return fieldProblem([
            { field: 'macAddress', message: 'a MAC address such as 00:1A:2B:3C:4D:5E' },
            { field: 'acquiredOn', message: 'must not be in the future' },
          ]);
        }
        if (answer === 2) {
          return json(
            {
              type: 'about:blank',
              title: 'Conflict',
              status: 409,
              detail: 'assetTag: asset tag BME-200001 is already in use',
              errors: [{ field: 'assetTag', message: 'asset tag BME-200001 is already in use' }],
            },
            409,
            'application/problem+json',
          );
        }
        return json(device({ id: 8, assetTag: 'BME-200001', modelId: 2 }), 201);
      },
    });
    const { router } = renderApp('/devices');

    await user.click(await screen.findByRole('button', { name: 'Add device' }));
    const form = await screen.findByRole('form', { name: 'New device' });
    // Nothing is sent until the required fields are there.
    await user.click(within(form).getByRole('button', { name: 'Add device' }));
    expect(await within(form).findByText('Choose the model')).toBeInTheDocument();
    expect(within(form).getByText('Enter the serial number')).toBeInTheDocument();
    expect(calls('POST', '/api/devices')).toHaveLength(0);

    await pick(user, within(form).getByRole('combobox', { name: 'Model' }), /Hamilton Medical C6/);
    await user.type(within(form).getByRole('textbox', { name: 'Asset tag' }), 'bme-200001');
    await user.type(within(form).getByRole('textbox', { name: 'Serial number' }), 'C6-55102');
    await user.type(within(form).getByRole('textbox', { name: 'Site' }), 'Riverside Main Campus');
    await user.type(within(form).getByRole('textbox', { name: 'Unit' }), 'ICU 5');
    await user.click(within(form).getByRole('switch', { name: /Connected/ }));
    await user.type(within(form).getByRole('textbox', { name: 'MAC address' }), 'not-a-mac');
    await user.click(within(form).getByRole('button', { name: 'Add device' }));

    expect(
      await within(form).findByText('a MAC address such as 00:1A:2B:3C:4D:5E'),
    ).toBeInTheDocument();
    expect(within(form).getByText('must not be in the future')).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST')).toMatchObject({
      modelId: 2,
      assetTag: 'bme-200001',
      serial: 'C6-55102',
      site: 'Riverside Main Campus',
      unit: 'ICU 5',
      status: 'IN_SERVICE',
      connected: true,
      macAddress: 'not-a-mac',
      version: null,
    });

    await user.click(within(form).getByRole('button', { name: 'Add device' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Asset tag already in use');
    expect(alert).toHaveTextContent('Another device already carries BME-200001');

    await user.click(within(form).getByRole('button', { name: 'Add device' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/devices/device/8'));
    expect(await screen.findByRole('heading', { level: 1, name: 'BME-200001' })).toBeVisible();
  });
});

describe('Who may change devices', { timeout: 60_000 }, () => {
  it('hides adding and editing from a reader who is not a leader or administrator', async () => {
    // The section itself is for leaders and administrators; the pages check again, as the API
    // does, so that opening them to readers (agents, executives) cannot offer a 403 button.
    deviceBackend(['executive'], {
      'GET /api/devices': () => json({ items: [device()], page: 0, size: 50, total: 1 }),
    });
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ queries: { retry: false } });
    const router = createMemoryRouter(
      [
        { path: '/devices', element: <DevicePages /> },
        { path: '/devices/:page/:id', element: <DevicePages /> },
      ],
      { initialEntries: ['/devices'] },
    );
    render(
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>,
    );

    expect(await screen.findByRole('link', { name: 'BME-100007' })).toBeInTheDocument();
    // Absent because of the roles, not because they are still loading.
    await waitFor(() => expect(queryClient.getQueryState(['me'])?.status).toBe('success'));
    expect(screen.queryByRole('button', { name: 'Add device' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Import CMMS file/ })).not.toBeInTheDocument();

    await router.navigate('/devices/device/7');
    expect(await screen.findByRole('heading', { level: 1, name: 'BME-100007' })).toBeVisible();
    await screen.findByRole('table', { name: 'Work orders on this device' });
    expect(screen.queryByRole('button', { name: 'Edit device' })).not.toBeInTheDocument();
  });
});
