import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/api';
import { fieldErrors } from '@/lib/field-errors';
import { useChangeUser } from '../api/users';
import type { OrganizationRef, User } from '../types';
import { orNull } from '../utils/drafts';
import { PersonFields, type PersonDraft } from './PersonFields';

/** Change a person's details, roles and organisation; saved with the version it was read at. */
export function UserForm({
  user,
  organizations,
  onDone,
}: {
  user: User;
  organizations: OrganizationRef[];
  onDone: () => void;
}) {
  const change = useChangeUser();
  const [draft, setDraft] = useState<PersonDraft>({
    email: user.email ?? '',
    displayName: user.displayName,
    jobTitle: user.jobTitle ?? '',
    department: user.department ?? '',
    location: user.location ?? '',
    roles: [...user.roles],
    organizationId: user.organization.id,
  });
  const known = organizations.some((o) => o.id === user.organization.id);
  const choices = known ? organizations : [user.organization, ...organizations];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      {
        id: user.id,
        change: {
          displayName: draft.displayName.trim(),
          email: orNull(draft.email),
          jobTitle: orNull(draft.jobTitle),
          department: orNull(draft.department),
          location: orNull(draft.location),
          roles: draft.roles,
          organizationId: draft.organizationId ?? user.organization.id,
          version: user.version,
        },
      },
      { onSuccess: onDone },
    );
  };

  const errors = change.isError ? fieldErrors(change.error) : {};
  const stale = isApiError(change.error) && change.error.status === 409 && !!errors.version;
  const selfLockout = isApiError(change.error) && change.error.status === 403;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {stale && (
          <Alert color="yellow" variant="light" role="alert" title="Changed meanwhile">
            Someone else changed {user.displayName} while you were editing. Close this panel and
            open it again to see their change, then make yours.
          </Alert>
        )}
        {selfLockout && (
          <Alert color="red" variant="light" role="alert" title="Not allowed">
            {errors.roles ?? errors['']}
          </Alert>
        )}
        {errors[''] && !selfLockout && (
          <Alert color="red" variant="light" role="alert">
            {errors['']}
          </Alert>
        )}
        <PersonFields draft={draft} onChange={setDraft} organizations={choices} errors={errors} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={change.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
