import type { InputProblem } from './types.ts';

/** How many problems a report lists in full; the rest are counted per file and problem. */
export const MAX_LISTED_PROBLEMS = 200;

export function formatProblem(p: InputProblem): string {
  const where = [
    p.file,
    p.line === null ? null : `line ${p.line}`,
    p.column === null ? null : `column ${p.column}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return `${where}: ${p.problem}`;
}

export function formatProblems(
  problems: readonly InputProblem[],
  limit = MAX_LISTED_PROBLEMS,
): string {
  const lines = problems.slice(0, limit).map(formatProblem);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more problems`);
  return lines.join('\n');
}

/** The input was refused: nothing was computed. `problems` names file, line, column and problem. */
export class InvalidInputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[]) {
    super(
      `invalid input: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${formatProblems(problems)}`,
    );
    this.name = 'InvalidInputError';
    this.problems = problems;
  }
}
