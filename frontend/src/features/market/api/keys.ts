export const marketKeys = {
  engagements: ['engagements'] as const,
  engagementList: (params: object) => ['engagements', 'list', params] as const,
  engagement: (id: number) => ['engagements', 'one', id] as const,
  engagementChoices: ['engagements', 'choices'] as const,
  staffingRequests: ['staffing-requests'] as const,
  staffingRequestList: (params: object) => ['staffing-requests', 'list', params] as const,
  staffingRequest: (id: number) => ['staffing-requests', 'one', id] as const,
};
