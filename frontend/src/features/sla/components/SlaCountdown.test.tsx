import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlaTimer } from '../types';
import { SlaCountdown } from './SlaCountdown';

const NOW = '2026-12-01T15:00:00Z';

function timer(overrides: Partial<SlaTimer>): SlaTimer {
  return {
    id: 1,
    kind: 'SLA',
    target: 'RESOLUTION',
    partnerId: null,
    state: 'RUNNING',
    paused: false,
    targetDuration: 'PT4H',
    startedAt: '2026-12-01T13:00:00Z',
    dueAt: '2026-12-01T17:00:00Z',
    pausedSince: null,
    endedAt: null,
    remaining: 'PT2H',
    runsUntil: '2026-12-01T22:00:00Z',
    percentUsed: 50,
    calendarId: 1,
    policyId: 1,
    ...overrides,
  };
}

function show(t: SlaTimer, serverNow = NOW) {
  return render(
    <MantineProvider>
      <SlaCountdown timer={t} serverNow={serverNow} />
    </MantineProvider>,
  );
}

describe('SlaCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts the business time down while the clock runs', () => {
    show(timer({ remaining: 'PT42M30S' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: 42 min left');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: 41 min left');
  });

  it('shows the business time left, not the wall-clock time to the deadline', () => {
    // Due in 3 days 21 h of wall-clock time, but only 27 business hours are left.
    show(timer({ remaining: 'PT27H', dueAt: '2026-12-05T12:00:00Z' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: 1 d 3 h left');
  });

  it('reads the same the moment the ticket goes on hold, then stands still', () => {
    const { rerender } = show(timer({ remaining: 'PT27H10M', dueAt: '2026-12-05T12:00:00Z' }));
    expect(screen.getByRole('timer')).toHaveTextContent('1 d 3 h left');
    act(() => {
      vi.advanceTimersByTime(5 * 60_000);
    });
    // The server's answer after the pause: the same business time, standing still.
    rerender(
      <MantineProvider>
        <SlaCountdown
          timer={timer({
            state: 'PAUSED',
            paused: true,
            dueAt: null,
            runsUntil: null,
            remaining: 'PT27H5M',
          })}
          serverNow="2026-12-01T15:05:00Z"
        />
      </MantineProvider>,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: paused · 1 d 3 h left');
    act(() => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('paused · 1 d 3 h left');
  });

  it('stands still outside business hours', () => {
    show(timer({ remaining: 'PT3H5M', runsUntil: null }));
    act(() => {
      vi.advanceTimersByTime(30 * 60_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('3 h 05 min left');
  });

  it('stops counting when the calendar closes', () => {
    show(timer({ remaining: 'PT3H5M', runsUntil: '2026-12-01T15:10:00Z' }));
    act(() => {
      vi.advanceTimersByTime(30 * 60_000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('2 h 55 min left');
  });

  it('says how late an overdue timer is', () => {
    show(timer({ remaining: '-PT1M30S', percentUsed: 101 }));
    expect(screen.getByRole('timer')).toHaveTextContent('overdue 1 min');
  });

  it('is not fooled by a browser clock that runs ahead of the server', () => {
    // The browser is 10 minutes ahead of the server: only the time since the answer counts.
    show(timer({ remaining: 'PT40M' }), '2026-12-01T14:50:00Z');
    expect(screen.getByRole('timer')).toHaveTextContent('40 min left');
  });

  it('writes partner (OLA) timers the same way and names finished states', () => {
    show(timer({ kind: 'OLA', target: 'RESPONSE', remaining: 'PT29M58S' }));
    expect(screen.getByRole('timer')).toHaveTextContent('OLA response: 29 min left');
  });

  it('names finished states', () => {
    show(timer({ kind: 'OLA', target: 'RESPONSE', state: 'MET', runsUntil: null }));
    expect(screen.getByRole('timer')).toHaveTextContent('OLA response: met');
  });
});
