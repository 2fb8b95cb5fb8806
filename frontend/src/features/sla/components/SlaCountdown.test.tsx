import { MantineProvider } from '@mantine/core';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlaTimer } from '../types';
import { SlaCountdown } from './SlaCountdown';

const NOW = new Date('2026-12-01T15:00:00Z');

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
    percentUsed: 50,
    calendarId: 1,
    policyId: 1,
    ...overrides,
  };
}

function show(t: SlaTimer, serverNow?: string) {
  return render(
    <MantineProvider>
      <SlaCountdown timer={t} serverNow={serverNow} />
    </MantineProvider>,
  );
}

describe('SlaCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down to the deadline every second', () => {
    show(timer({ dueAt: '2026-12-01T15:42:07Z' }));
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: 42:07 left');
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('Resolution: 42:05 left');
  });

  it('shows hours above an hour and turns overdue past the deadline', () => {
    show(timer({ dueAt: '2026-12-01T17:05:00Z' }));
    expect(screen.getByRole('timer')).toHaveTextContent('2 h 05 min left');
  });

  it('says how late an overdue timer is', () => {
    show(timer({ dueAt: '2026-12-01T14:58:30Z', percentUsed: 101 }));
    expect(screen.getByRole('timer')).toHaveTextContent('overdue 01:30');
  });

  it('corrects a browser clock that runs ahead with the server time', () => {
    // The browser is 10 minutes ahead of the server.
    show(timer({ dueAt: '2026-12-01T15:30:00Z' }), '2026-12-01T14:50:00Z');
    expect(screen.getByRole('timer')).toHaveTextContent('40:00 left');
  });

  it('stands still while paused and shows the business time left', () => {
    show(timer({ state: 'PAUSED', paused: true, dueAt: null, remaining: 'PT1H20M' }));
    expect(screen.getByRole('timer')).toHaveTextContent('paused · 1 h 20 min left');
    act(() => {
      vi.advanceTimersByTime(5000);
    });
    expect(screen.getByRole('timer')).toHaveTextContent('paused · 1 h 20 min left');
  });

  it('names OLA timers and finished states', () => {
    show(timer({ kind: 'OLA', target: 'RESPONSE', state: 'MET' }));
    expect(screen.getByRole('timer')).toHaveTextContent('OLA response: met');
  });
});
