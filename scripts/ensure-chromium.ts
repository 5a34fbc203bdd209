/**
 * Makes sure the browser tests have a Chromium. Browser downloads are impossible here, so when
 * none is found and this runs as root on Debian, it installs Debian's `chromium` and says so.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Browser tests use Chromium at ${found}`);
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/etc/debian_version')) {
  console.error(
    'No Chromium found. Install one (on Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
for (const args of [
  ['update', '-qq'],
  ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
]) {
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed`);
    process.exit(1);
  }
}
const installed = findChromium();
if (!installed) {
  console.error('chromium was installed but no executable was found');
  process.exit(1);
}
console.log(`Installed Debian's chromium: ${installed}`);
