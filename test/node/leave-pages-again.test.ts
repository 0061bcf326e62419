// WebKit's WebDriver once hung for 120 s leaving a test page whose tests had all passed, and the
// whole run failed on it (see scripts/test-support/leave-pages-again.mjs). The launcher now says so
// and leaves the page again; a second failure still fails the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leavesPagesAgain } from '../../scripts/test-support/leave-pages-again.mjs';

/** A stand-in for @web/test-runner-webdriver's launcher: its own stopSession fails `failures` times. */
function launcherThatFails(failures: number, secondTryFails = false) {
  const navigations: string[] = [];
  const urlMap = new Map([['session-1', 'http://localhost:8000/test/browser/host-pages.test.ts']]);
  const launcher = {
    name: 'MiniBrowser',
    driverManager: { urlMap },
    driver: {
      async navigateTo(url: string) {
        navigations.push(url);
        if (secondTryFails) throw new Error('Request failed with error code UND_ERR_HEADERS_TIMEOUT');
      },
    },
    async getBrowserUrl(id: string) {
      return urlMap.get(id);
    },
    async stopSession(id: string) {
      if (failures-- > 0) throw new Error('WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"\n    at stack');
      urlMap.delete(id);
      return { testCoverage: undefined };
    },
  };
  return { launcher, navigations, urlMap };
}

test('a page that could not be left is left again, and the log says which page and why', async () => {
  const { launcher, navigations, urlMap } = launcherThatFails(1);
  const logged: string[] = [];
  leavesPagesAgain(launcher, (line: string) => logged.push(line));
  assert.deepEqual(await launcher.stopSession('session-1'), { testCoverage: undefined });
  assert.deepEqual(navigations, ['about:blank']);
  assert.equal(urlMap.has('session-1'), false, 'the session is no longer active');
  assert.equal(logged.length, 1);
  assert.match(logged[0]!, /MiniBrowser: leaving the page of http:\/\/localhost:8000\/test\/browser\/host-pages\.test\.ts failed \(WebDriverError: .*UND_ERR_HEADERS_TIMEOUT.*\); leaving it again/);
  assert.doesNotMatch(logged[0]!, /at stack/);
});

test('a page left at the first try is not left twice, and nothing is logged', async () => {
  const { launcher, navigations } = launcherThatFails(0);
  const logged: string[] = [];
  leavesPagesAgain(launcher, (line: string) => logged.push(line));
  await launcher.stopSession('session-1');
  assert.deepEqual(navigations, []);
  assert.deepEqual(logged, []);
});

test('when leaving fails again, the file fails as before, with both errors', async () => {
  const { launcher } = launcherThatFails(1, true);
  leavesPagesAgain(launcher, () => {});
  await assert.rejects(launcher.stopSession('session-1'), (error: Error) => {
    assert.match(error.message, /MiniBrowser could not leave .*host-pages\.test\.ts twice: .*UND_ERR_HEADERS_TIMEOUT/);
    assert.match(String((error.cause as Error).message), /when running "url"/);
    return true;
  });
});

test('any other failure to stop a session is not retried: the file fails as before', async () => {
  const { launcher, navigations } = launcherThatFails(0);
  launcher.stopSession = async () => {
    throw new Error('WebDriverError: no such window when running "execute/sync" with method "POST"');
  };
  leavesPagesAgain(launcher, () => {});
  await assert.rejects(launcher.stopSession('session-1'), /no such window/);
  assert.deepEqual(navigations, []);
});
