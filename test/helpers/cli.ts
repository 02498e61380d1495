export { scratch } from './fs.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd`, capturing its output. */
export async function runCli(args: string[], cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: options.env ?? {},
    stdout: { write: (t: string) => void (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => void (stderr += t), isTTY: options.tty ?? false },
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Signs of a stack trace in output: `    at fn (file:line:col)`. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
