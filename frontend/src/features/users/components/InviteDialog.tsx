import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldErrors } from '@/lib/field-errors';
import { useInviteUser } from '../api/users';
import type { Invited, OrganizationRef } from '../types';
import { OneTimeLink } from './OneTimeLink';
import { orNull } from '../utils/drafts';
import { PersonFields, type PersonDraft } from './PersonFields';

function emptyDraft(hospital: OrganizationRef | undefined): PersonDraft {
  return {
    email: '',
    displayName: '',
    jobTitle: '',
    department: '',
    location: '',
    roles: ['end-user'],
    organizationId: hospital?.id ?? null,
  };
}

/** Invite a person: the account, then the link (mailed, or shown once to copy). */
export function InviteDialog({
  opened,
  onClose,
  organizations,
}: {
  opened: boolean;
  onClose: () => void;
  organizations: OrganizationRef[];
}) {
  const invite = useInviteUser();
  const [draft, setDraft] = useState(() => emptyDraft(organizations[0]));
  const [invited, setInvited] = useState<Invited | null>(null);

  const close = () => {
    onClose();
    setInvited(null);
    setDraft(emptyDraft(organizations[0]));
    invite.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(
      {
        email: draft.email.trim(),
        displayName: draft.displayName.trim(),
        roles: draft.roles,
        organizationId: draft.organizationId,
        jobTitle: orNull(draft.jobTitle),
        department: orNull(draft.department),
        location: orNull(draft.location),
      },
      { onSuccess: setInvited },
    );
  };

  const errors = invite.isError ? fieldErrors(invite.error) : {};

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={invited ? `${invited.user.displayName} is invited` : 'Invite a person'}
      size="lg"
    >
      {invited ? (
        <Stack>
          <OneTimeLink sent={invited.invitation} name={invited.user.displayName} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {errors[''] && (
              <Alert color="red" variant="light" role="alert">
                {errors['']}
              </Alert>
            )}
            <PersonFields
              draft={draft}
              onChange={setDraft}
              organizations={organizations}
              errors={errors}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={invite.isPending}>
                Invite
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
