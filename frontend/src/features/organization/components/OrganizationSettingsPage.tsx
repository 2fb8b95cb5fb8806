import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useCalendarChoices } from '@/features/calendars/queries';
import { isApiError } from '@/lib/api';
import { describeError } from '@/lib/errors';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { useDraftForm } from '@/lib/use-draft-form';
import {
  useOrganizationAudit,
  useOrganizationSettings,
  useSaveOrganizationSettings,
} from '../api/organization';
import type { OrganizationSettings } from '../types';
import { describeWindow, LONGEST_DAYS, windowIso, windowParts } from '../utils/reopen-window';

type Draft = {
  name: string;
  timeZone: string | null;
  days: number | string;
  hours: number | string;
  maskedNames: string[];
  supportEmail: string;
  defaultCalendarId: string | null;
};

const MAX_NAMES = 500;

function draftOf(settings: OrganizationSettings): Draft {
  const window = windowParts(settings.reopenWindow) ?? { days: 7, hours: 0 };
  return {
    name: settings.name,
    timeZone: settings.timeZone,
    days: window.days,
    hours: window.hours,
    maskedNames: settings.maskedNames,
    supportEmail: settings.supportEmail ?? '',
    defaultCalendarId:
      settings.defaultCalendarId == null ? null : String(settings.defaultCalendarId),
  };
}

function whole(value: number | string): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/** What can be told before asking the server; the server checks everything again. */
function check(draft: Draft): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  if (!draft.name.trim()) errors.name = 'Enter the name your staff know the hospital by.';
  if (!draft.timeZone) errors.timeZone = 'Choose the time zone the hospital works in.';
  const days = whole(draft.days);
  const hours = whole(draft.hours);
  if (!Number.isInteger(days) || days < 0 || days > LONGEST_DAYS) {
    errors.reopenWindow = `Days: a whole number from 0 to ${LONGEST_DAYS}.`;
  } else if (!Number.isInteger(hours) || hours < 0 || hours > 23) {
    errors.reopenWindow = 'Hours: a whole number from 0 to 23.';
  } else if (days * 24 + hours > LONGEST_DAYS * 24) {
    errors.reopenWindow = `At most ${LONGEST_DAYS} days.`;
  }
  const email = draft.supportEmail.trim();
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$/.test(email)) {
    errors.supportEmail = 'Enter an address such as it-support@hospital.org, or leave it empty.';
  }
  if (draft.maskedNames.length > MAX_NAMES) {
    errors.maskedNames = `At most ${MAX_NAMES} names.`;
  }
  return errors;
}

/** Every IANA zone the browser knows, with the stored one even if it does not. */
function zoneChoices(current: string | null): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes('UTC') ? zones : ['UTC', ...zones];
  return current && !all.includes(current) ? [current, ...all] : all;
}

/**
 * The hospital's settings (administrators change them; everything here is audited): its name and
 * time zone, how long a resolved ticket may be reopened, the names masked for partners without a
 * business associate agreement, the support e-mail address and the default business calendar.
 */
export function OrganizationSettingsPage() {
  const settings = useOrganizationSettings();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (settings.isPending) return <Loading label="Loading your organisation's settings…" />;
  if (settings.isError) {
    return (
      <ErrorState
        title="We could not load your organisation's settings"
        error={settings.error}
        onRetry={() => void settings.refetch()}
        retrying={settings.isFetching}
      />
    );
  }
  return (
    <Stack gap="xl" maw={760}>
      <SettingsForm
        settings={settings.data}
        reload={() => void settings.refetch()}
        justSaved={savedVersion === settings.data.version}
        onSaved={setSavedVersion}
        key={settings.data.version}
      />
      <RecentChanges />
    </Stack>
  );
}

