import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { WEEKDAYS, WEEKDAY_LABEL, type Shift } from '../types';
import { LEVEL_LABEL } from '../utils/marketplace';
import { emptyPerson, type PersonDraft } from '../utils/people';

const PATTERNS: { label: string; shifts: () => Shift[] }[] = [
  {
    label: 'Weekdays 07:00–19:00',
    shifts: () => WEEKDAYS.slice(0, 5).map((day) => ({ day, from: '07:00', to: '19:00' })),
  },
  {
    label: 'Nights 19:00–07:00',
    shifts: () => WEEKDAYS.map((day) => ({ day, from: '19:00', to: '07:00' })),
  },
];

const LEVELS = [1, 2, 3, 4].map((level) => ({
  value: String(level),
  label: LEVEL_LABEL[level] ?? String(level),
}));

/**
 * Named people with their weekly capacity, shifts and skills: the partner profile's and a
 * proposal's. Each person is a fieldset named "Person n", each shift "Shift n", each skill
 * "Skill n", so a screen reader (and a journey) finds the fields of one person by its group.
 */
export function PeopleEditor({
  people,
  onChange,
  errorAt,
  applications,
  withEmail = false,
  emailRequired = false,
  disabled = false,
}: {
  people: PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  /** The message for a field, by the API's name for it (`people[0].shifts[1].from`). */
  errorAt: (key: string) => string | undefined;
  /** The applications skills can name. */
  applications: { value: string; label: string }[];
  withEmail?: boolean;
  /** Proposals: people join the hospital's staff by their e-mail. */
  emailRequired?: boolean;
  disabled?: boolean;
}) {
  const update = (i: number, patch: Partial<PersonDraft>) =>
    onChange(people.map((p, j) => (i === j ? { ...p, ...patch } : p)));
  const listError = errorAt('people');

  return (
    <Stack gap="sm">
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      {people.map((p, i) => {
        const at = `people[${i}]`;
        const shiftsError = errorAt(`${at}.shifts`);
        const skillsError = errorAt(`${at}.skills`);
        const personError = errorAt(at);
        return (
          <Fieldset
            key={i}
            legend={`Person ${i + 1}${p.name.trim() ? `: ${p.name.trim()}` : ''}`}
            aria-label={`Person ${i + 1}`}
            disabled={disabled}
            p="sm"
          >
            <Stack gap="xs">
              {personError && (
                <Text size="sm" c="red">
                  {personError}
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <TextInput
                  label="Name"
                  value={p.name}
                  onChange={(e) => update(i, { name: e.currentTarget.value })}
                  error={errorAt(`${at}.name`)}
                  maxLength={200}
                  required
                />
                <TextInput
                  label="Title"
                  placeholder="e.g. Senior Epic analyst"
                  value={p.title}
                  onChange={(e) => update(i, { title: e.currentTarget.value })}
                  error={errorAt(`${at}.title`)}
                  maxLength={100}
                />
                {withEmail && (
                  <TextInput
                    label={emailRequired ? 'E-mail' : 'E-mail (optional)'}
                    withAsterisk={emailRequired}
                    type="email"
                    value={p.email}
                    onChange={(e) => update(i, { email: e.currentTarget.value })}
                    error={errorAt(`${at}.email`)}
                    maxLength={254}
                  />
                )}
                <TextInput
                  label="Time zone"
                  description="Their shifts are in this zone"
                  value={p.zone}
                  onChange={(e) => update(i, { zone: e.currentTarget.value })}
                  error={errorAt(`${at}.zone`)}
                  maxLength={64}
                  required
                />
                <NumberInput
                  label="Capacity, hours a week"
                  min={1}
                  max={80}
                  clampBehavior="none"
                  value={p.capacityHours}
                  onChange={(value) => update(i, { capacityHours: value })}
                  error={errorAt(`${at}.capacityHours`)}
                  required
                />
              </SimpleGrid>

              <Text size="sm" fw={600} mt={4}>
                Weekly shifts
              </Text>
              {shiftsError && (
                <Text size="sm" c="red">
                  {shiftsError}
                </Text>
              )}
              {p.shifts.length === 0 && (
                <Text size="sm" c="dimmed">
                  No shifts yet: add them one by one or from a pattern.
                </Text>
              )}
              {p.shifts.map((s, j) => {
                const shiftAt = `${at}.shifts[${j}]`;
                const setShift = (patch: Partial<Shift>) =>
                  update(i, {
                    shifts: p.shifts.map((x, k) => (k === j ? { ...x, ...patch } : x)),
                  });
                return (
                  <Group
                    key={j}
                    role="group"
                    aria-label={`Shift ${j + 1} of person ${i + 1}`}
                    gap="xs"
                    align="flex-end"
                    wrap="wrap"
                  >
                    <Select
                      // The first row's labels head the columns; every input still names its shift.
                      label={j === 0 ? 'Day' : undefined}
                      aria-label={`Day, shift ${j + 1}`}
                      w={96}
                      data={WEEKDAYS.map((d) => ({ value: d, label: WEEKDAY_LABEL[d] }))}
                      value={s.day}
                      onChange={(value) => value && setShift({ day: value })}
                      allowDeselect={false}
                      error={errorAt(`${shiftAt}.day`)}
                      disabled={disabled}
                    />
                    <TextInput
                      label={j === 0 ? 'From' : undefined}
                      aria-label={`From, shift ${j + 1}`}
                      type="time"
                      w={130}
                      value={s.from}
                      onChange={(e) => setShift({ from: e.currentTarget.value })}
                      error={errorAt(`${shiftAt}.from`)}
                    />
                    <TextInput
                      label={j === 0 ? 'To' : undefined}
                      aria-label={`To, shift ${j + 1}`}
                      type="time"
                      w={130}
                      value={s.to}
                      onChange={(e) => setShift({ to: e.currentTarget.value })}
                      error={errorAt(`${shiftAt}.to`) ?? errorAt(shiftAt)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={4}
                      aria-label={`Remove shift ${j + 1} of person ${i + 1}`}
                      onClick={() => update(i, { shifts: p.shifts.filter((_, k) => k !== j) })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                );
              })}
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    update(i, {
                      shifts: [...p.shifts, { day: 'MON', from: '07:00', to: '19:00' }],
                    })
                  }
                  aria-label={`Add a shift for person ${i + 1}`}
                >
                  Add a shift
                </Button>
                {PATTERNS.map((pattern) => (
                  <Button
                    key={pattern.label}
                    size="xs"
                    variant="default"
                    onClick={() => update(i, { shifts: [...p.shifts, ...pattern.shifts()] })}
                    aria-label={`Add ${pattern.label} for person ${i + 1}`}
                  >
                    Add {pattern.label}
                  </Button>
                ))}
              </Group>

              <Text size="sm" fw={600} mt={4}>
                Skills
              </Text>
              {skillsError && (
                <Text size="sm" c="red">
                  {skillsError}
                </Text>
              )}
              {p.skills.map((s, j) => {
                const skillAt = `${at}.skills[${j}]`;
                const setSkill = (patch: Partial<PersonDraft['skills'][number]>) =>
                  update(i, {
                    skills: p.skills.map((x, k) => (k === j ? { ...x, ...patch } : x)),
                  });
                return (
                  <Group
                    key={j}
                    role="group"
                    aria-label={`Skill ${j + 1} of person ${i + 1}`}
                    gap="xs"
                    align="flex-end"
                    wrap="wrap"
                  >
                    <Select
                      label="Application"
                      placeholder="Choose"
                      miw={200}
                      style={{ flex: 1 }}
                      data={applications}
                      value={s.applicationId}
                      onChange={(value) => setSkill({ applicationId: value })}
                      error={errorAt(`${skillAt}.applicationId`) ?? errorAt(skillAt) ?? undefined}
                      searchable
                      disabled={disabled}
                      nothingFoundMessage="No such application"
                    />
                    <Select
                      label="Level"
                      w={200}
                      data={LEVELS}
                      value={s.level}
                      onChange={(value) => value && setSkill({ level: value })}
                      allowDeselect={false}
                      error={errorAt(`${skillAt}.level`)}
                      disabled={disabled}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={4}
                      aria-label={`Remove skill ${j + 1} of person ${i + 1}`}
                      onClick={() => update(i, { skills: p.skills.filter((_, k) => k !== j) })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                );
              })}
              <Group justify="space-between">
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() =>
                    update(i, { skills: [...p.skills, { applicationId: null, level: '3' }] })
                  }
                  aria-label={`Add a skill for person ${i + 1}`}
                >
                  Add a skill
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onChange(people.filter((_, k) => k !== i))}
                >
                  Remove person {i + 1}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onChange([...people, emptyPerson()])}
          >
            Add a person
          </Button>
        </Group>
      )}
    </Stack>
  );
}
