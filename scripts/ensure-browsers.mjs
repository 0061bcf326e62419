// Makes sure the browsers the tests need are installed: installs Debian's packages when running
// as root on Debian, otherwise answers a message naming what to install. Nothing downloads a browser of its own.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = {
  chromium: { binaries: ['/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { binaries: ['/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    binaries: ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/bin/Xvfb'],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

/** Returns undefined when every browser is there (after installing if it could), or a message. */
export function ensureBrowsers(browsers) {
  const packages = [];
  for (const browser of browsers) {
    const need = needs[browser];
    if (!need) return `Unknown browser "${browser}" in BROWSERS; use chromium, firefox or webkit.`;
    if (browser === 'chromium' && process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) continue;
    if (!need.binaries.every((binary) => existsSync(binary))) packages.push(...need.packages);
  }
  if (!packages.length) return undefined;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Installing ${packages.join(' ')} with apt-get (about 30 s)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
    if (install.status === 0) return undefined;
  }
  let how = `sudo apt-get install ${packages.join(' ')}`;
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
  } catch {
    how = `install ${packages.join(', ')} with your system's package manager (or set CHROME_PATH to a Chromium binary)`;
  }
  return `The browser tests need ${packages.join(', ')}, which ${packages.length > 1 ? 'are' : 'is'} not installed. Run: ${how}`;
}
