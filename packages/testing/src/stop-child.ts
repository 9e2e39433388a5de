// Stops a server child process of a test harness: SIGCONT first (a frozen server cannot handle a
// signal), then the signal, then SIGKILL if it has not exited within 3 s.
import type { ChildProcess } from 'node:child_process';

/** Resolves once `child` has exited. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGCONT');
    child.kill(signal);
  });
}
