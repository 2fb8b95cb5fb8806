import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCreateStaffingRequest } from '../api/staffing-requests';
import { KIND_LABEL, type StaffingDraft, type StaffingKind, type StaffingRequest } from '../types';
import { errorOf, fieldErrors } from '@/lib/field-errors';
import { localDay } from '@/lib/local-day';

const KINDS = (Object.keys(KIND_LABEL) as StaffingKind[]).map((value) => ({
  value,
  label: KIND_LABEL[value],
}));

/**
 * The staffing request a gap suggests, for the leader to adjust and send. Every field starts from
 * the gap; the server's refusals appear beside the field they name. Numbers are not clamped: a 0
 * silently turned into 1 would send something the leader did not ask for.
 */
export function StaffingRequestDialog({
  draft,
  opened,
  onClose,
  onCreated,
}: {
  draft: StaffingDraft;
  opened: boolean;
  onClose: () => void;
  onCreated?: (request: StaffingRequest) => void;
}) {
  const create = useCreateStaffingRequest();
  // The server checks the request and names the fields it refuses.
  const form = useForm<{
    kind: StaffingKind;
    title: string;
    minimumLevel: number | string;
    peopleNeeded: number | string;
    hoursPerWeek: number | string;
    supportWindow: string;
    startsOn: string;
    endsOn: string;
    notes: string;
  }>({
    mode: 'controlled',
    initialValues: {
      kind: draft.kind in KIND_LABEL ? (draft.kind as StaffingKind) : 'LONG_TERM',
      title: '',
      minimumLevel: draft.minimumLevel,
      peopleNeeded: draft.peopleNeeded,
      hoursPerWeek: draft.hoursPerWeek,
      supportWindow: draft.window,
      startsOn: localDay(14),
      endsOn: '',
      notes: '',
    },
  });
  const {
    kind,
    title,
    minimumLevel,
    peopleNeeded,
    hoursPerWeek,
    supportWindow,
    startsOn,
    endsOn,
    notes,
  } = form.values;
  const set = form.setFieldValue;
  const errors = create.isError ? fieldErrors(create.error) : {};
  const general = [errors[''], errorOf(errors, 'applicationIds'), errors.status]
    .filter(Boolean)
    .join(' ');
  const needsEnd = kind !== 'LONG_TERM';

  const submit = () => {
    create.mutate(
      {
        title: title.trim() || undefined,
        kind,
        applicationIds: draft.applicationIds,
        minimumLevel: Number(minimumLevel),
        peopleNeeded: Number(peopleNeeded),
        hoursPerWeek: Number(hoursPerWeek),
        supportWindow,
        startsOn,
        endsOn: endsOn || null,
        notes: notes.trim() || undefined,
        rationale: draft.rationale,
      },
      {
        onSuccess: (request) => {
          onCreated?.(request);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>Create staffing request</Text>}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              For
            </Text>
            {draft.applicationNames.map((name) => (
              <Badge key={name} variant="light" radius="sm" tt="none">
                {name}
              </Badge>
            ))}
          </Group>
          {draft.rationale && (
            <Text size="sm" c="dimmed">
              Why: {draft.rationale}
            </Text>
          )}
          {general && (
            <Alert color="red" title="The request was not accepted">
              {general}
            </Alert>
          )}
          <TextInput
            label="Title"
            description="Leave empty to name it after the application"
            placeholder={`Level ${String(minimumLevel)}+ support for ${draft.applicationNames[0] ?? ''}`}
            value={title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              data={KINDS}
              value={kind}
              onChange={(value) => value && set('kind', value)}
              allowDeselect={false}
              error={errors.kind}
            />
            <NumberInput
              label="Minimum skill level"
              description="3 = can support alone, 4 = expert"
              min={1}
              max={4}
              clampBehavior="none"
              value={minimumLevel}
              onChange={(value) => set('minimumLevel', value)}
              error={errors.minimumLevel}
            />
            <NumberInput
              label="People needed"
              min={1}
              max={50}
              clampBehavior="none"
              value={peopleNeeded}
              onChange={(value) => set('peopleNeeded', value)}
              error={errors.peopleNeeded}
            />
            <NumberInput
              label="Hours a week, in total"
              min={1}
              max={999}
              clampBehavior="none"
              value={hoursPerWeek}
              onChange={(value) => set('hoursPerWeek', value)}
              error={errors.hoursPerWeek}
            />
          </SimpleGrid>
          <TextInput
            label="Support window"
            description="When the people must be available, e.g. the application's calendar"
            value={supportWindow}
            onChange={(event) => set('supportWindow', event.currentTarget.value)}
            error={errors.supportWindow}
            maxLength={200}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label="Start"
              value={startsOn}
              onChange={(event) => set('startsOn', event.currentTarget.value)}
              error={errors.startsOn}
              required
            />
            <TextInput
              type="date"
              label={needsEnd ? 'End' : 'End (optional)'}
              description={needsEnd ? undefined : 'Long-term cover may be open-ended'}
              value={endsOn}
              onChange={(event) => set('endsOn', event.currentTarget.value)}
              error={errors.endsOn}
              required={needsEnd}
            />
          </SimpleGrid>
          <Textarea
            label="Notes for partners"
            placeholder="On-site or remote, certifications, anything a partner should know"
            autosize
            minRows={2}
            maxRows={6}
            value={notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={errors.notes}
            maxLength={4000}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
