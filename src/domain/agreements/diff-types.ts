/** One difference between two versions of an agreement, for showing them side by side. */
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  /** where, in German terms: "Ziel II › Teilziel II.1 › Kriterium › Bedingung" */
  path: string;
  kind: ChangeKind;
  /** short text of the old value; null when added */
  before: string | null;
  /** short text of the new value; null when removed */
  after: string | null;
  /** the target the change belongs to, if any (for linking and grouping) */
  targetId: string | null;
}

export const PATH_SEPARATOR = ' › ';

/** Collects changes under a path prefix. */
export class ChangeList {
  constructor(
    readonly changes: Change[] = [],
    private readonly targetId: string | null = null,
  ) {}

  add(path: readonly string[], before: string | null, after: string | null): void {
    if (before === after) return;
    const kind = before === null ? 'added' : after === null ? 'removed' : 'changed';
    this.changes.push({
      path: path.join(PATH_SEPARATOR),
      kind,
      before,
      after,
      targetId: this.targetId,
    });
  }

  /** A scalar field, formatted; null stays "no value". */
  field<T>(
    path: readonly string[],
    a: T,
    b: T,
    format: (value: NonNullable<T>) => string = String,
  ): void {
    this.add(
      path,
      a === null || a === undefined ? null : format(a),
      b === null || b === undefined ? null : format(b),
    );
  }

  /** The same list, recording changes as belonging to `targetId`. */
  forTarget(targetId: string): ChangeList {
    return new ChangeList(this.changes, targetId);
  }
}
