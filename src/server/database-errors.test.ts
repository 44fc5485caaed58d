import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { classifyStoreError } from './database-errors.ts';
import { errorResponse } from './errors.ts';

/** What drizzle throws: its own error with the driver's error as cause. */
function drizzleError(code: string, message: string, detail?: string): Error {
  const cause = Object.assign(new Error(message), { code, detail });
  return Object.assign(
    new Error('Failed query: insert into "agreements" … params: 2014,05,05554'),
    { cause },
  );
}

test('store failures: unique 409, data and integrity 422, unreachable or too slow 503, the rest a fault', () => {
  const status = (error: unknown) => classifyStoreError(error)?.status ?? null;
  assert.equal(
    status(
      drizzleError(
        '23505',
        'duplicate key value violates unique constraint "agreements_parties_year"',
      ),
    ),
    409,
  );
  assert.equal(status(drizzleError('40001', 'could not serialize access')), 409);
  for (const code of [
    '22003',
    '22P02',
    '22021',
    '22P05',
    '22008',
    '23503',
    '23502',
    '23514',
    '54000',
  ])
    assert.equal(status(drizzleError(code, 'x')), 422, code);
  for (const code of ['08006', '08001', '57P01', '57P02', '57P03', '57014', '53300'])
    assert.equal(status(drizzleError(code, 'x')), 503, code);
  assert.equal(
    status(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ),
    503,
  );
  assert.equal(status(new Error('timeout exceeded when trying to connect')), 503);
  assert.equal(status(drizzleError('XX000', 'internal error')), null);
  assert.equal(status(new TypeError('x is undefined')), null);
});

test('the client gets a German message and Retry-After, never the database text', async () => {
  const app = new Hono();
  const failures: Record<string, Error> = {
    unique: drizzleError(
      '23505',
      'duplicate key value violates unique constraint "agreements_parties_year"',
      'Key (year)=(2014) already exists.',
    ),
    range: drizzleError('22003', 'value "2147483648" is out of range for type integer'),
    down: drizzleError('57P01', 'terminating connection due to administrator command'),
    fault: new Error('Cannot read properties of undefined'),
  };
  app.get('/:kind', (c) => {
    throw failures[c.req.param('kind')];
  });
  app.onError((error, c) => errorResponse(c, error));
  const logged: unknown[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(args);
  };
  try {
    const answers = Object.fromEntries(
      await Promise.all(
        Object.keys(failures).map(async (kind) => {
          const response = await app.request(`/${kind}`);
          return [
            kind,
            {
              status: response.status,
              retryAfter: response.headers.get('retry-after'),
              body: await response.text(),
            },
          ] as const;
        }),
      ),
    );
    assert.deepEqual(
      Object.values(answers).map((a) => a.status),
      [409, 422, 503, 500],
    );
    assert.equal(answers.down!.retryAfter, '5');
    assert.equal(answers.unique!.retryAfter, null);
    for (const answer of Object.values(answers)) {
      assert.doesNotMatch(
        answer.body,
        /agreements_parties_year|Key \(|out of range|administrator|undefined|Failed query/,
      );
      assert.match(
        answer.body,
        /^\{"error":\{"code":"[a-z_]+","message":"[^"]+","details":\[\]\}\}$/,
      );
    }
    assert.match(JSON.parse(answers.unique!.body).error.message, /gibt es schon/);
    // the server log keeps what the database said
    assert.ok(logged.some((args) => String(args).includes('agreements_parties_year')));
  } finally {
    console.error = log;
  }
});
