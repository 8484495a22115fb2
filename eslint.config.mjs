import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

/*
 * Boundaries between layers (docs/architecture.md), kept by the linter so that they hold. ESLint
 * replaces a rule's options file by file, never merges them, so each group of files lists every
 * boundary it keeps.
 */
const noTests = { regex: '(^|/)tests/', message: 'Only tests import from tests/.' }
const pureLib = {
  regex:
    '^(payload|@payloadcms/|@payload-config$|@/payload-types$|@/i18n/)|/(i18n|payload-types)(/|$)',
  message: 'lib/ is pure: no Payload and no i18n. Take what it needs as an argument.',
}
const publicComponents = {
  regex: '^@/components/(?!admin/)|(^|/)components/(?!admin/)[^/]+$|^@/app/\\(frontend\\)',
  message: "The admin's components do not import the public site's.",
}
// From src/components/admin/, one folder up is the public site's components.
const publicSiblings = { ...publicComponents, regex: '^\\.\\./[^./]' }
const adminComponents = {
  regex: '^@/components/admin/|^\\./admin/|/components/admin/|(^@/|/)reach/admin/',
  message: "The public site's components do not import the admin's.",
}
const restrict = (...patterns) => ['error', { patterns }]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'media/**',
      'test-results/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/**', 'bench/**', 'tooling/**', 'scripts/**', 'seed/**'],
    rules: { 'no-restricted-imports': restrict(noTests) },
  },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': restrict(noTests, pureLib) } },
  {
    files: ['src/components/admin/**'],
    rules: { 'no-restricted-imports': restrict(noTests, publicComponents, publicSiblings) },
  },
  {
    files: ['src/reach/admin/**'],
    rules: { 'no-restricted-imports': restrict(noTests, publicComponents) },
  },
  {
    files: [
      'src/components/*.{ts,tsx}',
      'src/site/**',
      'src/app/(frontend)/**',
      'src/app/embed/**',
      'src/embed/**',
    ],
    rules: { 'no-restricted-imports': restrict(noTests, adminComponents) },
  },
]

export default config
