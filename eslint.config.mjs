// Lint: typescript-eslint's recommended rules, and the layer rules that keep the Bot Framework in
// one folder (src/channel) and I/O out of the pure domain folders. Formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const BOT_FRAMEWORK = ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', 'restify'];
const STORE_DRIVERS = ['@azure/cosmos', '@vercel/cosmosdb-server'];
const IO = [
  'node:fs',
  'fs',
  'node:fs/*',
  'fs/*',
  'node:http',
  'http',
  'node:https',
  'https',
  'node:net',
  'net',
  'node:child_process',
  'child_process',
  ...STORE_DRIVERS,
];

/** A no-restricted-imports rule from import patterns, each with the reason shown on a violation. */
const restrict = (...groups) => ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'deployment/teams/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js', 'src/channel/webchat/public/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        sessionStorage: 'readonly',
        localStorage: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        requestAnimationFrame: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Every line within 120 columns. Prettier folds code; this holds comments to it too. String, template and
  // regular-expression literals, URLs and JSDoc types stay whole: a risk phrase split in two is harder to review.
  {
    files: ['**/*.{ts,js,cjs,mjs}'],
    rules: {
      'max-len': [
        'error',
        {
          code: 120,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreUrls: true,
          ignorePattern: '@(typedef|type|returns|param) ',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly' } },
  },
  // Layers. Only src/channel speaks Bot Framework or restify.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/channel/**'],
    rules: {
      'no-restricted-imports': restrict(
        [BOT_FRAMEWORK, 'Only src/channel/ may import the Bot Framework, teams-ai or restify.'],
        [STORE_DRIVERS, 'Only src/store/ may import @azure/cosmos or the embedded server.'],
      ),
    },
  },
  {
    files: ['src/channel/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        STORE_DRIVERS,
        'Only src/store/ may import @azure/cosmos or the embedded server.',
      ]),
    },
  },
  // The pure folders do no I/O.
  {
    files: ['src/risk/**/*.ts', 'src/flows/**/*.ts', 'src/signposting/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [BOT_FRAMEWORK, 'Only src/channel/ may import the Bot Framework, teams-ai or restify.'],
        [
          IO,
          'src/risk, src/flows and src/signposting are pure: no I/O (load files in the caller and pass the data in).',
        ],
      ),
    },
  },
  // The conversation is below the channel.
  {
    files: ['src/conversation/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [BOT_FRAMEWORK, 'Only src/channel/ may import the Bot Framework, teams-ai or restify.'],
        [STORE_DRIVERS, 'Only src/store/ may import @azure/cosmos or the embedded server.'],
        [
          ['**/channel', '**/channel/**'],
          'src/conversation must never import src/channel (the channel calls the conversation, not the reverse).',
        ],
      ),
    },
  },
  // The store may use its drivers.
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        BOT_FRAMEWORK,
        'Only src/channel/ may import the Bot Framework, teams-ai or restify.',
      ]),
    },
  },
);
