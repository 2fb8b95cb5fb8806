import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Divider,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useApplications } from '@/features/coverage/queries';
import { fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { useDraftForm } from '@/lib/use-draft-form';
import { usePartner, usePartners, useSavePartner } from '../api/partners';
import {
  OFFERING_LABEL,
  TIERS,
  type OfferingKind,
  type PartnerProfile,
  type PartnerProfileInput,
  type Tier,
} from '../types';
import { agreementText, focusFirstError, isStale, LEVEL_LABEL } from '../utils/marketplace';
import { PeopleEditor } from './PeopleEditor';
import {
  checkPeople,
  isPeopleKey,
  peopleInput,
  personDraft,
  type PersonDraft,
} from '../utils/people';

interface OfferingDraft {
  kind: OfferingKind;
  description: string;
  rates: { role: string; hourlyRate: number | string }[];
}

type Values = {
  summary: string;
  regions: string[];
  tiers: Tier[];
  certifications: string[];
  offerings: OfferingDraft[];
  capabilities: { applicationId: string | null; level: string }[];
  people: PersonDraft[];
};

const KINDS = (Object.keys(OFFERING_LABEL) as OfferingKind[]).map((value) => ({
  value,
  label: OFFERING_LABEL[value],
}));

const LEVELS = [1, 2, 3, 4].map((level) => ({
  value: String(level),
  label: LEVEL_LABEL[level] ?? String(level),
}));

function valuesOf(p: PartnerProfile): Values {
  return {
    summary: p.summary ?? '',
    regions: [...p.regions],
    tiers: [...p.tiers],
    certifications: [...p.certifications],
    offerings: p.offerings.map((o) => ({
      kind: o.kind,
      description: o.description ?? '',
      rates: o.rates.map((r) => ({ ...r })),
    })),
    capabilities: p.capabilities.map((c) => ({
      applicationId: String(c.applicationId),
      level: String(c.level),
    })),
    people: p.people.map(personDraft),
  };
}

function check(values: Values): Record<string, string> {
  const errors = checkPeople(values.people);
  // A profile may name nobody yet: only a proposal needs people.
  delete errors.people;
  values.offerings.forEach((o, i) => {
    o.rates.forEach((r, j) => {
      if (!r.role.trim()) errors[`offerings[${i}].rates[${j}].role`] = 'Name the role';
      if (r.hourlyRate === '' || !(Number(r.hourlyRate) > 0)) {
        errors[`offerings[${i}].rates[${j}].hourlyRate`] = 'Give the hourly rate';
      }
    });
  });
  values.capabilities.forEach((c, i) => {
    if (!c.applicationId) errors[`capabilities[${i}].applicationId`] = 'Choose the application';
  });
  return errors;
}

function toInput(values: Values, version: number): PartnerProfileInput {
  return {
    summary: values.summary.trim() || null,
    regions: values.regions,
    tiers: values.tiers,
    certifications: values.certifications,
    offerings: values.offerings.map((o) => ({
      kind: o.kind,
      description: o.description.trim() || null,
      rates: o.rates.map((r) => ({ role: r.role.trim(), hourlyRate: Number(r.hourlyRate) })),
    })),
    capabilities: values.capabilities
      .filter((c) => c.applicationId)
      .map((c) => ({ applicationId: Number(c.applicationId), level: Number(c.level) })),
    people: peopleInput(values.people),
    version,
  };
}

const SHOWN = /^(summary|regions|tiers|certifications|offerings|capabilities)(\[\d+\].*)?$/;

/**
 * A partner manager's own profile: GET /api/partners gives its one organisation, then the whole
 * profile is read and saved with the version read (a 409 says someone saved first).
 */
export function PartnerProfileEditor() {
  const own = usePartners({ q: '', page: 0, size: 1 });
  const id = own.data?.items[0]?.id ?? null;
  const profile = usePartner(id);
  const [reloads, setReloads] = useState(0);
  if (own.isPending || (id !== null && profile.isPending)) {
    return <Loading label="Loading your profile…" />;
  }
  if (own.isError || profile.isError) {
    const failed = own.isError ? own : profile;
    return (
      <ErrorState
        title="We could not load your organisation’s profile"
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (id === null || !profile.data) {
    return (
      <ErrorState
        title="Your organisation has no partner profile here"
        error={null}
        onRetry={() => void own.refetch()}
      />
    );
  }
  return (
    <ProfileForm
      key={`${profile.data.id}-${reloads}`}
      profile={profile.data}
      onReload={() => void profile.refetch().then(() => setReloads((n) => n + 1))}
    />
  );
}

function ProfileForm({ profile, onReload }: { profile: PartnerProfile; onReload: () => void }) {
  const save = useSavePartner();
  const [version, setVersion] = useState(profile.version);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useDraftForm<Values>(valuesOf(profile), check);
  const apps = useApplications('', 0, 100);
  const v = form.values;
  const server = save.isError ? fieldErrors(save.error) : {};
  const errorAt = (key: string) => form.errors[key] ?? server[key];
  const general = Object.entries(server)
    .filter(([key]) => !SHOWN.test(key) && !isPeopleKey(key))
    .map(([, message]) => message)
    .join(' ');

  const applications = new Map<string, string>();
  for (const c of profile.capabilities) applications.set(String(c.applicationId), c.application);
  for (const p of profile.people) {
    for (const s of p.skills) applications.set(String(s.applicationId), s.application);
  }
  for (const a of apps.data?.items ?? []) applications.set(String(a.id), a.name);
  const appOptions = [...applications].map(([value, label]) => ({ value, label }));

  const setOffering = (i: number, patch: Partial<OfferingDraft>) =>
    form.setFieldValue(
      'offerings',
      v.offerings.map((o, k) => (k === i ? { ...o, ...patch } : o)),
    );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        form.onSubmit((values) =>
          save.mutate(
            { id: profile.id, input: toInput(values, version) },
            { onSuccess: (saved) => setVersion(saved.version) },
          ),
        )(event);
        focusFirstError(formRef.current);
      }}
    >
      <Stack gap="md" maw={900}>
        <Stack gap={2}>
          <Title order={2} size="h3">
            {profile.name}: our profile
          </Title>
          <Text size="sm" c="dimmed">
            What the hospital reads when it looks for partners and ranks them for a request.
            {profile.updatedAt &&
              ` Last saved ${formatDateTime(profile.updatedAt)}${profile.updatedBy ? ` by ${profile.updatedBy}` : ''}.`}
          </Text>
        </Stack>
        {save.isError && isStale(save.error) ? (
          <Alert color="orange" title="Your profile changed since you read it">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Someone saved it first. Reload to see their changes; yours will be lost.
              </Text>
              <Button size="xs" variant="white" onClick={onReload}>
                Reload
              </Button>
            </Stack>
          </Alert>
        ) : (
          general && (
            <Alert color="red" title="The profile was not saved">
              {general}
            </Alert>
          )
        )}
        <Textarea
          label="Summary"
          description="Who you are and what you do best, in a few sentences"
          autosize
          minRows={3}
          value={v.summary}
          onChange={(e) => form.setFieldValue('summary', e.currentTarget.value)}
          error={errorAt('summary')}
          maxLength={2000}
        />
        <TagsInput
          label="Regions"
          description="Press Enter after each"
          value={v.regions}
          onChange={(value) => form.setFieldValue('regions', value)}
          error={errorAt('regions')}
        />
        <Checkbox.Group
          label="Tiers you staff"
          value={v.tiers}
          onChange={(value) => form.setFieldValue('tiers', value)}
          error={errorAt('tiers')}
        >
          <Group gap="md" mt={4}>
            {TIERS.map((tier) => (
              <Checkbox key={tier} value={tier} label={tier} />
            ))}
          </Group>
        </Checkbox.Group>
        <TagsInput
          label="Certifications"
          description="e.g. Epic ClinDoc certified, HITRUST, ITIL 4"
          value={v.certifications}
          onChange={(value) => form.setFieldValue('certifications', value)}
          error={errorAt('certifications')}
        />
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Agreement:{' '}
          </Text>
          {agreementText(profile.agreement)}{' '}
          <Text span c="dimmed" size="xs">
            (recorded by the hospital)
          </Text>
        </Text>

        <Divider />
        <Title order={3} size="h5">
          Offerings and rate cards
        </Title>
        {v.offerings.map((o, i) => (
          <Fieldset key={i} legend={`Offering ${i + 1}`} aria-label={`Offering ${i + 1}`} p="sm">
            <Stack gap="xs">
              <Group align="flex-end" gap="xs" wrap="wrap">
                <Select
                  label="Kind"
                  data={KINDS}
                  value={o.kind}
                  onChange={(value) => value && setOffering(i, { kind: value })}
                  allowDeselect={false}
                  error={errorAt(`offerings[${i}].kind`)}
                  miw={220}
                />
                <TextInput
                  label="Description"
                  value={o.description}
                  onChange={(e) => setOffering(i, { description: e.currentTarget.value })}
                  error={errorAt(`offerings[${i}].description`) ?? errorAt(`offerings[${i}]`)}
                  style={{ flex: 1 }}
                  miw={200}
                  maxLength={1000}
                />
              </Group>
              {o.rates.map((r, j) => (
                <Group
                  key={j}
                  role="group"
                  aria-label={`Rate ${j + 1} of offering ${i + 1}`}
                  align="flex-end"
                  gap="xs"
                  wrap="wrap"
                >
                  <TextInput
                    label="Role"
                    placeholder="e.g. L2 analyst"
                    value={r.role}
                    onChange={(e) =>
                      setOffering(i, {
                        rates: o.rates.map((x, k) =>
                          k === j ? { ...x, role: e.currentTarget.value } : x,
                        ),
                      })
                    }
                    error={errorAt(`offerings[${i}].rates[${j}].role`)}
                    miw={180}
                  />
                  <NumberInput
                    label="Hourly rate (USD)"
                    prefix="$"
                    min={0}
                    decimalScale={2}
                    clampBehavior="none"
                    value={r.hourlyRate}
                    onChange={(value) =>
                      setOffering(i, {
                        rates: o.rates.map((x, k) => (k === j ? { ...x, hourlyRate: value } : x)),
                      })
                    }
                    error={errorAt(`offerings[${i}].rates[${j}].hourlyRate`)}
                    w={160}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={4}
                    aria-label={`Remove rate ${j + 1} of offering ${i + 1}`}
                    onClick={() => setOffering(i, { rates: o.rates.filter((_, k) => k !== j) })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Group justify="space-between">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  aria-label={`Add a rate to offering ${i + 1}`}
                  onClick={() =>
                    setOffering(i, { rates: [...o.rates, { role: '', hourlyRate: '' }] })
                  }
                >
                  Add a rate
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    form.setFieldValue(
                      'offerings',
                      v.offerings.filter((_, k) => k !== i),
                    )
                  }
                >
                  Remove offering {i + 1}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.setFieldValue('offerings', [
                ...v.offerings,
                { kind: 'STAFF_AUGMENTATION', description: '', rates: [] },
              ])
            }
          >
            Add an offering
          </Button>
        </Group>

        <Divider />
        <Title order={3} size="h5">
          Applications you can staff
        </Title>
        {v.capabilities.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet: add the applications your people support and at which level.
          </Text>
        )}
        {v.capabilities.map((c, i) => (
          <Group
            key={i}
            role="group"
            aria-label={`Capability ${i + 1}`}
            align="flex-end"
            gap="xs"
            wrap="wrap"
          >
            <Select
              label="Application"
              placeholder="Choose"
              data={appOptions}
              value={c.applicationId}
              onChange={(value) =>
                form.setFieldValue(
                  'capabilities',
                  v.capabilities.map((x, k) => (k === i ? { ...x, applicationId: value } : x)),
                )
              }
              error={errorAt(`capabilities[${i}].applicationId`) ?? errorAt(`capabilities[${i}]`)}
              searchable
              miw={240}
              style={{ flex: 1 }}
              nothingFoundMessage="No such application"
            />
            <Select
              label="Level"
              data={LEVELS}
              value={c.level}
              onChange={(value) =>
                value &&
                form.setFieldValue(
                  'capabilities',
                  v.capabilities.map((x, k) => (k === i ? { ...x, level: value } : x)),
                )
              }
              allowDeselect={false}
              error={errorAt(`capabilities[${i}].level`)}
              w={200}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={4}
              aria-label={`Remove capability ${i + 1}`}
              onClick={() =>
                form.setFieldValue(
                  'capabilities',
                  v.capabilities.filter((_, k) => k !== i),
                )
              }
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.setFieldValue('capabilities', [
                ...v.capabilities,
                { applicationId: null, level: '3' },
              ])
            }
          >
            Add an application
          </Button>
        </Group>

        <Divider />
        <Title order={3} size="h5">
          Named people
        </Title>
        <PeopleEditor
          people={v.people}
          onChange={(people) => form.setFieldValue('people', people)}
          errorAt={errorAt}
          applications={appOptions}
          withEmail
        />

        <Group justify="flex-end" gap="sm">
          {save.isSuccess && (
            <Text size="sm" c="teal" role="status">
              Profile saved.
            </Text>
          )}
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
