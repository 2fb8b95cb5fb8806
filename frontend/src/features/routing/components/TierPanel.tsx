import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import {
  useDeleteRule,
  useEscalations,
  useReorderRules,
  useRoutingDefaults,
  useRoutingRules,
  useSetDefault,
  useSetEscalation,
} from '../api/routing';
import type { ApplicationChoice, GroupRef, RoutingRule, Tier } from '../types';
import { refusal } from './describe';
import { RuleEditor } from './RuleEditor';

interface TierPanelProps {
  tier: Tier;
  groups: GroupRef[];
  applications: ApplicationChoice[];
  canEdit: boolean;
}

/** One tier: its default group, its rules in order, and where its groups escalate. */
export function TierPanel({ tier, groups, applications, canEdit }: TierPanelProps) {
  const rules = useRoutingRules(tier);
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const atTier = groups.filter((g) => g.tier === tier && !g.retired);

  return (
    <Stack gap="md">
      <DefaultGroup tier={tier} groups={atTier} canEdit={canEdit} />

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Rules, tried from the top
          </Title>
          {canEdit && atTier.length > 0 && (
            <Button
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
            >
              Add {tier} rule
            </Button>
          )}
        </Group>
        {rules.isPending ? (
          <Loading label={`Loading the ${tier} rules…`} />
        ) : rules.isError ? (
          <ErrorState
            title={`We could not load the ${tier} rules`}
            error={rules.error}
            onRetry={() => void rules.refetch()}
          />
        ) : atTier.length === 0 && rules.data.items.length === 0 ? (
          <EmptyState
            title={`No ${tier} support group yet`}
            description={`Create a support group that works at ${tier} first (Admin → Support groups); then its tickets can be routed here.`}
          />
        ) : rules.data.items.length === 0 ? (
          <EmptyState
            title={`No ${tier} rules`}
            description="Every ticket goes to the default group above. Add a rule to send some tickets elsewhere, e.g. tickets for the lab system to the Lab team, or titles that say “printer” to Field Services."
          />
        ) : (
          <RuleTable tier={tier} rules={rules.data.items} canEdit={canEdit} onEdit={setEditing} />
        )}
      </Stack>

      {tier !== 'VENDOR' && <Escalations tier={tier} groups={groups} canEdit={canEdit} />}

      {editing !== null && (
        <RuleEditor
          tier={tier}
          rule={editing === 'new' ? null : editing}
          groups={groups}
          applications={applications}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function DefaultGroup({
  tier,
  groups,
  canEdit,
}: {
  tier: Tier;
  groups: GroupRef[];
  canEdit: boolean;
}) {
  const defaults = useRoutingDefaults();
  const setDefault = useSetDefault();
  const current = defaults.data?.find((d) => d.tier === tier)?.group ?? null;
  const firstByName = [...groups].sort((a, b) => a.name.localeCompare(b.name))[0];
  return (
    <Card withBorder padding="sm">
      <Stack gap={6}>
        <Select
          label={`Default ${tier} group`}
          description={
            current
              ? `Takes every ${tier} ticket no rule below matches.`
              : firstByName
                ? `None set: tickets no rule matches go to ${firstByName.name}, the first ${tier} group by name. Choose one to decide it yourself.`
                : `None set, and no ${tier} group exists yet.`
          }
          placeholder="No default (first group by name)"
          data={groups.map((g) => ({ value: String(g.id), label: g.name }))}
          value={current ? String(current.id) : null}
          onChange={(value) =>
            setDefault.mutate({ tier, groupId: value === null ? null : Number(value) })
          }
          disabled={!canEdit || defaults.isPending}
          clearable
          maw={420}
        />
        {setDefault.isError && (
          <Alert color="red" role="alert" title="Default not saved">
            {refusal(setDefault.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function RuleTable({
  tier,
  rules,
  canEdit,
  onEdit,
}: {
  tier: Tier;
  rules: RoutingRule[];
  canEdit: boolean;
  onEdit: (rule: RoutingRule) => void;
}) {
  const reorder = useReorderRules();
  const remove = useDeleteRule();
  const move = (index: number, by: -1 | 1) => {
    const ids = rules.map((r) => r.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    reorder.mutate({ tier, ids });
  };
  const error = reorder.error ?? remove.error;
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert" title="Not changed">
          {refusal(error)}
        </Alert>
      )}
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={`${tier} rules`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>When a ticket…</Table.Th>
            <Table.Th>Goes to</Table.Th>
            {canEdit && <Table.Th w={150}>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule, index) => (
            <Table.Tr key={rule.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm">{rule.description}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {rule.group.name}
                  </Text>
                  {rule.group.retired && (
                    <Badge color="orange" variant="light">
                      retired: passed over
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move rule ${index + 1} up`}
                      disabled={index === 0 || reorder.isPending}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Move rule ${index + 1} down`}
                      disabled={index === rules.length - 1 || reorder.isPending}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Change rule ${index + 1}`}
                      onClick={() => onEdit(rule)}
                    >
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Delete rule ${index + 1}`}
                      disabled={remove.isPending}
                      onClick={() => {
                        if (
                          window.confirm(`Delete ${tier} rule ${index + 1}?\n${rule.description}`)
                        )
                          remove.mutate({ id: rule.id, version: rule.version });
                      }}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

const NEXT: Record<Tier, Tier | null> = { L1: 'L2', L2: 'L3', L3: 'VENDOR', VENDOR: null };

function Escalations({
  tier,
  groups,
  canEdit,
}: {
  tier: Tier;
  groups: GroupRef[];
  canEdit: boolean;
}) {
  const escalations = useEscalations();
  const setEscalation = useSetEscalation();
  const next = NEXT[tier]!;
  const rows = escalations.data?.filter((e) => e.group.tier === tier) ?? [];
  const targets = groups
    .filter((g) => g.tier === next && !g.retired)
    .map((g) => ({ value: String(g.id), label: g.name }));
  if (escalations.isPending || rows.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        When an {tier} group escalates
      </Title>
      <Text size="sm" c="dimmed">
        Name the {next} group that takes a group&apos;s escalations, or leave it to the {next}{' '}
        rules.
      </Text>
      {setEscalation.isError && (
        <Alert color="red" role="alert" title="Escalation target not saved">
          {refusal(setEscalation.error)}
        </Alert>
      )}
      <Table verticalSpacing="xs" aria-label={`${tier} escalation targets`}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.group.id}>
              <Table.Td w="40%">
                <Text size="sm">{row.group.name}</Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${row.group.name} escalates to`}
                  placeholder={`The ${next} rules decide`}
                  data={targets}
                  value={row.target ? String(row.target.id) : null}
                  onChange={(value) =>
                    setEscalation.mutate({
                      groupId: row.group.id,
                      targetGroupId: value === null ? null : Number(value),
                    })
                  }
                  disabled={!canEdit}
                  clearable
                  maw={360}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
