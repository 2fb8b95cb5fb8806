import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useNavigate } from 'react-router';
import { useEngagementOptions } from '@/features/market';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';
import { fieldErrors } from '@/lib/field-errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useDeviceModels, useSaveDevice } from '../api/devices';
import type { Device, DeviceInput, DeviceStatus } from '../types';
import { DEVICE_STATUS, RISK } from './device-labels';

interface Values extends Record<string, unknown> {
  modelId: string | null;
  assetTag: string;
  serial: string;
  status: DeviceStatus | null;
  site: string;
  building: string;
  unit: string;
  room: string;
  department: string;
  connected: boolean;
  ipAddress: string;
  macAddress: string;
  firmware: string;
  contractVendor: string;
  contractEngagementId: string | null;
  contractEndsOn: string;
  acquiredOn: string;
  acquisitionCost: number | string;
  endOfSupport: string;
}

/** The fields this form has an input for: a refusal naming another lands in the alert on top. */
const FIELDS = new Set<string>([
  'modelId',
  'assetTag',
  'serial',
  'status',
  'site',
  'building',
  'unit',
  'room',
  'department',
  'ipAddress',
  'macAddress',
  'firmware',
  'contractVendor',
  'contractEngagementId',
  'contractEndsOn',
  'acquiredOn',
  'acquisitionCost',
  'endOfSupport',
]);

