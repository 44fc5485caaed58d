export * from './units.ts';
export * from './values.ts';
export * from './agreements.ts';
export * from './assessments.ts';
export * from './audit.ts';
export * from './generation.ts';
export * from './users.ts';
