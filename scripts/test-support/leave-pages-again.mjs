// web-test-runner configuration helper (web-test-runner.config.mjs), tested in test/node/leave-pages-again.test.ts.

/**
 * After a test file, web-test-runner's WebDriver launcher reads the page's coverage and then
 * navigates to about:blank. Once in a full CI run (2026-12-05), WebKit's driver did not answer that
 * navigation for 120 s (UND_ERR_HEADERS_TIMEOUT) after a file whose tests had all passed and been
 * counted; the files after it ran and passed, so the browser came back. That is the harness failing
 * to leave a page, not a test failing: say so in the log and leave the page once more. If that
 * fails too, the file fails as before.
 */
export function leavesPagesAgain(launcher, log = console.error) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (id) => {
    try {
      return await stopSession(id);
    } catch (error) {
      // Only the navigation away (WebDriver's "url" command); anything else fails the file as before.
      if (!/when running "url"/.test(String(error?.message)) || !launcher.driver) throw error;
      const url = await launcher.getBrowserUrl(id).catch(() => undefined);
      log(`\n${launcher.name}: leaving the page of ${url ?? id} failed (${String(error?.message ?? error).split('\n')[0]}); leaving it again. The file's own results stand as reported.`);
      try {
        await launcher.driver.navigateTo('about:blank');
      } catch (again) {
        throw new Error(`${launcher.name} could not leave ${url ?? id} twice: ${again?.message ?? again}`, { cause: error });
      }
      // What the launcher's own stop does once it has left the page: the session is no longer active.
      launcher.driverManager?.urlMap?.delete(id);
      return { testCoverage: undefined };
    }
  };
  return launcher;
}