function initial(device: Device | null): Values {
  return {
    modelId: device ? String(device.modelId) : null,
    assetTag: device?.assetTag ?? '',
    serial: device?.serial ?? '',
    status: device?.status ?? 'IN_SERVICE',
    site: device?.site ?? '',
    building: device?.building ?? '',
    unit: device?.unit ?? '',
    room: device?.room ?? '',
    department: device?.department ?? '',
    connected: device?.connected ?? false,
    ipAddress: device?.ipAddress ?? '',
    macAddress: device?.macAddress ?? '',
    firmware: device?.firmware ?? '',
    contractVendor: device?.contractVendor ?? '',
    contractEngagementId:
      device?.contractEngagementId == null ? null : String(device.contractEngagementId),
    contractEndsOn: device?.contractEndsOn ?? '',
    acquiredOn: device?.acquiredOn ?? '',
    acquisitionCost: device?.acquisitionCost ?? '',
    endOfSupport: device?.endOfSupport ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function input(values: Values, version: number | null): DeviceInput {
  return {
    modelId: values.modelId === null ? null : Number(values.modelId),
    assetTag: orNull(values.assetTag),
    serial: orNull(values.serial),
    status: values.status,
    site: orNull(values.site),
    building: orNull(values.building),
    unit: orNull(values.unit),
    room: orNull(values.room),
    department: orNull(values.department),
    connected: values.connected,
    // Only a connected device has addresses: switching it off drops them.
    ipAddress: values.connected ? orNull(values.ipAddress) : null,
    macAddress: values.connected ? orNull(values.macAddress) : null,
    firmware: orNull(values.firmware),
    contractVendor: orNull(values.contractVendor),
    contractEngagementId:
      values.contractEngagementId === null ? null : Number(values.contractEngagementId),
    contractEndsOn: orNull(values.contractEndsOn),
    acquiredOn: orNull(values.acquiredOn),
    acquisitionCost: values.acquisitionCost === '' ? null : Number(values.acquisitionCost),
    endOfSupport: orNull(values.endOfSupport),
    version,
  };
}

const required = (value: string, what: string) =>
  value.trim() === '' ? `Enter the ${what}` : null;

/**
 * Adds a device (`device` null) or changes one, sending the version read. The server checks every
 * rule and names each field it refuses; an asset tag already in use and a change someone made
 * first (409) are said plainly. Once saved, the device's page shows it.
 */
export function DeviceForm({
  device,
  onDone,
  onReload,
}: {
  device: Device | null;
  onDone: () => void;
  /** Reads the device again after someone else's change: the form starts over from it. */
  onReload?: () => void;
}) {
  const save = useSaveDevice();
  const models = useDeviceModels();
  const engagements = useEngagementOptions();
  const navigate = useNavigate();
  const form = useDraftForm<Values>(initial(device), (v) => ({
    modelId: v.modelId === null ? 'Choose the model' : null,
    assetTag: required(v.assetTag, 'asset tag on the label'),
    serial: required(v.serial, 'serial number'),
    site: required(v.site, 'site'),
    status: v.status === null ? 'Choose the status' : null,
  }));
  const v = form.values;
  const errors = fieldErrors(save.error);
  const conflict = isApiError(save.error) && save.error.status === 409;
  const stale = conflict && errors.version !== undefined;
  const general = Object.entries(errors)
    .filter(([field]) => !FIELDS.has(field) && !(stale && field === 'version'))
    .map(([, message]) => message)
    .join(' ');
  const error = (field: keyof Values & string) => form.errors[field] ?? errors[field];

  const modelChoices = (models.data ?? []).map((m) => ({
    value: String(m.id),
    label: `${m.manufacturer} ${m.model} · ${m.deviceClass} · ${RISK[m.risk]} risk`,
  }));
  const engagementChoices = (engagements.data?.items ?? []).map((e) => ({
    value: String(e.id),
    label: `${e.name} (${e.partner.name})`,
  }));
  if (v.contractEngagementId !== null && engagements.isError) {
    engagementChoices.push({
      value: v.contractEngagementId,
      label: `Engagement #${v.contractEngagementId}`,
    });
  }

  const submit = form.onSubmit((values) =>
    save.mutate(
      { id: device?.id ?? null, input: input(values, device?.version ?? null) },
      {
        onSuccess: (saved) => {
          onDone();
          if (device === null) void navigate(`/devices/device/${saved.id}`);
        },
      },
    ),
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={device ? `Change device ${device.assetTag}` : 'New device'}
    >
      <Stack gap="md">
        {stale ? (
          <Alert color="orange" variant="light" role="alert" title="Someone changed this device">
            <Stack gap="xs" align="flex-start">
              <span>
                Your changes were not saved: someone else changed {device?.assetTag ?? 'it'} after
                you opened it. Reload it to see their change, then make yours again.
              </span>
              {onReload && (
                <Button size="xs" variant="white" color="orange" onClick={onReload}>
                  Reload the device
                </Button>
              )}
            </Stack>
          </Alert>
        ) : conflict && errors.assetTag ? (
          <Alert color="red" variant="light" role="alert" title="Asset tag already in use">
            Another device already carries {v.assetTag.trim().toUpperCase() || 'this tag'}. Check
            the label, or find that device in the list and change it there.
          </Alert>
        ) : (
          (general || (save.isError && Object.keys(errors).length === 0)) && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {general || describeError(save.error).detail || describeError(save.error).title}
            </Alert>
          )
        )}
        <Select
          label="Model"
          description="From the fleet's models: manufacturer, model, class and risk"
          placeholder={models.isPending ? 'Loading models…' : 'Choose'}
          data={modelChoices}
          value={v.modelId}
          onChange={(value) => form.setFieldValue('modelId', value)}
          searchable
          required
          nothingFoundMessage="No such model"
          error={error('modelId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Asset tag"
            description="As on the barcode label"
            placeholder="BME-104417"
            maxLength={50}
            required
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('assetTag')}
            error={error('assetTag')}
          />
          <TextInput
            label="Serial number"
            description="The manufacturer's"
            maxLength={100}
            required
            {...form.getInputProps('serial')}
            error={error('serial')}
          />
        </SimpleGrid>
        <Select
          label="Status"
          data={Object.entries(DEVICE_STATUS).map(([value, s]) => ({ value, label: s.label }))}
          value={v.status}
          onChange={(value) => form.setFieldValue('status', value as DeviceStatus | null)}
          allowDeselect={false}
          required
          error={error('status')}
          w={{ base: '100%', sm: 240 }}
        />
        <Fieldset legend="Where it is">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Site"
              placeholder="Riverside Main Campus"
              maxLength={100}
              required
              {...form.getInputProps('site')}
              error={error('site')}
            />
            <TextInput
              label="Building"
              maxLength={100}
              {...form.getInputProps('building')}
              error={error('building')}
            />
            <TextInput
              label="Unit"
              placeholder="ICU 5"
              maxLength={100}
              {...form.getInputProps('unit')}
              error={error('unit')}
            />
            <TextInput
              label="Room"
              maxLength={50}
              {...form.getInputProps('room')}
              error={error('room')}
            />
            <TextInput
              label="Department"
              placeholder="Critical Care"
              maxLength={100}
              {...form.getInputProps('department')}
              error={error('department')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="Network">
          <Stack gap="sm">
            <Switch
              label="Connected to the hospital network"
              checked={v.connected}
              onChange={(event) => form.setFieldValue('connected', event.currentTarget.checked)}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="IP address"
                placeholder={v.connected ? '10.40.1.17' : 'Not connected'}
                maxLength={45}
                disabled={!v.connected}
                {...form.getInputProps('ipAddress')}
                error={error('ipAddress')}
              />
              <TextInput
                label="MAC address"
                placeholder={v.connected ? '00:1A:2B:3C:4D:5E' : 'Not connected'}
                maxLength={17}
                disabled={!v.connected}
                {...form.getInputProps('macAddress')}
                error={error('macAddress')}
              />
              <TextInput
                label="Firmware"
                placeholder="12.1.2"
                maxLength={100}
                {...form.getInputProps('firmware')}
                error={error('firmware')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Support and lifecycle">
          <Text size="sm" c="dimmed" mb="xs">
            A support contract is with a vendor or with one of your HTM partners&apos; engagements,
            not both. End of support is the manufacturer&apos;s: no patches or parts after it.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Contract vendor"
              maxLength={150}
              {...form.getInputProps('contractVendor')}
              error={error('contractVendor')}
            />
            <Select
              label="HTM partner engagement"
              placeholder={engagementChoices.length === 0 ? 'No engagement' : 'None'}
              data={engagementChoices}
              value={v.contractEngagementId}
              onChange={(value) => form.setFieldValue('contractEngagementId', value)}
              clearable
              searchable
              error={error('contractEngagementId')}
            />
            <TextInput
              label="Contract ends"
              type="date"
              {...form.getInputProps('contractEndsOn')}
              error={error('contractEndsOn')}
            />
            <TextInput
              label="End of support"
              type="date"
              {...form.getInputProps('endOfSupport')}
              error={error('endOfSupport')}
            />
            <TextInput
              label="Acquired on"
              type="date"
              {...form.getInputProps('acquiredOn')}
              error={error('acquiredOn')}
            />
            <NumberInput
              label="Acquisition cost ($)"
              min={0}
              decimalScale={2}
              thousandSeparator=","
              {...form.getInputProps('acquisitionCost')}
              error={error('acquisitionCost')}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {device ? 'Save device' : 'Add device'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
