import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  useMatches,
} from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { describeError } from '@/lib/errors';
import { useDraftForm } from '@/lib/use-draft-form';
import { useCreateTicket } from '../api/create-ticket';
import type { TicketView } from '../types';
import {
  EMPTY_DRAFT,
  TITLE_MAX,
  titleTooLong,
  UNKNOWN_APPLICATION,
  validateReport,
  type ReportDraft,
} from '../utils/report';
import { fieldErrorsOf } from '@/lib/field-errors';
import { errorFor } from '../utils/errors';
import { IMPACT_CHOICES, URGENCY_CHOICES, affectedUsersFor } from '../utils/plain-language';
import { ApplicationPicker } from './ApplicationPicker';

interface ReportFormProps {
  onCreated: (ticket: TicketView) => void;
  onCancel?: () => void;
}

/** "Report a problem or ask for something", in the words of the person at the ward. */
export function ReportForm({ onCreated, onCancel }: ReportFormProps) {
  const form = useDraftForm<ReportDraft>(EMPTY_DRAFT, (draft) =>
    Object.fromEntries(validateReport(draft).map(({ field, message }) => [field ?? '', message])),
  );
  const draft = form.values;
  const create = useCreateTicket();
  const local = Object.entries(form.errors).map(([field, message = '']) => ({ field, message }));
  const server = fieldErrorsOf(create.error);
  const errors = [...local, ...server];
  const set = (part: Partial<ReportDraft>) => form.setValues(part);
  // The two kinds of help do not fit side by side on a phone.
  const kindOrientation = useMatches<'vertical' | 'horizontal'>({
    base: 'vertical',
    xs: 'horizontal',
  });
  const request = draft.type === 'SERVICE_REQUEST';
  // No maxLength: a pasted text would be cut without a word. Count as the user types instead.
  const titleLength = draft.title.trim().length;

  const submit = form.onSubmit((draft) => {
    if (!draft.application) return;
    create.mutate(
      {
        type: draft.type,
        title: draft.title.trim(),
        description: draft.description.trim(),
        applicationId:
          draft.application.id === UNKNOWN_APPLICATION.id ? undefined : draft.application.id,
        impact: draft.impact ?? 3,
        urgency: draft.urgency ?? 3,
        phi: draft.phi,
        affectedUsers: affectedUsersFor(draft.impact ?? 3),
      },
      { onSuccess: onCreated },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Report a problem or request something">
      <Stack gap="lg">
        <SegmentedControl
          value={draft.type}
          onChange={(type) => set({ type })}
          data={[
            { value: 'INCIDENT', label: 'Something is not working' },
            { value: 'SERVICE_REQUEST', label: 'I need something' },
          ]}
          aria-label="What kind of help"
          orientation={kindOrientation}
          fullWidth={kindOrientation === 'vertical'}
          w={kindOrientation === 'vertical' ? undefined : 'fit-content'}
        />
        <ApplicationPicker
          label="Which application or system?"
          description="Start typing its name, e.g. “Hyperspace”, “PACS” or “Pyxis”. Not sure? Choose “Other / I don’t know”."
          placeholder="Search applications"
          value={draft.application?.id ?? null}
          onChange={(application) => set({ application })}
          error={errorFor(errors, 'applicationId')}
          offerUnknown
          required
          maw={520}
        />
        <TextInput
          label={request ? 'What do you need?' : 'In a few words, what is wrong?'}
          placeholder={
            request
              ? 'e.g. Access to the lab results inbox'
              : 'e.g. Cannot print wristbands on 4 West'
          }
          value={draft.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
          description={`${titleLength} / ${TITLE_MAX}`}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          error={
            errorFor(errors, 'title') ??
            (titleLength > TITLE_MAX ? titleTooLong(titleLength) : undefined)
          }
          required
        />
        <Textarea
          label={request ? 'Tell us more' : 'What happened?'}
          description={
            request
              ? 'Who needs it, by when, and anything we should know.'
              : 'What were you doing, what did you expect, and what did you see instead? Copy any error message.'
          }
          autosize
          minRows={4}
          maxRows={14}
          value={draft.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
          error={errorFor(errors, 'description')}
          required
        />
        <ChoiceCards
          label="Who is affected?"
          choices={IMPACT_CHOICES}
          value={draft.impact}
          onChange={(impact) => set({ impact })}
          error={errorFor(errors, 'impact')}
        />
        <ChoiceCards
          label="How much does it hold up your work or patient care?"
          choices={URGENCY_CHOICES}
          value={draft.urgency}
          onChange={(urgency) => set({ urgency })}
          error={errorFor(errors, 'urgency')}
        />
        <Paper withBorder p="sm" radius="md" bg={draft.phi ? 'grape.0' : undefined}>
          <Checkbox
            label="My description contains patient information"
            description="Tick this if you wrote a patient’s name, MRN, date of birth or other health details. We then limit who can read the ticket and log every view. If you can, leave patient details out — the desk will ask when it needs them."
            checked={draft.phi}
            onChange={(event) => set({ phi: event.currentTarget.checked })}
          />
        </Paper>
        {draft.urgency === 1 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            If patient care is stopped right now, also call the service desk so someone starts at
            once.
          </Alert>
        )}
        {create.isError && server.length === 0 && (
          <Alert color="red" variant="light" role="alert" title="Your ticket was not sent">
            {describeError(create.error).detail ?? describeError(create.error).title}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button
            type="submit"
            leftSection={<IconSend size={16} aria-hidden />}
            loading={create.isPending}
          >
            Send to IT
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Choice {
  value: number;
  label: string;
  description: string;
}

/** A required choice of one of a few levels, each a card with a line saying what it means. */
function ChoiceCards(props: {
  label: string;
  choices: readonly Choice[];
  value: number | null;
  onChange: (value: number) => void;
  error: string | undefined;
}) {
  return (
    <Radio.Group
      label={props.label}
      value={props.value === null ? null : String(props.value)}
      onChange={(value) => props.onChange(Number(value))}
      error={props.error}
      required
    >
      {/* Side by side where there is room; one under the other on a phone. */}
      <SimpleGrid mt="xs" spacing="sm" cols={{ base: 1, xs: props.choices.length }}>
        {props.choices.map((choice) => (
          <Radio.Card key={choice.value} value={String(choice.value)} radius="md" p="sm">
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <div>
                <Text fw={600} size="sm">
                  {choice.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {choice.description}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
