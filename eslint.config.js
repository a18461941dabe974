// Lint rules: typescript-eslint's recommended set, strict about unused code and floating promises.
import tseslint from 'typescript-eslint';

const HTML_PARSING = 'Build the DOM with text nodes (src/web/dom/h.ts): data must never be parsed as HTML.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'corpus/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // the web app shows untrusted article text: it builds the DOM from text nodes only
    files: ['src/web/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe'].map((property) => ({ property, message: HTML_PARSING })),
        ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: HTML_PARSING })),
      ],
    },
  },
);