function SettingsForm({
  settings,
  reload,
  justSaved,
  onSaved,
}: {
  settings: OrganizationSettings;
  reload: () => void;
  /** These settings are the answer to this page's own save. */
  justSaved: boolean;
  onSaved: (version: number) => void;
}) {
  const save = useSaveOrganizationSettings();
  const calendars = useCalendarChoices();
  const form = useDraftForm<Draft>(draftOf(settings), check);
  const draft = form.values;
  const server = fieldErrors(save.error);
  const stale = isApiError(save.error) && save.error.status === 409 && 'version' in server;
  const errorFor = (field: string) => form.errors[field] ?? errorOf(server, field);
  const zones = useMemo(() => zoneChoices(settings.timeZone), [settings.timeZone]);
  const placed = ['name', 'timeZone', 'reopenWindow', 'maskedNames', 'supportEmail'];
  const unplaced = Object.entries(server)
    .filter(([field]) => !placed.some((p) => field === p || field.startsWith(`${p}[`)))
    .map(([, message]) => message);

  const submit = form.onSubmit((values) => {
    save.mutate(
      {
        name: values.name.trim(),
        timeZone: values.timeZone ?? '',
        reopenWindow: windowIso({ days: whole(values.days), hours: whole(values.hours) }),
        maskedNames: values.maskedNames,
        supportEmail: values.supportEmail.trim() || null,
        defaultCalendarId:
          values.defaultCalendarId === null ? null : Number(values.defaultCalendarId),
        version: settings.version,
      },
      { onSuccess: (answer) => onSaved(answer.version) },
    );
  });

  const windowOk = !form.errors.reopenWindow && Number.isInteger(whole(draft.days));
  const failure = save.isError ? describeError(save.error) : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Organisation settings">
      <Stack gap="lg">
        {stale && (
          <Alert color="yellow" variant="light" title="Someone else saved first" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Another administrator changed these settings after you opened this page. Load their
                version, then make your change again.
              </Text>
              <Button size="xs" variant="white" onClick={reload}>
                Load the latest settings
              </Button>
            </Stack>
          </Alert>
        )}
        {failure && !stale && (unplaced.length > 0 || Object.keys(server).length === 0) && (
          <Alert color="red" variant="light" title={failure.title} role="alert">
            {unplaced.length > 0 ? unplaced.join('; ') : failure.detail}
          </Alert>
        )}
        {justSaved && !form.isDirty() && (
          <Alert color="green" variant="light" role="status" title="Saved">
            Your changes apply now; other Medley servers pick them up within 30 seconds.
          </Alert>
        )}

        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              Identity
            </Title>
            <TextInput
              label="Organisation name"
              description="As your staff and partners see it"
              value={draft.name}
              onChange={(e) => form.setFieldValue('name', e.currentTarget.value)}
              error={errorFor('name')}
              required
              maxLength={200}
            />
            <Select
              label="Time zone"
              description="Contract dates and compliance reports are judged in it"
              data={zones}
              value={draft.timeZone}
              onChange={(value) => form.setFieldValue('timeZone', value)}
              error={errorFor('timeZone')}
              searchable
              required
              limit={50}
              nothingFoundMessage="No such zone: try a city, e.g. Chicago"
            />
            <TextInput
              label="Support e-mail address"
              description="The address your staff write to for IT help"
              type="email"
              value={draft.supportEmail}
              onChange={(e) => form.setFieldValue('supportEmail', e.currentTarget.value)}
              error={errorFor('supportEmail')}
              placeholder="it-support@hospital.org"
              maxLength={254}
            />
            <Select
              label="Default business calendar"
              description={
                calendars.data?.length === 0 ? (
                  <>
                    You have no calendar yet:{' '}
                    <Anchor component={Link} to="/admin/calendars" size="xs">
                      add your opening hours first
                    </Anchor>
                    .
                  </>
                ) : (
                  'The opening hours service levels count in unless a policy names another'
                )
              }
              data={(calendars.data ?? []).map((c) => ({
                value: String(c.id),
                label: `${c.name} (${c.zone})`,
              }))}
              value={draft.defaultCalendarId}
              onChange={(value) => form.setFieldValue('defaultCalendarId', value)}
              error={
                errorFor('defaultCalendarId') ??
                (calendars.isError ? 'The calendars could not be loaded.' : undefined)
              }
              placeholder={calendars.isPending ? 'Loading calendars…' : 'Choose a calendar'}
              disabled={calendars.isPending}
              clearable
            />
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              Tickets
            </Title>
            <div>
              <Group align="flex-start" grow maw={360}>
                <NumberInput
                  label="Reopen window: days"
                  min={0}
                  max={LONGEST_DAYS}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.days}
                  onChange={(value) => form.setFieldValue('days', value)}
                  error={Boolean(errorFor('reopenWindow'))}
                />
                <NumberInput
                  label="and hours"
                  min={0}
                  max={23}
                  allowDecimal={false}
                  allowNegative={false}
                  value={draft.hours}
                  onChange={(value) => form.setFieldValue('hours', value)}
                  error={Boolean(errorFor('reopenWindow'))}
                />
              </Group>
              <Text
                size="xs"
                mt={4}
                c={errorFor('reopenWindow') ? 'red' : 'dimmed'}
                role={errorFor('reopenWindow') ? 'alert' : undefined}
              >
                {errorFor('reopenWindow') ??
                  (windowOk
                    ? `A requester may reopen a resolved ticket for ${describeWindow({
                        days: whole(draft.days),
                        hours: whole(draft.hours) || 0,
                      })}. At most ${LONGEST_DAYS} days.`
                    : '')}
              </Text>
            </div>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              Patient privacy
            </Title>
            <TagsInput
              label="Names to mask for partners without a business associate agreement"
              description="Press Enter after each name (e.g. a VIP patient's). Medley already masks MRNs, SSNs, dates of birth, phone numbers, e-mail addresses and names written after “Patient” or a title."
              value={draft.maskedNames}
              onChange={(value) => form.setFieldValue('maskedNames', value)}
              error={errorFor('maskedNames')}
              placeholder={draft.maskedNames.length === 0 ? 'Type a name, then Enter' : undefined}
              splitChars={[',', ';']}
              maxTags={MAX_NAMES}
              clearable
            />
          </Stack>
        </Paper>

        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              form.restart(draftOf(settings));
              save.reset();
            }}
            disabled={!form.isDirty() || save.isPending}
          >
            Discard changes
          </Button>
          <Button type="submit" loading={save.isPending} disabled={stale}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The last changes, newest first: who and what. */
function RecentChanges() {
  const audit = useOrganizationAudit(10);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Recent changes
      </Title>
      {audit.isPending && <Loading label="Loading recent changes…" />}
      {audit.isError && (
        <ErrorState
          title="We could not load the recent changes"
          error={audit.error}
          onRetry={() => void audit.refetch()}
        />
      )}
      {audit.data && audit.data.items.length === 0 && (
        <Text c="dimmed" size="sm">
          No changes yet. Every change saved here is listed with who made it.
        </Text>
      )}
      {audit.data && audit.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label="Recent changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What changed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.items.map((entry) => (
                <Table.Tr key={`${entry.at}-${entry.actor}-${entry.detail}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.actorName}</Table.Td>
                  <Table.Td>{entry.detail}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
