// Lint rules, including the dependency rules of ARCHITECTURE.md as import restrictions: one zone
// per layer. Tests and test support are composition roots and may reach across layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = [
  'domain',
  'engine',
  'db',
  'services',
  'server',
  'cli',
  'web',
  'config',
  'documents',
  'synthetic',
  'contracts',
  'charts',
];
const message = 'not allowed by the dependency rules (ARCHITECTURE.md)';
/** import patterns of the project's own folders a zone may not use */
const outside = (...folders) => folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message }));
/** every layer but these */
const allBut = (...allowed) => LAYERS.filter((l) => !allowed.includes(l));
/** packages a zone may not use */
const packages = (why, ...names) => [{ group: names, message: why }];
const NODE_IO = [
  'node:*',
  '!node:test',
  '!node:assert',
  '!node:assert/*',
  'fs',
  'fs/*',
  'child_process',
  'path',
  'os',
  'http',
  'net',
  'crypto',
  'url',
];
const SQL = ['drizzle-orm', 'drizzle-orm/*', 'pg'];
const HTTP = ['hono', 'hono/*', '@hono/*'];
const RENDERERS = [
  'exceljs',
  'docx',
  '@myriaddreamin/*',
  'echarts',
  'echarts/*',
  'react',
  'react-dom',
  'react/*',
  '@tanstack/*',
  '@duckdb/*',
];
const TESTS = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/test-support.ts',
  '**/test-support/**',
  '**/e2e/**',
  '**/test-database.ts',
  '**/demo-test-bed.ts',
  '**/fixtures/**',
  '**/test-fixtures.ts',
  '**/test-helpers.ts',
  '**/agreement-fixture.ts',
];

const zone = (folder, patterns, extra = {}) => ({
  files: [`src/${folder}/**/*.ts`, `src/${folder}/**/*.tsx`],
  ignores: TESTS,
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'out/**', 'tmp/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  // The domain is pure: no I/O, no environment, no framework, nothing outside itself.
  zone(
    'domain',
    [
      ...outside(...allBut('domain')),
      ...packages(
        'the domain is pure: no I/O, no framework',
        ...NODE_IO,
        ...SQL,
        ...HTTP,
        ...RENDERERS,
        'zod',
      ),
    ],
    {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'the domain reads no environment' },
      ],
    },
  ),
  // Contracts: zod schemas over domain types, shared by server, web and CLI.
  zone('contracts', [
    ...outside(...allBut('contracts', 'domain')),
    ...packages('contracts are schemas only', ...NODE_IO, ...SQL, ...HTTP, ...RENDERERS),
  ]),
  // The store: schema, migrations, repositories; it knows the domain's types and nothing above it.
  zone('db', outside(...allBut('db', 'domain'))),
  // Services: use cases over repositories; SQL only through src/db/repositories, HTTP nowhere.
  zone('services', [
    ...outside('server', 'cli', 'web', 'config'),
    {
      group: ['**/db/schema/**', '**/db/schema', '**/db/migrations/**'],
      message: 'services reach the store through src/db/repositories',
    },
    ...packages('services write no SQL: that is src/db/repositories', ...SQL),
    ...packages('services know no HTTP', ...HTTP),
  ]),
  zone('engine', [
    ...outside(...allBut('engine', 'domain')),
    ...packages('the engine knows no store and no HTTP', ...SQL, ...HTTP),
  ]),
  // Document models are pure: data in, a document model out; rendering is documents/render.
  zone('documents/models', [
    ...outside(...allBut('documents', 'domain', 'charts', 'contracts')),
    { group: ['**/render/**'], message: 'models do not render' },
    ...packages('document models are pure', ...NODE_IO, ...SQL, ...HTTP, ...RENDERERS),
  ]),
  zone('documents/render', [
    ...outside(...allBut('documents', 'domain', 'charts', 'contracts')),
    ...packages('rendering reads no store', ...SQL, ...HTTP),
  ]),
  zone('charts', [
    ...outside(...allBut('charts', 'domain')),
    ...packages('chart models are pure', ...NODE_IO, ...SQL, ...HTTP, 'react', 'react-dom'),
  ]),
  zone('synthetic', [
    ...outside('db', 'services', 'server', 'web', 'config', 'contracts', 'documents', 'charts'),
    ...packages('the generator writes files, not the store', ...SQL, ...HTTP),
  ]),
  // The server reaches the store only through services; of the web application only its build.
  zone('server', [
    ...outside('db', 'engine', 'cli', 'synthetic'),
    { regex: '/web/(?!build/)', message },
    ...packages('the server reaches the store through services', ...SQL),
  ]),
  zone('cli', [
    { regex: '/web/(?!build/)', message },
    ...packages('commands reach the store through services', ...SQL),
  ]),
  zone('config', [
    ...outside(...allBut('config')),
    ...packages('configuration is read, not used', ...SQL, ...HTTP, ...RENDERERS),
  ]),
  // The web application: no server code; a feature uses another feature only through its api/.
  zone('web', [
    ...outside('db', 'services', 'server', 'engine', 'config', 'cli', 'synthetic', 'documents'),
    ...packages('the browser has no store', ...SQL, ...HTTP),
    {
      regex: '^\\.\\./\\.\\./(?!\\.\\.)[^/]+/(components|lib)/',
      message:
        'a feature uses another feature only through its api/ (shared UI lives in src/web/components)',
    },
  ]),
  {
    // Only src/config reads process.env.
    files: ['src/**/*.ts'],
    // tests may hand an environment to a child process they start
    ignores: ['src/config/**', 'src/domain/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read configuration through src/config' },
      ],
    },
  },
);
