import type { PreviewRequest } from '../types';

export const slaKeys = {
  all: ['sla'] as const,
  policies: () => ['sla', 'policies'] as const,
  olas: () => ['sla', 'olas'] as const,
  defaults: () => ['sla', 'policy-defaults'] as const,
  compliance: (query: string) => ['sla', 'compliance', query] as const,
  preview: (request: PreviewRequest) => ['sla', 'preview', request] as const,
  ticket: (ticketId: number) => ['sla', 'ticket', ticketId] as const,
  breachingSoon: (groupId: number | null, within: string) =>
    ['sla', 'breaching-soon', groupId, within] as const,
};
