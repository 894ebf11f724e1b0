/**
 * Four projects, so a developer can run the quick loop alone (`npm run test:unit`) and `npm test`
 * still runs everything. Type checking is done once by `tsc -p tsconfig.test.json` (npm run
 * typecheck); jest only transpiles. `test:unit` asks for two workers: jest's default is one fewer
 * than the cores, which on a 2-core machine runs every file on one (28 s against 19 s here).
 */
// swc strips the types; tsc checks them. Measured in issue 15 on test/unit/conversation: with a cold
// cache (files just edited) 8.4 s of CPU against ts-jest's 12.0 s; with a warm cache the same (7.7 s).
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      // A separate map, not one inlined into every module: jest keeps the map beside its cached code
      // and stack traces still point at the TypeScript lines, while each test file reads, checks and
      // compiles smaller modules (about 15 % less CPU on test/unit/risk + conversation, issue 15).
      sourceMaps: true,
    },
  ],
};

/** Tests that start a server, a store or another process. */
const startsProcesses = [
  '<rootDir>/test/integration/**/*.test.ts',
  '<rootDir>/test/deployment/productionStart.test.ts',
];

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/deployment/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/deployment/productionStart.test.ts'],
    },
    { displayName: 'integration', testEnvironment: 'node', transform, testMatch: startsProcesses },
    // Evaluations of the risk reading over whole labelled splits (thousands of messages): not the quick loop.
    {
      displayName: 'evaluation',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/evaluation/**/*.test.ts'],
    },
    { displayName: 'e2e', testEnvironment: 'node', transform, testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
