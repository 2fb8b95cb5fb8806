import { Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { roleLabel } from '@/lib/roles';
import type { OrganizationRef } from '../types';
import { fitRoles, rolesFor } from './roles';

export interface PersonDraft {
  email: string;
  displayName: string;
  jobTitle: string;
  department: string;
  location: string;
  roles: string[];
  organizationId: number | null;
}

/** The fields an invitation and a change share; `errors` by field name, as the server names them. */
export function PersonFields({
  draft,
  onChange,
  organizations,
  errors,
}: {
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  organizations: OrganizationRef[];
  errors: Record<string, string>;
}) {
  const organization = organizations.find((o) => o.id === draft.organizationId);
  const allowed = rolesFor(organization);
  const set = (patch: Partial<PersonDraft>) => onChange({ ...draft, ...patch });
  return (
    <Stack gap="sm">
      <TextInput
        label="Name"
        withAsterisk
        value={draft.displayName}
        onChange={(e) => set({ displayName: e.currentTarget.value })}
        error={errors.displayName}
        maxLength={200}
      />
      <TextInput
        label="E-mail address"
        description="They sign in with it."
        type="email"
        withAsterisk
        value={draft.email}
        onChange={(e) => set({ email: e.currentTarget.value })}
        error={errors.email}
        maxLength={100}
      />
      <Select
        label="Works for"
        description="The hospital itself, or one of its partners."
        data={organizations.map((o) => ({
          value: String(o.id),
          label: o.kind === 'PARTNER' ? `${o.name} (partner)` : o.name,
        }))}
        value={draft.organizationId === null ? null : String(draft.organizationId)}
        onChange={(value) => {
          const id = value === null ? null : Number(value);
          const next = organizations.find((o) => o.id === id);
          set({ organizationId: id, roles: fitRoles(draft.roles, next) });
        }}
        allowDeselect={false}
        error={errors.organizationId}
      />
      <Checkbox.Group
        label="Roles"
        description={
          organization?.kind === 'PARTNER'
            ? "A partner's employee works the tickets their company holds: partner agent only."
            : 'What they can do in Medley. Most people are end users; service desk staff are also agents.'
        }
        value={draft.roles}
        onChange={(roles) => set({ roles })}
        error={errors.roles}
        withAsterisk
      >
        <Group mt="xs" gap="md">
          {allowed.map((role) => (
            <Checkbox key={role} value={role} label={roleLabel(role)} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Job title"
          value={draft.jobTitle}
          onChange={(e) => set({ jobTitle: e.currentTarget.value })}
          error={errors.jobTitle}
          maxLength={100}
        />
        <TextInput
          label="Department"
          value={draft.department}
          onChange={(e) => set({ department: e.currentTarget.value })}
          error={errors.department}
          maxLength={100}
        />
        <TextInput
          label="Location"
          value={draft.location}
          onChange={(e) => set({ location: e.currentTarget.value })}
          error={errors.location}
          maxLength={100}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Department and location are what routing rules can match a requester on.
      </Text>
    </Stack>
  );
}
