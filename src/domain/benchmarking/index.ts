/** Benchmarking: comparison tables and distributions (protection: domain/disclosure/control). */
export * from './comparison-table.ts';
export * from './comparison-result.ts';
export * from './count-basis.ts';
export * from './distribution.ts';
