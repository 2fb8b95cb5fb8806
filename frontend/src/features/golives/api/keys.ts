export const goLiveKeys = {
  all: ['go-lives'] as const,
  list: (params: object) => ['go-lives', 'list', params] as const,
  one: (id: number) => ['go-lives', 'one', id] as const,
};
