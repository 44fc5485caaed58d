// Lint rules, including the dependency rule of ARCHITECTURE.md as import restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outside = (...folders) => folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: `not allowed by the dependency rule (ARCHITECTURE.md)` }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'out/**', 'tmp/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain is pure: no I/O, no environment, nothing outside itself.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...outside('engine', 'db', 'services', 'server', 'cli', 'web', 'config', 'documents', 'synthetic', 'contracts')],
        paths: ['fs', 'node:fs', 'node:fs/promises', 'fs/promises', 'node:child_process', '@duckdb/node-api', 'pg'].map((name) => ({ name, message: 'the domain does no I/O' })),
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'the domain reads no environment' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outside('db', 'services', 'server', 'cli', 'web') }] },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: outside('db', 'services', 'server', 'engine', 'config') }] },
  },
  {
    // tests are composition roots: they may set up a database for the routes they call
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outside('db', 'engine') }] },
  },
  {
    // Only src/config reads process.env.
    files: ['src/**/*.ts'],
    // tests may hand an environment to a child process they start
    ignores: ['src/config/**', 'src/domain/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration through src/config' }] },
  },
);
