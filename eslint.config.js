// Lint, and the layer rule: which top-level folder may import which
// (docs/ARCHITECTURE.md). Data flows one way: renderer -> (transport)
// -> service -> db -> SQLite; core is shared by all and imports none of them.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

// The service's own layers, bottom to top (service/README.md). A layer may
// import the ones below it, never one above: handlers never reach the
// facade, and the facade never reaches the file makers and hosts that use it.
const serviceLayers = {
  // The methods: every handler with its traits, the shared reads they and the
  // audit trail read through, and what they run on (imports, backups, demo data, CPV,
  // the office server's accounts and sign-in).
  methods: [
    'service/{context,registry,audit,dataDir,bundleCheck,bundleRead}.ts',
    'service/reads/**',
    'service/handlers/**',
    'service/import/**',
    'service/backup/**',
    'service/demo/**',
    'service/reference/**',
    'service/office/**',
  ],
  // The facade: validates, runs a method by its traits, answers in the transports' shape.
  facade: ['service/{service,openData,index}.ts'],
  // File makers and hosts, which call the service like any caller.
  hosts: [
    'service/{exporter,exportResult,bundle,listExport,protocolExport,repoPaths}.ts',
    'service/briefing/**',
    'service/print/**',
    'service/http/**',
    'service/cli/**',
  ],
};
// Within the methods: the shared reads and the registry's vocabulary sit below the handlers.
const methodBase = ['service/{context,registry}.ts', 'service/reads/**'];

// The one way to open SQLite (db/sqlite.ts), which holds the driver binary set
// at start: a handle opened elsewhere would load Node's build and fail only
// in the desktop app, under Electron's ABI.
const sqliteSelectors = [
  {
    selector: "ImportDeclaration[source.value='better-sqlite3'][importKind!='type']",
    message:
      'Open SQLite with openSqlite() from db/sqlite.ts (it holds the Electron-ABI binding); import better-sqlite3 only as a type.',
  },
  {
    selector: "NewExpression[callee.name='Database']",
    message: 'Open SQLite with openSqlite() from db/sqlite.ts (it holds the Electron-ABI binding).',
  },
];

// A word chosen by comparing the locale with a literal (`locale === 'nb' ? 'Lagre' : 'Save'`)
// forgets the languages it does not name (nynorsk did). Words go in a
// catalogue (core/i18n/messages.ts: defineMessages, with nb, nn and en);
// what differs by language otherwise is a Record<Locale, …>.
const LOCALE = '/^(nb|nn|en)$/';
const comparesLocale = (node) => [
  `${node}[test.type='BinaryExpression'][test.operator=/^[!=]==?$/][test.right.value=${LOCALE}]`,
  `${node}[test.type='BinaryExpression'][test.operator=/^[!=]==?$/][test.left.value=${LOCALE}]`,
];
const i18nMessage =
  'Put words in a catalogue (defineMessages with nb, nn and en; core/README.md) and per-language settings in a Record<Locale, …>, not in a choice on the locale.';
const oneI18n = [
  ...comparesLocale('ConditionalExpression'),
  ...comparesLocale('IfStatement'),
  `SwitchCase[test.value=${LOCALE}]`,
].map((selector) => ({ selector, message: i18nMessage }));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'release/',
      'test-results/',
      'playwright-report/',
      'db/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  layer(
    ['core/**'],
    [
      '**/db/**',
      '**/service/**',
      '**/electron/**',
      '**/renderer/**',
      'node:*',
      'electron',
      'react',
      'better-sqlite3',
      'drizzle-orm*',
    ],
    'core/ is isomorphic: no Node, no DOM framework, no Electron, and it imports no other layer.',
  ),
  layer(
    ['db/**'],
    ['**/service/**', '**/electron/**', '**/renderer/**', 'electron', 'react'],
    'db/ may import core/ only: it never knows about HTTP, IPC or the UI.',
  ),
  layer(
    ['service/**'],
    ['**/electron/**', '**/renderer/**', 'electron', 'react'],
    'The service is transport-agnostic: it never imports Electron or the renderer.',
  ),
  layer(['electron/**'], ['**/renderer/**', 'react'], 'electron/ talks to the renderer only through IPC.'),
  layer(
    ['renderer/**'],
    ['**/db/**', '**/service/**', '**/electron/**', 'electron', 'better-sqlite3', 'drizzle-orm*', 'node:*'],
    'The renderer reaches data only through the typed API (renderer/src/api/client.ts).',
  ),
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  // electron-builder's hooks are CommonJS (build/afterPack.cjs).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // One way to open SQLite, and one i18n system: words live in catalogues
  // (defineMessages), never in a choice on the locale.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: ['db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...sqliteSelectors, ...oneI18n] },
  },
  {
    files: ['db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...oneI18n] },
  },
  // A handler reads another area's records through its shared read
  // functions (caseDetail, protocolOf, …), never by calling its handler.
  {
    files: ['service/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...sqliteSelectors,
        ...oneI18n,
        // (A handler reaching the registry itself would be an import cycle: handlers/index.ts imports every area.)
        {
          selector: 'MemberExpression[computed=true][object.name=/Methods$/]',
          message: "Call the area's shared read function (e.g. caseDetail), not another method's handler.",
        },
      ],
    },
  },
  // No import cycles anywhere, and the service's layers (serviceLayers above).
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      // Value imports: a type-only import is erased and cannot make a module run before its dependency.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: serviceLayers.methods,
              from: [...serviceLayers.facade, ...serviceLayers.hosts],
              message:
                'A handler (and what handlers use) never imports the service facade or a file maker or host: it sits below them (service/README.md).',
            },
            {
              target: serviceLayers.facade,
              from: serviceLayers.hosts,
              message:
                'The service facade never imports a file maker or host: they sit above it and call it (service/README.md).',
            },
            {
              target: methodBase,
              from: [
                'service/handlers/**',
                'service/{audit,bundleCheck,bundleRead}.ts',
                'service/import/**',
                'service/backup/**',
                'service/demo/**',
              ],
              message: 'The shared reads and the registry sit below the handlers (service/README.md).',
            },
          ],
        },
      ],
    },
  },
);
