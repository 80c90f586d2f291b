import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'worker_threads', 'stream', 'url', 'util'];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((name) => `${name}/*`)];

/**
 * The layering rules of ARCHITECTURE.md, enforced per folder. Each message says how to fix
 * the import rather than merely that it is forbidden.
 */
export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-main/core/**/*.ts'],
    ignores: ['src-main/core/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'core/ is plain Node: move Electron code to src-main/shell and pass what core needs as an argument.' }],
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@tanstack/*', 'i18next', 'react-i18next'], message: 'core/ has no UI: keep React and i18next in src-renderer.' },
            { group: ['**/shell/**', '**/preload/**', '**/src-renderer/**'], message: 'Dependencies point inward: core/ must not import the shell, preload or renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The contract is shared with the renderer: it may import only zod and other contract files.' }],
          patterns: [
            { group: nodeBuiltinPatterns, message: 'The contract is shared with the renderer: it may import only zod and other contract files.' },
            { group: ['../*', '!../contract/*'], message: 'The contract may import only zod and other contract files.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['zod', '**/contract/channels*', '**/contract/index*', '**/contract/events*'], message: 'The sandboxed preload must stay small: import only contract/names.js and contract/api.js.' },
            { group: ['**/core/*', '!**/core/contract'], message: 'The preload only forwards messages: it must not import core behaviour.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through window.api (see src-main/core/contract/api.ts).' }],
          patterns: [
            { group: nodeBuiltinPatterns, message: 'The renderer runs in a sandboxed browser: no Node built-ins. Add a channel to the contract instead.' },
            { group: ['**/src-main/*', '!**/src-main/core', '**/src-main/core/*', '!**/src-main/core/contract', '**/src-main/core/contract/*/**'], message: 'From src-main the renderer may import only src-main/core/contract.' },
          ],
        },
      ],
    },
  },
  {
    // The window's calendar (Asia/Kolkata, and a faked clock on one run of npm test) is the app's;
    // the test process's clock and zone are not. Only support/clock.ts reads a clock, for both.
    files: ['tests/e2e/**/*.ts'],
    ignores: ['tests/e2e/support/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Ask the page for today (todayInPage in tests/e2e/support/clock.ts): Node's clock and time zone are not the app's." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Ask the page for the time (tests/e2e/support/clock.ts): Node's clock is not the app's." },
      ],
    },
  },
);
