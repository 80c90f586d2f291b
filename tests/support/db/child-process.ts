import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface RunningChild {
  child: ChildProcess;
  /** Every stdout line received so far. */
  lines: string[];
  /** Resolves with the first line matching `predicate` (rejects if the child exits first). */
  waitForLine(predicate: (line: string) => boolean): Promise<string>;
  /** Resolves when the process has exited and its output is fully read. */
  exited: Promise<void>;
  stderr(): string;
}

/** With `stdin: 'pipe'` the parent can send the child commands through `child.stdin`. */
export function spawnNode(script: string, args: string[], options: { stdin?: 'ignore' | 'pipe' } = {}): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const reader = createInterface({ input: child.stdout! });
  reader.on('line', (line) => {
    lines.push(line);
    for (const listener of listeners) listener(line);
  });
  const outputDone = once(reader, 'close');
  const exited = Promise.all([once(child, 'exit'), outputDone]).then(() => undefined);

  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    waitForLine: (predicate) =>
      new Promise((resolve, reject) => {
        const earlier = lines.find(predicate);
        if (earlier !== undefined) return resolve(earlier);
        const listener = (line: string) => {
          if (!predicate(line)) return;
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
        void exited.then(() => {
          if (listeners.delete(listener)) reject(new Error(`child exited before the expected line; stderr: ${stderr}`));
        });
      }),
  };
}
