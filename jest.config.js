/**
 * Jest: ts-jest transpiles (type checking is `npm run lint`), one project per environment. The
 * bundles some suites check (webpack, CLI) are built once per run by the global setup, in the
 * background, while the other suites run: see test/build/.
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      isolatedModules: true,
      jsx: "react-jsx",
      module: "commonjs",
      target: "ES2020",
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  },
];

module.exports = {
  testTimeout: 60000,
  testSequencer: "<rootDir>/test/build/sequencer.js",
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
      globalSetup: "<rootDir>/test/build/global-setup.ts",
      globalTeardown: "<rootDir>/test/build/global-teardown.ts",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
