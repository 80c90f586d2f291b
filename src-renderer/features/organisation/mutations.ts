import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganisationInput } from '../../../src-main/core/contract/index.js';
import { call } from '../../lib/api';
import { organisationKeys } from './queries';

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: OrganisationInput) => call('organisation:update', { organisation }),
    onSuccess: (saved) => queryClient.setQueryData(organisationKeys.all, saved),
  });
}
