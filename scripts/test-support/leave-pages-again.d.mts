/** The parts of @web/test-runner-webdriver's launcher that `leavesPagesAgain` uses. */
export interface LeavingLauncher {
  name: string;
  driver?: { navigateTo(url: string): Promise<unknown> };
  driverManager?: { urlMap?: Map<string, string> };
  getBrowserUrl(id: string): Promise<string | undefined>;
  stopSession(id: string): Promise<unknown>;
}

export function leavesPagesAgain<Launcher extends LeavingLauncher>(launcher: Launcher, log?: (line: string) => void): Launcher;
