import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useApplications } from '@/features/coverage/queries';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { useChangeGoLive, useCreateGoLive } from '../api/golives';
import { KIND_LABEL, type GoLive, type GoLiveKind } from '../types';
import { formLevelErrors, windowDays } from '../utils';

const INPUTS = ['applicationId', 'kind', 'title', 'startsOn', 'endsOn', 'notes'];

const MAX_DAYS = 90;

const KINDS = (Object.keys(KIND_LABEL) as GoLiveKind[]).map((value) => ({
  value,
  label: KIND_LABEL[value],
}));

/**
 * A new go-live, or an open one's terms changed (`event`, sent with the version read): the
 * application, whether it is a first go-live or an upgrade, and its window (at most 90 days). The
 * server's refusals appear beside the field they name.
 */
export function NewGoLiveDialog({
  event,
  opened,
  onClose,
  onCreated,
}: {
  event?: GoLive;
  opened: boolean;
  onClose: () => void;
  onCreated: (event: GoLive) => void;
}) {
  const [search, setSearch] = useState(event?.application.name ?? '');
  const applications = useApplications(search, 0, 50);
  const create = useCreateGoLive();
  const change = useChangeGoLive();
  const save = event ? change : create;
  const [applicationId, setApplicationId] = useState<string | null>(
    event ? String(event.application.id) : null,
  );
  const [kind, setKind] = useState<GoLiveKind>(
    (event?.kind as GoLiveKind | undefined) ?? 'UPGRADE',
  );
  const [title, setTitle] = useState(event?.title ?? '');
  const [startsOn, setStartsOn] = useState(event?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(event?.endsOn ?? '');
  const [notes, setNotes] = useState(event?.notes ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});
  const server = fieldErrors(save.error);
  const errors = { ...server, ...local };

  const submit = () => {
    const refusals: Record<string, string> = {};
    if (!applicationId) refusals.applicationId = 'Choose the application';
    if (!startsOn) refusals.startsOn = 'Choose the first day';
    if (!endsOn) refusals.endsOn = 'Choose the last day';
    else if (startsOn && endsOn < startsOn) refusals.endsOn = 'Must not be before the first day';
    else if (startsOn && windowDays(startsOn, endsOn) > MAX_DAYS)
      refusals.endsOn = `A go-live window is at most ${MAX_DAYS} days`;
    setLocal(refusals);
    if (Object.keys(refusals).length > 0) return;
    const terms = {
      applicationId: Number(applicationId),
      kind,
      title: title.trim() || null,
      startsOn,
      endsOn,
      notes: notes.trim() || null,
    };
    const done = {
      onSuccess: (saved: GoLive) => {
        onCreated(saved);
        save.reset();
      },
    };
    if (event) change.mutate({ id: event.id, terms: { ...terms, version: event.version } }, done);
    else create.mutate(terms, done);
  };

  const options = (applications.data?.items ?? []).map((a) => ({
    value: String(a.id),
    label: a.name,
  }));
  // The event's own application stays choosable whatever the search finds.
  if (event && !options.some((option) => option.value === String(event.application.id))) {
    options.unshift({ value: String(event.application.id), label: event.application.name });
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={event ? 'Change the go-live' : 'New go-live'}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Select
            label="Application"
            required
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            value={applicationId}
            onChange={setApplicationId}
            nothingFoundMessage={applications.isPending ? 'Loading…' : 'No application matches'}
            error={errorOf(errors, 'applicationId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              required
              allowDeselect={false}
              data={KINDS}
              value={kind}
              onChange={(value) => value && setKind(value)}
              error={errorOf(errors, 'kind')}
            />
            <TextInput
              label="Title"
              description="Optional: the application and kind by default"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errorOf(errors, 'title')}
            />
            <TextInput
              type="date"
              label="First day"
              required
              value={startsOn}
              onChange={(e) => setStartsOn(e.currentTarget.value)}
              error={errorOf(errors, 'startsOn')}
            />
            <TextInput
              type="date"
              label="Last day"
              description={`At most ${MAX_DAYS} days after the first`}
              required
              value={endsOn}
              onChange={(e) => setEndsOn(e.currentTarget.value)}
              error={errorOf(errors, 'endsOn')}
            />
          </SimpleGrid>
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
            error={errorOf(errors, 'notes')}
          />
          {formLevelErrors(errors, INPUTS).length > 0 && (
            <Alert color="red" title={event ? 'Not saved' : 'The go-live was not created'}>
              {formLevelErrors(errors, INPUTS).join(' ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {event ? 'Save changes' : 'Create go-live'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
