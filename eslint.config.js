import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.releases/**',
      // Sites built by the e2e tests and the benchmark, removed when they end.
      'tests/.tmp/**',
      '.bench/**',
      '**/.astro/**',
      'cms/.next/**',
      'cms/data/**',
      'cms/next-env.d.ts',
      'cms/src/app/(payload)/**',
      'cms/src/migrations/**',
      'content-models/src/payload-types.ts',
      // An Astro project of its own, type-checked by Astro when the benchmark builds it.
      'scripts/bench/markdown-baseline/**',
      'scripts/bench/open-data/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cms/src/**', '../cms/**', '../../cms/**'],
              message: 'Import across packages by package name (@portals/…), never by path.',
            },
          ],
        },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
);
