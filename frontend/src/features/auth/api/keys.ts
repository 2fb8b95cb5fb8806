export const authKeys = {
  me: ['me'] as const,
  config: ['auth', 'config'] as const,
};
