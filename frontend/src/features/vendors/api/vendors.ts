import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import type { Vendor, VendorInput, VendorListParams, VendorPage } from '../types';
import { vendorKeys } from './keys';

const VENDORS = '/api/vendors';

/** GET /api/vendors: the hospital's vendor directory by name, searched. */
export function useVendors(params: VendorListParams) {
  return useQuery({
    queryKey: vendorKeys.list(params),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(params.page), size: String(params.size) });
      if (params.q.trim()) query.set('q', params.q.trim());
      return api.get<VendorPage>(`${VENDORS}?${query.toString()}`);
    },
    placeholderData: keepPreviousData,
  });
}

/** The first 100 vendors by name: what a vendor picker offers. */
export function useVendorChoices() {
  return useVendors({ q: '', page: 0, size: 100 });
}

/** POST /api/vendors {name}: 409 when the hospital lists it already or it names a partner. */
export function useAddVendor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Vendor>(VENDORS, { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: vendorKeys.all }),
  });
}

/** PUT /api/vendors/{id} with the version read: 400 names each bad field, 409 when stale. */
export function useSaveVendor(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: VendorInput) => api.put<Vendor>(`${VENDORS}/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: vendorKeys.all }),
  });
}
