import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { localDay } from '@/lib/local-day';
import { useApplications, useSetSkill } from '../api/catalog';
import { LEVEL_LABEL } from '../utils/matrix';

/** Sets one person's level (0–4) on an application, and when that level was last verified. */
export function SkillForm({
  staffId,
  known,
}: {
  staffId: number;
  /** The person's current skills, offered first and used to show the current level. */
  known: { applicationId: number; application: string; level: number }[];
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const apps = useApplications(q, 0, 50);
  const setSkill = useSetSkill();
  const form = useForm<{
    applicationId: string | null;
    level: string;
    verifiedOn: string;
    certification: string;
    certificationExpiresOn: string;
  }>({
    mode: 'controlled',
    initialValues: {
      applicationId: null,
      level: '3',
      verifiedOn: localDay(),
      certification: '',
      certificationExpiresOn: '',
    },
  });
  const { applicationId, level, verifiedOn, certification, certificationExpiresOn } = form.values;
  const [saved, setSaved] = useState<string | null>(null);
  const errors = setSkill.isError ? fieldErrors(setSkill.error) : {};

  const options = new Map<string, string>();
  for (const skill of known) options.set(String(skill.applicationId), skill.application);
  for (const app of apps.data?.items ?? []) options.set(String(app.id), app.name);

  const choose = (value: string | null) => {
    setSaved(null);
    const current = known.find((s) => String(s.applicationId) === value);
    form.setValues({ applicationId: value, ...(current ? { level: String(current.level) } : {}) });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Set a skill">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const { applicationId } = values;
          if (!applicationId) return;
          setSkill.mutate(
            {
              staffId,
              applicationId: Number(applicationId),
              level: Number(values.level),
              verifiedOn: values.verifiedOn || null,
              certification: values.certification.trim() || null,
              certificationExpiresOn: values.certificationExpiresOn || null,
            },
            { onSuccess: () => setSaved(options.get(applicationId) ?? 'the application') },
          );
        })}
      >
        <Stack gap="sm">
          <Text fw={600} size="sm">
            Set a skill
          </Text>
          <Select
            label="Application"
            placeholder="Search the catalog"
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={[...options].map(([value, label]) => ({ value, label }))}
            value={applicationId}
            onChange={choose}
            nothingFoundMessage="No application by that name"
            error={errorOf(errors, 'applicationId')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Level
            </Text>
            <SegmentedControl
              aria-label="Level"
              value={level}
              onChange={(value) => form.setFieldValue('level', value)}
              data={LEVEL_LABEL.map((label, value) => ({
                value: String(value),
                label: `${value} · ${label}`,
              }))}
              size="xs"
            />
            {errors.level && (
              <Text size="xs" c="red">
                {errors.level}
              </Text>
            )}
          </Stack>
          <Group align="flex-start" grow>
            <TextInput
              label="Certification"
              description="Optional, e.g. a manufacturer's service training"
              placeholder="None"
              value={certification}
              maxLength={200}
              onChange={(e) => form.setFieldValue('certification', e.currentTarget.value)}
              error={errors.certification}
            />
            <TextInput
              type="date"
              label="Certified until"
              description="Last valid day; after it the skill counts as 0"
              value={certificationExpiresOn}
              disabled={!certification.trim()}
              onChange={(e) => form.setFieldValue('certificationExpiresOn', e.currentTarget.value)}
              error={errors.certificationExpiresOn}
            />
          </Group>
          <Group align="flex-end" justify="space-between">
            <TextInput
              type="date"
              label="Last verified"
              value={verifiedOn}
              onChange={(e) => form.setFieldValue('verifiedOn', e.currentTarget.value)}
              error={errors.verifiedOn}
              w={200}
            />
            <Button type="submit" loading={setSkill.isPending} disabled={!applicationId}>
              Save skill
            </Button>
          </Group>
          {errors[''] && (
            <Text size="sm" c="red">
              {errors['']}
            </Text>
          )}
          {saved && !setSkill.isError && (
            <Text size="sm" c="teal">
              Saved: level {level} on {saved}. The matrix has been recalculated.
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
