// Lint rules, including the layer table of ARCHITECTURE.md:
// each folder may import only the layers listed for it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const UI_LIBS = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'zundo'];
const DOM_D3 = ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-transition'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...layer(
        ['**/layout/**', '**/store/**', '**/ui/**', '**/cli/**', ...UI_LIBS, 'd3-*', 'node:*', 'fs', 'path'],
        'src/engine is pure TypeScript: it imports nothing outside itself (ARCHITECTURE.md).',
      ),
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'The engine takes an injected seeded generator (src/engine/genetics/random.ts).' }],
    },
  },
  {
    // The engine and layout run in node, workers and the CLI: no browser globals.
    files: ['src/engine/**/*.ts', 'src/layout/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['document', 'window', 'navigator', 'localStorage'].map((name) => ({ name, message: 'src/engine and src/layout are DOM-free (ARCHITECTURE.md).' }))],
      // A local named like a browser global reads as DOM use to the next engineer (and to greps).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Identifier[name=/^(document|window)$/]:not(MemberExpression > Identifier.property, Property > Identifier.key, TSPropertySignature > Identifier.key)',
          message: 'Name it doc (or pedigree): src/engine and src/layout never touch the DOM.',
        },
      ],
    },
  },
  {
    files: ['src/layout/**/*.ts'],
    rules: layer(
      ['**/store/**', '**/ui/**', '**/cli/**', ...UI_LIBS, ...DOM_D3, 'node:*'],
      'src/layout may import only the engine and d3 math modules (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: layer(
      ['**/layout/**', '**/ui/**', '**/cli/**', 'react', 'react-dom', 'd3-*', 'node:*'],
      'src/store may import only the engine, zustand and zundo (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(['**/cli/**', 'node:*'], 'src/ui runs in the browser: no CLI or Node modules (ARCHITECTURE.md).'),
    },
  },
  {
    files: ['src/ui/**/!(useZoom).{ts,tsx}'],
    rules: layer(
      ['**/cli/**', 'node:*', 'd3-selection', 'd3-zoom'],
      'd3-selection and d3-zoom live only in src/ui/chart/useZoom.ts (ARCHITECTURE.md).',
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer(
      ['**/store/**', ...UI_LIBS, ...DOM_D3],
      'src/cli is headless: engine, layout and the pure SVG renderer only (ARCHITECTURE.md).',
    ),
  },
);
