/** Unit and component tests. Browser end-to-end tests live in jest.e2e.config.js. */
const tsJest = "ts-jest";
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
      },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/src", "<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/test/setupDom.ts"],
    },
  ],
};
