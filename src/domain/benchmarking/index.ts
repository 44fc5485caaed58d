/** Benchmarking: comparison tables, distributions, and the protection of small counts. */
export * from './comparison-table.ts';
export * from './comparison-result.ts';
export * from './count-basis.ts';
export * from './distribution.ts';
export * from './suppression.ts';
