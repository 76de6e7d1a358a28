/**
 * Builds the task pane and the function file into dist/, in the conventions of
 * Microsoft's Office-Addin-TaskPane-React template.
 *
 *   npm run build        production: Office.js from Microsoft's CDN; manifest URLs rewritten
 *                        from https://localhost:3000/ to ADDIN_URL
 *                        (default https://strategic-assessment.example.org/)
 *   npm run build:test   the same, but Office.js from a local copy in dist/office-js (--env offline),
 *                        so the pane runs with no network (end-to-end tests, intranet hosting)
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs files
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://strategic-assessment.example.org/";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/**
 * What office.js loads at startup, copied for offline builds. Outside Office it needs only
 * the file-mapping table (measured: no other request); inside Excel it adds the host's
 * script and the strings. Copying the whole dist (729 files) costs minutes of Terser time.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "en-us/office_strings.js",
  "en-gb/office_strings.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
];

/** The manifest for a deployment: every development URL replaced by the production one. */
function productionManifest(content, productionUrl) {
  if (!/^https:\/\/[^/]+(\/.*)?\/$/.test(productionUrl)) {
    throw new Error(`ADDIN_URL must be an https:// address ending in "/", got "${productionUrl}".`);
  }
  return content.split(DEV_URL).join(productionUrl);
}

/** https options from the files `npx office-addin-dev-certs install` writes (see TOOLCHAIN.md). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const read = (name) => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      throw new Error(
        `Missing ${file}. Run "npx office-addin-dev-certs install" once, then start the dev server again.`,
      );
    }
    return fs.readFileSync(file);
  };
  return { key: read("localhost.key"), cert: read("localhost.crt"), ca: read("ca.crt") };
}

module.exports = (env = {}, argv = {}) => {
  const development = argv.mode === "development";
  const offline = Boolean(env.offline);
  const productionUrl = process.env.ADDIN_URL || DEFAULT_PRODUCTION_URL;
  const officeJsUrl = offline ? "office-js/office.js" : OFFICE_JS_CDN;

  return {
    devtool: development ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles.
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules so webpack can split at import() and see `new URL(..., import.meta.url)` workers.
              compilerOptions: { module: "es2020", sourceMap: development },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (development ? content : productionManifest(content.toString(), productionUrl)),
          },
          ...(offline
            ? OFFICE_JS_FILES.map((file) => ({
                from: path.join(OFFICE_JS_DIST, file),
                to: `office-js/${file}`,
                // Already minified by Microsoft; Terser would spend minutes on it.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    performance: {
      // The first load (taskpane entry) must stay small; lazy chunks (ExcelJS, file mode) may be larger.
      assetFilter: (file) => /^taskpane\..*\.js$/.test(file),
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
      hints: development ? false : "warning",
    },
    devServer: {
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Everything is served from webpack's memory; a stale dist/ must not answer for a missing file.
      static: false,
      server: env.WEBPACK_SERVE ? { type: "https", options: devCertificates() } : "http",
    },
  };
};

module.exports.productionManifest = productionManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_PRODUCTION_URL = DEFAULT_PRODUCTION_URL;
