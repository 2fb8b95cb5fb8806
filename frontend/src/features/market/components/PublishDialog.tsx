import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { Loading } from '@/components/Loading';
import { fieldErrors } from '@/lib/field-errors';
import { formatDateTime } from '@/lib/time';
import { usePartners } from '../api/partners';
import { usePublishStaffingRequest } from '../api/staffing-requests';
import type { StaffingRequest } from '../types';
import { isStale } from '../utils/marketplace';

/**
 * Publishes a staffing request: to every partner, or to a shortlist picked by checkbox. Partners
 * who see it already are ticked and say since when; publishing again adds to them (the shortlist
 * sent is everyone who should see it).
 */
export function PublishDialog({
  request,
  opened,
  onClose,
  onReload,
}: {
  request: StaffingRequest;
  opened: boolean;
  onClose: () => void;
  /** Reads the request afresh after a 409. */
  onReload: () => void;
}) {
  const partners = usePartners({ q: '', page: 0, size: 100 }, opened);
  const publish = usePublishStaffingRequest();
  const already = new Map((request.publishedTo ?? []).map((p) => [p.partnerId, p]));
  const [audience, setAudience] = useState<'ALL' | 'SHORTLIST'>(
    request.audience === 'SHORTLIST' ? 'SHORTLIST' : 'ALL',
  );
  const [picked, setPicked] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const everyone = request.audience === 'ALL';
  const errors = publish.isError ? fieldErrors(publish.error) : {};
  const general = Object.entries(errors)
    .filter(([key]) => key !== 'partnerIds')
    .map(([, message]) => message)
    .join(' ');
  const shortlistError =
    (tried && audience === 'SHORTLIST' && picked.length === 0
      ? 'Tick at least one partner'
      : undefined) ?? errors.partnerIds;

  const send = () => {
    setTried(true);
    if (audience === 'SHORTLIST' && picked.length === 0) return;
    publish.mutate(
      {
        id: request.id,
        input:
          audience === 'ALL'
            ? { all: true, version: request.version }
            : {
                partnerIds: [...new Set([...already.keys(), ...picked.map(Number)])],
                version: request.version,
              },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={<Text fw={650}>Publish to partners</Text>}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">
          <Text span fw={600}>
            {request.title}
          </Text>{' '}
          — partners who see it can answer with a proposal. They never see each other’s.
        </Text>
        {publish.isError && isStale(publish.error) ? (
          <Alert color="orange" title="This request changed since you read it">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">Reload it, then publish again.</Text>
              <Button
                size="xs"
                variant="white"
                onClick={() => {
                  publish.reset();
                  onReload();
                }}
              >
                Reload
              </Button>
            </Stack>
          </Alert>
        ) : (
          general && (
            <Alert color="red" title="The request was not published">
              {general}
            </Alert>
          )
        )}
        {everyone ? (
          <Alert color="blue" variant="light">
            Every partner sees this request already.
          </Alert>
        ) : (
          <Radio.Group
            label="Who sees it"
            value={audience}
            onChange={(value) => setAudience(value)}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="ALL" label="All partners" />
              <Radio value="SHORTLIST" label="A shortlist" />
            </Stack>
          </Radio.Group>
        )}
        {!everyone && audience === 'SHORTLIST' && (
          <>
            {partners.isPending ? (
              <Loading label="Loading partners…" />
            ) : partners.isError ? (
              <ErrorState
                title="We could not load the partners"
                error={partners.error}
                onRetry={() => void partners.refetch()}
                retrying={partners.isFetching}
              />
            ) : partners.data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                No partners yet.
              </Text>
            ) : (
              <ScrollArea.Autosize mah={320} type="auto">
                <Checkbox.Group
                  label="Shortlist"
                  value={[...picked, ...[...already.keys()].map(String)]}
                  onChange={(value) => setPicked(value.filter((v) => !already.has(Number(v))))}
                  error={shortlistError}
                >
                  <Stack gap="xs" mt={6}>
                    {partners.data.items.map((p) => {
                      const seen = already.get(p.id);
                      return (
                        <Checkbox
                          key={p.id}
                          value={String(p.id)}
                          label={p.name}
                          disabled={seen !== undefined}
                          description={
                            seen
                              ? `Sees it since ${formatDateTime(seen.at)}`
                              : [p.tiers.join(', '), p.agreement ? 'agreement on file' : null]
                                  .filter(Boolean)
                                  .join(' · ') || undefined
                          }
                        />
                      );
                    })}
                  </Stack>
                </Checkbox.Group>
              </ScrollArea.Autosize>
            )}
          </>
        )}
        {!everyone && audience === 'ALL' && already.size > 0 && (
          <Text size="sm" c="dimmed">
            Sees it now: {[...already.values()].map((p) => p.name).join(', ')}.
          </Text>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {!everyone && (
            <Button onClick={send} loading={publish.isPending}>
              {audience === 'ALL' ? 'Publish to all partners' : 'Publish to the shortlist'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
