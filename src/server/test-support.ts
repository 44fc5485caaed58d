/** API tests: the real app on a real PostgreSQL (services/test-support.ts), called with app.request(). */
import type { Actor } from '../services/context.ts';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../services/test-support.ts';
import { createApp } from './app.ts';

export interface ApiTestBed {
  bed: ServiceTestBed;
  /** JSON request as a given actor (default: the Träger's controlling); bodies are checked field by field */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of many shapes
  call(method: string, path: string, body?: unknown, actor?: Actor): Promise<{ status: number; body: any }>;
}

export async function startApiTestBed(): Promise<ApiTestBed> {
  const bed = await startServiceTestBed();
  let current: Actor = ACTORS.traeger;
  const app = createApp({
    contextFor: async () => bed.as(current, new Date('2014-06-15T10:00:00Z')),
    checkStore: () => bed.database.ping(),
  });
  return {
    bed,
    async call(method, path, body, actor = ACTORS.traeger) {
      current = actor;
      const response = await app.request(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    },
  };
}
