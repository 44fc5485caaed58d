/**
 * The fuzz test's client: sends one request to the app (app.request, no socket) as a test actor,
 * checks the answer against the rules every answer must keep, and counts.
 *
 * Rules: no status ≥ 500; an error (≥ 400) is JSON in the one shape with a German message and a
 * known code; the status is one the operation documents in /api/openapi.json.
 */
import assert from 'node:assert/strict';
import { errorSchema } from '../../contracts/error.ts';
import type { Actor } from '../../services/context.ts';
import type { ApiTestBed } from '../test-support.ts';

/** Marks "the row version the client last read" in a body; filled in when the request is sent. */
export const CURRENT_ROW_VERSION = '«rowVersion»';

export interface FuzzRequest {
  /** operationId, or 'unknown' for paths and methods that are no operation */
  op: string;
  method: string;
  /** path template with {name} placeholders */
  path: string;
  params: Record<string, string>;
  query: [string, string][];
  /** a JSON value (serialised when sent) or raw text */
  body?: { json: unknown } | { raw: string };
  contentType: string | null;
  actor: Actor;
  /** Host and Origin to claim; default: localhost, no Origin */
  host?: string;
  origin?: string;
  /** a login session to send (cookie and CSRF token) instead of the test actor header */
  session?: { cookie: string; csrfToken: string };
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of many shapes
  json: any;
  /** the session cookie the answer set, if any ("zs_session=…") */
  setCookie: string | null;
  /** every cookie the answer set ("name=value") */
  cookies: string[];
  /** where a redirect goes */
  location: string | null;
}

const strictError = errorSchema.strict();

export class FuzzClient {
  readonly byOp = new Map<
    string,
    { sent: number; ok: number; errors: number; statuses: Map<number, number> }
  >();
  sent = 0;
  serverErrors: string[] = [];
  errorBodiesChecked = 0;
  documentedChecked = 0;
  /** the latest rowVersion seen per agreement id */
  readonly rowVersions = new Map<string, number>();

  constructor(
    private readonly api: ApiTestBed,
    private readonly documented: Map<string, Set<number>>,
  ) {}

  url(request: FuzzRequest): string {
    const path = request.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent((request.params[name] ?? '').replace(/\p{Cs}/gu, '\ufffd')),
    );
    const url = new URL(`http://${request.host ?? 'localhost'}${path}`);
    for (const [k, v] of request.query) url.searchParams.append(k, v);
    return url.toString();
  }

  private serialise(request: FuzzRequest): string | undefined {
    if (request.body === undefined) return undefined;
    if ('raw' in request.body) return request.body.raw;
    const id = request.params.id ?? '';
    return JSON.stringify(request.body.json, (_key, value: unknown) =>
      value === CURRENT_ROW_VERSION ? (this.rowVersions.get(id) ?? 1) : value,
    );
  }

  /** Sends, counts and checks the answer (`check: false`: counts only, for tests that judge the answers themselves). */
  async send(request: FuzzRequest, { check = true } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (request.contentType !== null) headers['content-type'] = request.contentType;
    if (request.origin !== undefined) headers.origin = request.origin;
    if (request.session !== undefined) {
      headers.cookie = request.session.cookie;
      headers['x-csrf-token'] = request.session.csrfToken;
    }
    const url = this.url(request);
    const response = await this.api.request(
      url,
      { method: request.method, headers, body: this.serialise(request) },
      request.actor,
    );
    const contentType = response.headers.get('content-type') ?? '';
    const text = contentType.startsWith('application/json')
      ? await response.text()
      : `[${(await response.arrayBuffer()).byteLength} bytes ${contentType}]`;
    const answer: Answer = {
      status: response.status,
      contentType,
      text,
      json: contentType.startsWith('application/json') ? JSON.parse(text) : null,
      setCookie: /zs_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? null,
      cookies: response.headers.getSetCookie().map((c) => c.split(';')[0]!),
      location: response.headers.get('location'),
    };
    this.record(request, answer);
    if (check) this.check(request, url, answer);
    return answer;
  }

  private record(request: FuzzRequest, answer: Answer): void {
    this.sent += 1;
    const stats = this.byOp.get(request.op) ?? {
      sent: 0,
      ok: 0,
      errors: 0,
      statuses: new Map<number, number>(),
    };
    stats.sent += 1;
    // success: a 2xx, or a redirect (single sign-on sends the browser on)
    if (answer.status < 400) stats.ok += 1;
    if (answer.status >= 400) stats.errors += 1;
    stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
    this.byOp.set(request.op, stats);
    const body = answer.json as { id?: unknown; rowVersion?: unknown } | null;
    if (
      answer.status < 300 &&
      body !== null &&
      typeof body.id === 'string' &&
      typeof body.rowVersion === 'number'
    )
      this.rowVersions.set(body.id, body.rowVersion);
  }

  private check(request: FuzzRequest, url: string, answer: Answer): void {
    const where = `${request.op}: ${request.method} ${url.slice(0, 300)} as ${request.actor.id} → ${answer.status} ${answer.text.slice(0, 300)}`;
    if (answer.status >= 500) this.serverErrors.push(where);
    assert.ok(answer.status < 500, `5xx: ${where}`);
    if (answer.status >= 400) {
      assert.match(answer.contentType, /^application\/json/, `error not JSON: ${where}`);
      const parsed = strictError.safeParse(answer.json);
      assert.ok(parsed.success, `error not in the one shape: ${where}`);
      assert.notEqual(parsed.data.error.message.trim(), '', `error without message: ${where}`);
      this.errorBodiesChecked += 1;
    }
    if (request.op !== 'unknown') {
      assert.ok(
        this.documented.get(request.op)?.has(answer.status),
        `status ${answer.status} not documented for ${request.op}: ${where}`,
      );
      this.documentedChecked += 1;
    }
  }
}
