import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  TagsInput,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useCreateRule, useUpdateRule } from '../api/routing';
import type {
  ApplicationChoice,
  GroupRef,
  RoutingRule,
  RuleRequest,
  TicketType,
  Tier,
} from '../types';
import { IMPACTS, refusal } from './describe';

interface RuleEditorProps {
  tier: Tier;
  /** The rule to change; null for a new one. */
  rule: RoutingRule | null;
  groups: GroupRef[];
  applications: ApplicationChoice[];
  onClose: () => void;
}

interface Draft {
  groupId: string | null;
  applicationIds: string[];
  categories: string[];
  types: string[];
  impacts: string[];
  departments: string[];
  locations: string[];
  titleWords: string[];
}

function draftOf(rule: RoutingRule | null): Draft {
  return {
    groupId: rule ? String(rule.group.id) : null,
    applicationIds: rule?.applications.map((a) => String(a.id)) ?? [],
    categories: rule?.categories ?? [],
    types: rule?.types ?? [],
    impacts: rule?.impacts.map(String) ?? [],
    departments: rule?.departments ?? [],
    locations: rule?.locations ?? [],
    titleWords: rule?.titleWords ?? [],
  };
}

const TYPES: { value: TicketType; label: string }[] = [
  { value: 'INCIDENT', label: 'Incident (something is broken)' },
  { value: 'SERVICE_REQUEST', label: 'Service request (asking for something)' },
];

/** Adds or changes one rule of a tier: its conditions (all must hold) and the group it names. */
export function RuleEditor({ tier, rule, groups, applications, onClose }: RuleEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(rule));
  const create = useCreateRule();
  const update = useUpdateRule();
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const targets = groups
    .filter((g) => g.tier === tier && (!g.retired || String(g.id) === draft.groupId))
    .map((g) => ({
      value: String(g.id),
      label: g.retired ? `${g.name} (retired)` : g.name,
      disabled: g.retired,
    }));
  const categories = [...new Set(applications.map((a) => a.category))].sort();
  const hasCondition =
    draft.applicationIds.length +
      draft.categories.length +
      draft.types.length +
      draft.impacts.length +
      draft.departments.length +
      draft.locations.length +
      draft.titleWords.length >
    0;

  const save = () => {
    if (draft.groupId === null) return;
    const request: RuleRequest = {
      tier,
      groupId: Number(draft.groupId),
      applicationIds: draft.applicationIds.map(Number),
      categories: draft.categories,
      types: draft.types as TicketType[],
      impacts: draft.impacts.map(Number),
      departments: draft.departments,
      locations: draft.locations,
      titleWords: draft.titleWords,
      version: rule?.version ?? null,
    };
    const done = { onSuccess: onClose };
    if (rule) update.mutate({ id: rule.id, rule: request }, done);
    else create.mutate(request, done);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={rule ? `Change ${tier} rule ${rule.position + 1}` : `New ${tier} rule`}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          A ticket matches when every condition you fill in holds; several values in one condition
          mean any of them. Leave a condition empty to ignore it.
        </Text>
        <MultiSelect
          label="Application"
          placeholder={draft.applicationIds.length ? undefined : 'Any application'}
          data={applications.map((a) => ({ value: String(a.id), label: a.name }))}
          value={draft.applicationIds}
          onChange={set('applicationIds')}
          searchable
          clearable
        />
        <MultiSelect
          label="Application category"
          placeholder={draft.categories.length ? undefined : 'Any category'}
          data={categories}
          value={draft.categories}
          onChange={set('categories')}
          searchable
          clearable
        />
        <Group grow align="flex-start">
          <MultiSelect
            label="Ticket type"
            placeholder={draft.types.length ? undefined : 'Any type'}
            data={TYPES}
            value={draft.types}
            onChange={set('types')}
          />
          <MultiSelect
            label="Impact"
            placeholder={draft.impacts.length ? undefined : 'Any impact'}
            data={IMPACTS}
            value={draft.impacts}
            onChange={set('impacts')}
          />
        </Group>
        <Group grow align="flex-start">
          <TagsInput
            label="Requester's department"
            description="As on the person's account; press Enter after each"
            placeholder={draft.departments.length ? undefined : 'Any department'}
            value={draft.departments}
            onChange={set('departments')}
          />
          <TagsInput
            label="Requester's location"
            description="As on the person's account; press Enter after each"
            placeholder={draft.locations.length ? undefined : 'Any location'}
            value={draft.locations}
            onChange={set('locations')}
          />
        </Group>
        <TagsInput
          label="Words in the title"
          description="Whole words, any case (“scan” does not match “scanner”); press Enter after each"
          placeholder={draft.titleWords.length ? undefined : 'Any title'}
          value={draft.titleWords}
          onChange={set('titleWords')}
        />
        <Select
          label="Send to group"
          description={`One of the ${tier} groups still taking tickets`}
          placeholder="Choose a group"
          data={targets}
          value={draft.groupId}
          onChange={set('groupId')}
          required
          searchable
        />
        {!hasCondition && (
          <Text size="sm" c="dimmed">
            Fill in at least one condition. To send every other ticket to one group, set the
            tier&apos;s default group instead.
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert" title="Not saved">
            {refusal(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={save}
            loading={saving}
            disabled={draft.groupId === null || !hasCondition}
          >
            {rule ? 'Save rule' : 'Add rule'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
