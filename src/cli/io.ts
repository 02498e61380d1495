/** What the CLI may touch of the outside world, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: { write(text: string): void; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): void; readonly isTTY?: boolean };
}

export function processIo(): CliIo {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/** Exit codes: a contract for CI (shared/design.md §5). */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** Colour when writing to a terminal, unless NO_COLOR says otherwise; FORCE_COLOR forces it. */
export function wantsColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return io.stdout.isTTY === true;
}
