/**
 * Mutations of a valid request body: one field (anywhere in the tree) replaced by a hostile
 * value, removed, or joined by an unknown field. Valid bodies reach the services' own checks;
 * a mutation of one shows whether a single bad field deep inside is caught as a 4xx.
 */
import fc from 'fast-check';
import { hostileJson } from './hostile.ts';

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays walked), the root included. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

export type Mutation =
  | { kind: 'replace'; with: unknown }
  | { kind: 'delete' }
  | { kind: 'extra'; with: unknown }
  | { kind: 'duplicate' };

/** `value` with the mutation applied at `path` (a deep copy; the corpus stays as it is). */
export function applyMutation(value: unknown, path: Path, mutation: Mutation): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
      parent[last] = mutation.with;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'extra': {
      const target = parent[last];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>).unbekanntesFeld = mutation.with;
      else parent[last] = mutation.with;
      break;
    }
    case 'duplicate': {
      const target = parent[last];
      if (Array.isArray(target)) target.push(...structuredClone(target));
      break;
    }
  }
  return copy;
}

export const mutationArbitrary = (): fc.Arbitrary<Mutation> =>
  fc.oneof(
    { weight: 6, arbitrary: hostileJson().map((v): Mutation => ({ kind: 'replace', with: v })) },
    { weight: 2, arbitrary: fc.constant<Mutation>({ kind: 'delete' }) },
    { weight: 1, arbitrary: hostileJson().map((v): Mutation => ({ kind: 'extra', with: v })) },
    { weight: 1, arbitrary: fc.constant<Mutation>({ kind: 'duplicate' }) },
  );

/**
 * One to three mutations of one of the corpus bodies. Half of them hit the top two levels: a
 * large body (an agreement has hundreds of fields) would otherwise hide its few top-level fields.
 */
export function mutatedBody(corpus: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.constantFrom(...corpus).chain((body) => {
    const paths = pathsOf(body);
    const shallow = paths.filter((p) => p.length <= 2);
    const path = fc.oneof(fc.constantFrom(...shallow), fc.constantFrom(...paths));
    return fc
      .array(fc.tuple(path, mutationArbitrary()), { minLength: 1, maxLength: 3 })
      .map((steps) =>
        steps.reduce<unknown>((acc, [path, mutation]) => {
          try {
            return applyMutation(acc, path, mutation);
          } catch {
            return acc; // an earlier step removed the path
          }
        }, body),
      );
  });
}
