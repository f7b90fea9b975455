import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/.next/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  // Storefront code runs in browsers as well as on the server; the service worker only there.
  { files: ['apps/storefront/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { files: ['apps/storefront/public/sw.js'], languageOptions: { globals: globals.serviceworker } },
  // The admin app runs in browsers only.
  { files: ['apps/admin/src/**/*.{ts,tsx}'], languageOptions: { globals: globals.browser } },
)
