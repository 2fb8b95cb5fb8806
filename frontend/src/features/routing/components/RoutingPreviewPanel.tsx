import {
  Alert,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useRoutingPreview } from '../api/routing';
import type { ApplicationChoice, TicketType, Tier } from '../types';
import { IMPACTS, refusal } from './describe';

interface RoutingPreviewPanelProps {
  tier: Tier;
  applications: ApplicationChoice[];
}

/** "Where would this ticket go?": a ticket draft tried against the rules; nothing is saved. */
export function RoutingPreviewPanel({ tier, applications }: RoutingPreviewPanelProps) {
  const [type, setType] = useState<TicketType>('INCIDENT');
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [impact, setImpact] = useState<string>('3');
  const [title, setTitle] = useState('');
  const preview = useRoutingPreview();
  const result = preview.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    preview.mutate({
      tier,
      type,
      applicationId: applicationId === null ? null : Number(applicationId),
      impact: Number(impact),
      urgency: 3,
      title: title.trim(),
    });
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="routing-preview-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="routing-preview-heading">
          Where would this ticket go?
        </Title>
        <Text size="sm" c="dimmed">
          Try a ticket against the {tier} rules as they are saved now. Nothing is filed.
        </Text>
        <form onSubmit={submit}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label="Ticket type"
              value={type}
              onChange={setType}
              data={[
                { value: 'INCIDENT', label: 'Incident' },
                { value: 'SERVICE_REQUEST', label: 'Service request' },
              ]}
            />
            <Select
              label="Application"
              placeholder="Other / I don't know"
              data={applications.map((a) => ({ value: String(a.id), label: a.name }))}
              value={applicationId}
              onChange={setApplicationId}
              searchable
              clearable
            />
            <Select
              label="Impact"
              data={IMPACTS}
              value={impact}
              onChange={(value) => setImpact(value ?? '3')}
              allowDeselect={false}
            />
            <TextInput
              label="Title"
              placeholder="e.g. Label printer jammed on 4 West"
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              required
              maxLength={200}
            />
            <Group>
              <Button type="submit" loading={preview.isPending} disabled={!title.trim()}>
                Show where it goes
              </Button>
            </Group>
          </Stack>
        </form>
        {preview.isError && (
          <Alert color="red" role="alert" title="No answer">
            {refusal(preview.error)}
          </Alert>
        )}
        {result && (
          <Alert
            color={result.group ? 'teal' : 'orange'}
            title={result.group ? `Goes to ${result.group.name}` : 'No group can take it'}
            role="status"
          >
            <Stack gap={6}>
              <Text size="sm">{result.explanation}</Text>
              {result.rule && (
                <Text size="sm">
                  Rule {result.rule.position + 1}: {result.rule.description}
                </Text>
              )}
              {result.passedOver.length > 0 && (
                <>
                  <Text size="sm" fw={500}>
                    Earlier rules that did not match:
                  </Text>
                  <List size="sm" spacing={2}>
                    {result.passedOver.map((p) => (
                      <List.Item key={p.ruleId}>
                        <Text span size="sm" title={p.description}>
                          Rule {p.position + 1}: {p.reason}.
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
