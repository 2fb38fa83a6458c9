import { createClient, type KiosqueClient } from '@kiosque/client';

/**
 * The client for an instance, through `endpoint` when the host gave one (a same-origin proxy,
 * such as the WordPress plugin's privacy mode) instead of `<instance>/api`.
 */
export function clientFor(instance: string, endpoint?: string | null): KiosqueClient {
  return createClient(endpoint ? { instance, endpoint } : { instance });
}
