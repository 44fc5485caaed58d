/**
 * Checks of the org tree (kennzahlen.md §1 `einheiten`): ids, ebene, parents, cycles, and which
 * units are leaves (microdata reference leaves only). The tree is small (hundreds of units), so
 * it is checked here rather than in SQL.
 */
import type { Ebene, Einheit } from '../types.ts';
import type { RowProblem } from './problem-list.ts';

/** Higher levels come first: a parent must stand higher than its child (land > traeger > jobcenter). */
export const EBENEN: readonly Ebene[] = ['land', 'traeger', 'jobcenter'];

export interface UnitRow {
  row: number;
  id: string | null;
  name: string | null;
  ebene: string | null;
  parentId: string | null;
}

export interface UnitKey {
  key: string;
  /** Position in the kept tree; null where the unit's row was left out. */
  uid: number | null;
  leaf: boolean;
}

export interface CheckedTree {
  /** Kept units in file order (uid = index). */
  kept: Einheit[];
  /** Every id of the file with its uid and whether it is a leaf. */
  keys: UnitKey[];
  /** Row problems: every one, or with skipInvalid the first per skipped row. */
  problems: RowProblem[];
  /** Cycles: the input cannot be used at all. */
  cycles: RowProblem[];
}

const problem = (
  row: number,
  column: string,
  text: string,
  ref: number | null = null,
): RowProblem => ({ row, column, problem: text, ref });
const q = (text: string) => JSON.stringify(text);

export function checkTree(
  rows: readonly UnitRow[],
  file: string,
  skipInvalid: boolean,
): CheckedTree {
  const first = new Map<string, UnitRow>();
  for (const r of rows) if (r.id !== null && !first.has(r.id)) first.set(r.id, r);
  const own = new Map<number, RowProblem[]>(rows.map((r) => [r.row, ownProblems(r, first, file)]));
  const cycles = findCycles(first);
  const kept = new Set<string>();
  const cascaded = new Map<number, RowProblem>();
  const isKept = (id: string, seen: Set<string>): boolean => {
    const r = first.get(id)!;
    if (seen.has(id)) return false;
    seen.add(id);
    if (own.get(r.row)!.length > 0) return false;
    if (r.parentId === null || isKept(r.parentId, seen)) return true;
    cascaded.set(
      r.row,
      problem(r.row, 'parent_id', `parent_id ${q(r.parentId)} refers to a skipped row of ${file}`),
    );
    return false;
  };
  for (const id of first.keys()) if (isKept(id, new Set())) kept.add(id);
  // Leaves of the tree that is used: the kept units when skipping, else every unit in the file.
  const counted = skipInvalid ? [...kept].map((id) => first.get(id)!) : [...first.values()];
  const parents = new Set(counted.map((r) => r.parentId).filter((p) => p !== null));
  const keptRows = rows.filter((r) => r.id !== null && kept.has(r.id) && first.get(r.id) === r);
  const uidOf = new Map(keptRows.map((r, uid) => [r.id!, uid]));
  const problems = rows.flatMap((r) => {
    const list = own.get(r.row)!;
    if (!skipInvalid) return list;
    const cascade = cascaded.get(r.row);
    return list.length > 0 ? [list[0]!] : cascade ? [cascade] : [];
  });
  return {
    kept: keptRows.map((r) => ({
      id: r.id!,
      name: r.name!,
      ebene: r.ebene as Ebene,
      parentId: r.parentId,
    })),
    keys: [...first.keys()].map((key) => ({
      key,
      uid: uidOf.get(key) ?? null,
      leaf: !parents.has(key),
    })),
    problems,
    cycles,
  };
}

function ownProblems(r: UnitRow, first: ReadonlyMap<string, UnitRow>, file: string): RowProblem[] {
  const out: RowProblem[] = [];
  if (r.id === null) out.push(problem(r.row, 'id', 'id is empty'));
  else if (first.get(r.id) !== r)
    out.push(
      problem(
        r.row,
        'id',
        `id ${q(r.id)} appears more than once (first in line {line})`,
        first.get(r.id)!.row,
      ),
    );
  if (r.name === null) out.push(problem(r.row, 'name', 'name is empty'));
  const rank = r.ebene === null ? -1 : EBENEN.indexOf(r.ebene as Ebene);
  if (r.ebene === null) out.push(problem(r.row, 'ebene', 'ebene is empty'));
  else if (rank < 0)
    out.push(problem(r.row, 'ebene', `ebene ${q(r.ebene)} is not one of ${EBENEN.join(', ')}`));
  if (r.parentId !== null) {
    const parent = first.get(r.parentId);
    const parentRank = parent?.ebene ? EBENEN.indexOf(parent.ebene as Ebene) : -1;
    if (!parent)
      out.push(problem(r.row, 'parent_id', `parent_id ${q(r.parentId)} is not in ${file}`));
    else if (rank >= 0 && parentRank >= 0 && parentRank >= rank) {
      out.push(
        problem(
          r.row,
          'parent_id',
          `parent_id ${q(r.parentId)} has ebene ${parent.ebene}, which is not above ${r.ebene}`,
        ),
      );
    }
  }
  return out;
}

/** Every cycle of parent links, reported once at the row of its first unit in the file. */
function findCycles(first: ReadonlyMap<string, UnitRow>): RowProblem[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: RowProblem[] = [];
  for (const start of first.keys()) {
    const path: string[] = [];
    let id: string | null = start;
    while (id !== null && first.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'open') {
        const cycle = path.slice(path.indexOf(id));
        const head = cycle.reduce((a, b) => (first.get(a)!.row <= first.get(b)!.row ? a : b));
        const from = cycle.indexOf(head);
        const ordered = [...cycle.slice(from), ...cycle.slice(0, from), head];
        found.push(
          problem(
            first.get(head)!.row,
            'parent_id',
            `unit ${q(head)} is part of a cycle: ${ordered.join(' → ')}`,
          ),
        );
        break;
      }
      state.set(id, 'open');
      path.push(id);
      id = first.get(id)!.parentId;
    }
    for (const p of path) state.set(p, 'done');
  }
  return found.sort((a, b) => a.row - b.row);
}
