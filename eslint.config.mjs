// office-addin-lint's recommended rules, plus the Office and Excel globals that
// office.js defines at run time (it is loaded by a script tag, not imported).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    // TypeScript itself reports undefined names, with the right globals per layer
    // (DOM for the pane, Node for the CLI); ESLint's no-undef knows neither.
    rules: { "no-undef": "off" },
  },
];
