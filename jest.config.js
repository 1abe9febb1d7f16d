/** Jest: ts-jest transpiles (type checking is `npm run lint`), one project per environment. */
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
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      setupFiles: ["<rootDir>/test/setup-fast-check.ts"],
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
