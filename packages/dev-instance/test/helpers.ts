import { after, before } from 'node:test';
import { startDevInstance, type DevInstance, type DevInstanceOptions } from '../src/index.js';

/** A fixed "now" so every test sees the same seed. */
export const NOW = new Date('2025-06-10T12:00:00Z');

export interface GqlResult {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Record<string, unknown>[];
  };
}

export async function gql(
  instance: DevInstance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResult> {
  const res = await fetch(`${instance.url}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as GqlResult['body'],
  };
}

/** Starts one instance for the enclosing suite and closes it afterwards. */
export function useInstance(options: DevInstanceOptions = {}): { readonly instance: DevInstance } {
  const holder: { instance?: DevInstance } = {};
  before(async () => {
    holder.instance = await startDevInstance({ port: 0, now: NOW, ...options });
  });
  after(async () => {
    await holder.instance?.close();
  });
  return {
    get instance() {
      if (!holder.instance) throw new Error('instance not started');
      return holder.instance;
    },
  };
}

export interface EventLike {
  id: string;
  uuid: string;
  title: string;
  beginsOn: string;
  endsOn: string | null;
  status: string;
  local: boolean;
  [key: string]: unknown;
}
