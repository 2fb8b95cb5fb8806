import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileCertificate, IconPlus, IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { useAgreements } from '../api/agreements';
import type { Agreement, PartnerAgreements } from '../types';
import { agreementState, newestFirst, periodOf, statusLabel } from '../utils/agreements';
import { formatDate, formatStamp } from '@/lib/time';
import { today } from '../utils/time';
import { EndAgreementDialog } from './EndAgreementDialog';
import { RecordAgreementForm } from './RecordAgreementForm';

interface AgreementsPanelProps {
  /** Administrators record and end agreements; IT leaders read them. */
  canEdit: boolean;
}

const STATE_BADGE = {
  IN_FORCE: { color: 'teal', label: 'In force' },
  NOT_YET: { color: 'blue', label: 'Not yet in force' },
  ENDED: { color: 'gray', label: 'Ended' },
} as const;

/**
 * Business associate agreements: which partners and vendors may see PHI, since when and until
 * when.
 */
export function AgreementsPanel({ canEdit }: AgreementsPanelProps) {
  const overview = useAgreements();
  const [recordingFor, setRecordingFor] = useState<number | null | undefined>(undefined);
  const [ending, setEnding] = useState<Agreement | null>(null);
  const [recorded, setRecorded] = useState<Agreement | null>(null);
  const recordedVendor =
    recorded !== null &&
    overview.data?.partners.some((p) => p.id === recorded.partnerId && p.kind === 'VENDOR') ===
      true;

  let body;
  if (overview.isPending) {
    body = <Loading label="Loading business associate agreements…" />;
  } else if (overview.isError) {
    body = (
      <ErrorState
        title="We could not load the business associate agreements"
        error={overview.error}
        onRetry={() => void overview.refetch()}
        retrying={overview.isFetching}
      />
    );
  } else if (overview.data.partners.length === 0) {
    body = (
      <EmptyState
        icon={<IconFileCertificate size={28} stroke={1.5} />}
        title="No partners yet"
        description="Business associate agreements are recorded per partner. First engage a partner in the Marketplace (or give its agents their sign-ins); it then appears here, ready for its agreement."
      />
    );
  } else {
    const todayDate = today();
    body = (
      <Stack gap="md">
        {overview.data.partners.map((partner) => (
          <PartnerCard
            key={partner.id}
            partner={partner}
            history={overview.data.agreements
              .filter((agreement) => agreement.partnerId === partner.id)
              .sort(newestFirst)}
            todayDate={todayDate}
            canEdit={canEdit}
            onRecord={() => {
              setRecorded(null);
              setRecordingFor(partner.id);
            }}
            onEnd={(agreement) => {
              setRecorded(null);
              setEnding(agreement);
            }}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" maw={760}>
          A business associate agreement (BAA) is the HIPAA contract that lets a partner handle your
          patients&apos; health information. A partner whose agreement is in force sees PHI on
          tickets its groups hold; without one, its agents see tickets through the minimum-necessary
          filter (MRNs, SSNs, dates of birth, phone numbers, e-mail addresses and listed names are
          masked). The same goes for vendors of your vendor directory: without an agreement, the
          cases Medley sends them are filtered.
        </Text>
        {canEdit && overview.data && overview.data.partners.length > 0 && (
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              setRecorded(null);
              setRecordingFor(null);
            }}
          >
            Record agreement
          </Button>
        )}
      </Group>
      {recorded && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={`Agreement ${recorded.reference} recorded for ${recorded.partnerName}`}
          withCloseButton={false}
        >
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {recorded.inForce
                ? recordedVendor
                  ? `Cases sent to ${recorded.partnerName} now keep patient details.`
                  : `Agents of ${recorded.partnerName} now see PHI on the tickets their groups hold.`
                : `It comes into force on ${formatDate(recorded.effectiveFrom)}; until then PHI stays masked for ${recorded.partnerName}.`}
            </Text>
            <CloseButton aria-label="Dismiss" onClick={() => setRecorded(null)} />
          </Group>
        </Alert>
      )}
      {body}

      {canEdit && overview.data && (
        <Modal
          opened={recordingFor !== undefined}
          onClose={() => setRecordingFor(undefined)}
          title={<Text fw={650}>Record a business associate agreement</Text>}
          size="lg"
          closeButtonProps={{ 'aria-label': 'Close without recording' }}
        >
          {recordingFor !== undefined && (
            <RecordAgreementForm
              partners={overview.data.partners}
              initialPartnerId={recordingFor}
              onCancel={() => setRecordingFor(undefined)}
              onRecorded={(agreement) => {
                setRecordingFor(undefined);
                setRecorded(agreement);
              }}
            />
          )}
        </Modal>
      )}
      {canEdit && <EndAgreementDialog agreement={ending} onClose={() => setEnding(null)} />}
    </Stack>
  );
}

interface PartnerCardProps {
  partner: PartnerAgreements;
  history: Agreement[];
  todayDate: string;
  canEdit: boolean;
  onRecord: () => void;
  onEnd: (agreement: Agreement) => void;
}

function PartnerCard({ partner, history, todayDate, canEdit, onRecord, onEnd }: PartnerCardProps) {
  const current = partner.current;
  // The next agreement to start, if one is recorded ahead of its first day.
  const upcoming = history
    .filter((agreement) => agreementState(agreement, todayDate) === 'NOT_YET')
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))[0];
  const headingId = `baa-partner-${partner.id}`;
  const vendor = partner.kind === 'VENDOR';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={3} size="h4" id={headingId}>
              {partner.name}
            </Title>
            {vendor && (
              <Badge color="gray" variant="outline" radius="sm" tt="none">
                Vendor
              </Badge>
            )}
            <Badge
              color={current ? 'teal' : 'orange'}
              variant="light"
              radius="sm"
              tt="none"
              size="lg"
              leftSection={
                current ? (
                  <IconShieldCheck size={14} aria-hidden />
                ) : (
                  <IconShieldOff size={14} aria-hidden />
                )
              }
              data-testid={`baa-status-${partner.id}`}
            >
              {statusLabel(current)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {current
              ? `${current.reference}, in force since ${formatDate(current.effectiveFrom)}. ${vendor ? 'Cases sent to it keep patient details.' : 'Its agents see PHI on tickets their groups hold.'}`
              : upcoming
                ? `${vendor ? 'Cases sent to it leave' : 'Its agents read tickets'} with patient details masked until ${upcoming.reference} comes into force on ${formatDate(upcoming.effectiveFrom)}.`
                : vendor
                  ? 'Cases sent to it leave with patient details masked.'
                  : 'Its agents read tickets with patient details masked.'}
          </Text>
        </Stack>
        {canEdit && (
          <Group gap="xs">
            {current && !current.endedAt && (
              <Button variant="default" color="red" size="xs" onClick={() => onEnd(current)}>
                End agreement
              </Button>
            )}
            <Button
              variant="light"
              size="xs"
              onClick={onRecord}
              aria-label={`Record agreement with ${partner.name}`}
            >
              Record agreement
            </Button>
          </Group>
        )}
      </Group>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          No agreement has ever been recorded with {partner.name}.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" layout="fixed" aria-label={`Agreements with ${partner.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">Reference</Table.Th>
                <Table.Th w="22%">In force</Table.Th>
                <Table.Th w="12%">Status</Table.Th>
                <Table.Th w="18%">Recorded</Table.Th>
                <Table.Th w="18%">Ended by</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((agreement) => {
                const state = STATE_BADGE[agreementState(agreement, todayDate)];
                return (
                  <Table.Tr key={agreement.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {agreement.reference}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{periodOf(agreement)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={state.color} variant="light" radius="sm" tt="none">
                        {state.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{agreement.recordedBy}</Text>
                      <Text size="xs" c="dimmed">
                        {formatStamp(agreement.recordedAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {agreement.endedBy && agreement.endedAt ? (
                        <>
                          <Text size="sm">{agreement.endedBy}</Text>
                          <Text size="xs" c="dimmed">
                            {formatStamp(agreement.endedAt)}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
