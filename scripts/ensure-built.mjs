// `npm start` runs this first: build (scripts/bundle.mjs) only when dist/app.mjs is missing or older
// than a source file or the installed dependencies, so a built app starts at once and a fresh clone
// still just works.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const entry = 'dist/app.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    const mtime = item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

const sources = Math.max(newestMtime('src'), statSync('package-lock.json').mtimeMs);
if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
  process.stderr.write('Building the app…\n');
  try {
    execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('The build failed: see the errors above.\n');
    process.exit(1);
  }
}
