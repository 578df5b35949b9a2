// Lint, and the layer rule: which top-level folder may import which
// (docs/ARCHITECTURE.md). Data flows one way: renderer -> (transport)
// -> service -> db -> SQLite; core is shared by all and imports none of them.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

const oneSqlite = [
  { selector: "ImportDeclaration[source.value='better-sqlite3'][importKind!='type']", message: 'Open SQLite with openSqlite() from db/sqlite.ts (it holds the Electron-ABI binding); import better-sqlite3 only as a type.' },
  { selector: "NewExpression[callee.name='Database']", message: 'Open SQLite with openSqlite() from db/sqlite.ts (it holds the Electron-ABI binding).' },
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
const i18nMessage = 'Put words in a catalogue (defineMessages with nb, nn and en; core/README.md) and per-language settings in a Record<Locale, …>, not in a choice on the locale.';
const oneI18n = [
  ...comparesLocale('ConditionalExpression'),
  ...comparesLocale('IfStatement'),
  `SwitchCase[test.value=${LOCALE}]`,
].map((selector) => ({ selector, message: i18nMessage }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/', 'db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  layer(['core/**'], ['**/db/**', '**/service/**', '**/electron/**', '**/renderer/**', 'node:*', 'electron', 'react', 'better-sqlite3', 'drizzle-orm*'],
    'core/ is isomorphic: no Node, no DOM framework, no Electron, and it imports no other layer.'),
  layer(['db/**'], ['**/service/**', '**/electron/**', '**/renderer/**', 'electron', 'react'],
    'db/ may import core/ only: it never knows about HTTP, IPC or the UI.'),
  layer(['service/**'], ['**/electron/**', '**/renderer/**', 'electron', 'react'],
    'The service is transport-agnostic: it never imports Electron or the renderer.'),
  layer(['electron/**'], ['**/renderer/**', 'react'], 'electron/ talks to the renderer only through IPC.'),
  layer(['renderer/**'], ['**/db/**', '**/service/**', '**/electron/**', 'electron', 'better-sqlite3', 'drizzle-orm*', 'node:*'],
    'The renderer reaches data only through the typed API (renderer/src/api/client.ts).'),
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
  // One way to open SQLite (db/sqlite.ts), which holds the driver binary set
  // at start: a handle opened elsewhere would load Node's build and fail only
  // in the desktop app, under Electron's ABI. And one i18n system: words live
  // in catalogues (defineMessages), never in a choice on the locale.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    ignores: ['db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...oneSqlite, ...oneI18n] },
  },
  {
    files: ['db/sqlite.ts'],
    rules: { 'no-restricted-syntax': ['error', ...oneI18n] },
  },
);
