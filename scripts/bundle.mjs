// The production build: src/index.ts and its dependencies in one ES module, dist/app.mjs.
// One file loads faster than hundreds of node_modules files and holds less memory (figures in the
// README's speed section). Types are checked separately by `npm run typecheck`.
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist/app.mjs';

await build({
  entryPoints: ['src/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native addons load their compiled .node file from node_modules: they stay outside the bundle,
  // so dist/app.mjs must run where node_modules is reachable (the project folder).
  external: ['better-sqlite3', 'pg-native'],
  // Bundled CommonJS dependencies (Bolt, express…) still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
