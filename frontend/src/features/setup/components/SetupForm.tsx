import {
  Alert,
  Button,
  Group,
  List,
  PasswordInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, type ReactNode } from 'react';
import { fieldErrors } from '@/lib/field-errors';
import type { SetupRequest } from '../types';
import { toRequest, type SetupValues } from '../utils/to-request';
import { browserTimeZone, timeZones } from '../utils/time-zones';

/** At least this long (identity.PasswordPolicy.MIN_LENGTH); the server has the last word. */
const MIN_PASSWORD = 12;

interface SetupFormProps {
  /** Built-in issuer: the form also creates the first administrator. */
  withAdmin: boolean;
  token: string | null;
  pending: boolean;
  /** The last refusal, shown beside the fields it names. */
  error: unknown;
  onSubmit: (request: SetupRequest) => void;
}

/** A fieldset's default min-width (its content's) would push a phone's page sideways. */
const FIELDSET = { border: 0, padding: 0, margin: 0, minWidth: 0 };

/** Server field names → the form's inputs. */
const FIELDS: Record<string, keyof SetupValues> = {
  'organization.name': 'organizationName',
  'organization.timeZone': 'timeZone',
  'businessHours.from': 'from',
  'businessHours.to': 'to',
  'admin.displayName': 'displayName',
  'admin.email': 'email',
  'admin.password': 'password',
};

/** The organisation, its opening hours and (built-in issuer) the first administrator. */
export function SetupForm({ withAdmin, token, pending, error, onSubmit }: SetupFormProps) {
  const zones = useMemo(() => timeZones(), []);
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: {
      organizationName: '',
      timeZone: browserTimeZone(),
      hours: 'weekdays',
      from: '08:00',
      to: '17:00',
      displayName: '',
      email: '',
      password: '',
    },
    validate: {
      organizationName: (v) => (v.trim() ? null : 'Enter the name of your organisation'),
      timeZone: (v) => (v ? null : 'Choose the time zone your hospital runs on'),
      from: (v, all) => (all.hours === 'weekdays' && !v ? 'Enter the opening time' : null),
      to: (v, all) =>
        all.hours !== 'weekdays'
          ? null
          : !v
            ? 'Enter the closing time'
            : v === all.from
              ? 'Must differ from the opening time; choose around the clock instead'
              : null,
      displayName: (v) => (!withAdmin || v.trim() ? null : 'Enter your name'),
      email: (v) =>
        !withAdmin || /^[^@\s]+@[^@\s]+$/.test(v.trim()) ? null : 'Enter your e-mail address',
      password: (v) =>
        !withAdmin || [...v].length >= MIN_PASSWORD
          ? null
          : `At least ${MIN_PASSWORD} characters; a short sentence works well`,
    },
  });

  const server = error ? fieldErrors(error) : {};
  const serverError = (input: keyof SetupValues) =>
    Object.entries(FIELDS)
      .filter(([field, name]) => name === input && server[field])
      .map(([field]) => server[field])
      .join('; ') || undefined;
  const formWide = Object.entries(server)
    .filter(([field]) => !(field in FIELDS))
    .map(([, message]) => message);
  const props = (input: keyof SetupValues) => {
    const own = form.getInputProps(input);
    const ownError = own.error as ReactNode;
    return { ...own, error: ownError ?? serverError(input) };
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => onSubmit(toRequest(values, token, withAdmin)))}
    >
      <Stack gap="xl">
        {formWide.length > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="Setup did not finish"
            role="alert"
          >
            {formWide.join(' ')}
          </Alert>
        )}

        <Stack gap="md" component="fieldset" style={FIELDSET}>
          <Title order={2} size="h4" component="legend" mb="xs" p={0}>
            Your organisation
          </Title>
          <TextInput
            label="Organisation name"
            description="As your staff know it, e.g. Lakeview Medical Center"
            required
            autoComplete="organization"
            {...props('organizationName')}
          />
          <Select
            label="Time zone"
            description="Service levels, reports and contract dates are counted in it"
            data={zones}
            searchable
            required
            allowDeselect={false}
            nothingFoundMessage="No such time zone"
            {...props('timeZone')}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500} id="hours-label">
              When is IT support open?
            </Text>
            <SegmentedControl
              aria-labelledby="hours-label"
              fullWidth
              data={[
                { value: 'weekdays', label: 'Weekday hours' },
                { value: 'always', label: 'Around the clock' },
              ]}
              {...form.getInputProps('hours')}
            />
            <Text size="xs" c="dimmed">
              {form.values.hours === 'weekdays'
                ? 'Monday to Friday. '
                : 'Every day, all day (24x7). '}
              Medley always creates a 24x7 calendar too; holidays and other calendars can be added
              later under Admin → Business calendars.
            </Text>
          </Stack>
          {form.values.hours === 'weekdays' && (
            <SimpleGrid cols={2} spacing="md">
              <TextInput type="time" label="Opens" required {...props('from')} />
              <TextInput type="time" label="Closes" required {...props('to')} />
            </SimpleGrid>
          )}
        </Stack>

        {withAdmin && (
          <Stack gap="md" component="fieldset" style={FIELDSET}>
            <Title order={2} size="h4" component="legend" mb="xs" p={0}>
              Your administrator account
            </Title>
            <TextInput label="Your name" required autoComplete="name" {...props('displayName')} />
            <TextInput
              label="E-mail address"
              description="You sign in with it"
              type="email"
              required
              autoComplete="email"
              {...props('email')}
            />
            <Stack gap={4}>
              <Text size="sm" id="password-rules">
                Choose a password that is:
              </Text>
              <List size="sm" c="dimmed" spacing={2} aria-labelledby="password-rules">
                <List.Item>
                  at least {MIN_PASSWORD} characters long — a few unrelated words work well
                </List.Item>
                <List.Item>
                  not a common password, and not built from your name, e-mail or organisation
                </List.Item>
                <List.Item>no need for digits or symbols</List.Item>
              </List>
            </Stack>
            <PasswordInput
              label="Password"
              required
              autoComplete="new-password"
              {...props('password')}
            />
          </Stack>
        )}

        <Group justify="flex-end">
          <Button type="submit" size="md" loading={pending} fullWidth={false}>
            {withAdmin ? 'Set up Medley and sign in' : 'Set up Medley'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
