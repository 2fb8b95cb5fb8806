export const setupKeys = {
  all: ['setup'] as const,
  status: (token: string | null) => ['setup', 'status', token] as const,
};
