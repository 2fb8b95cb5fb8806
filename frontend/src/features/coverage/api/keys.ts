export const coverageKeys = {
  all: ['coverage'] as const,
  matrix: () => ['coverage', 'matrix'] as const,
  gaps: (params: object) => ['coverage', 'gaps', params] as const,
  application: (id: number) => ['coverage', 'application', id] as const,
  person: (id: number) => ['coverage', 'person', id] as const,
};
