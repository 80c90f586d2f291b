import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganisationInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { organisationKeys, organisationLogoKeys } from './queries';

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: OrganisationInput) => call('organisation:update', { organisation }),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.all, saved),
  });
}

/** Sets the logo from a picked file's bytes, or clears it (null); the core checks the file. */
export function useSetLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (imageBase64: string | null) =>
      imageBase64 === null ? call('organisation:clearLogo', {}) : call('organisation:setLogo', { imageBase64 }),
    onSuccess: (logo) => {
      queryClient.setQueryData(organisationLogoKeys.logo, logo);
      // The profile records the logo's file name; its cached copy is now stale.
      return queryClient.invalidateQueries({ queryKey: organisationKeys.all, exact: true });
    },
  });
}
