/** Jest runs Payload as ESM (it is ESM-only), transformed by SWC. See docs/testing.md. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testEnvironment: 'node',
  // Lexical's "node" entry points use top-level await around a dynamic import; on Node 20 the
  // process was seen to exit with code 13 having done nothing. Its "production" entry points are
  // plain modules; kept on Node 24 so that a system Node still works (docs/testing.md).
  testEnvironmentOptions: { customExportConditions: ['production', 'node', 'node-addons'] },
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
}

const config = {
  // Database and server tests do real work; a refused promise shows up long before this.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'http',
      testMatch: ['<rootDir>/tests/http/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/http/global-setup.ts',
      globalTeardown: '<rootDir>/tests/http/global-teardown.ts',
    },
    {
      // Each test file runs and kills its own `npm start` (tooling/faultServer.ts).
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/tests/faults/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/http/global-setup.ts',
      globalTeardown: '<rootDir>/tests/http/global-teardown.ts',
    },
  ],
}

export default config
