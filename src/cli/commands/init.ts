import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXIT, type CliIo } from '../io.js';

export interface InitArgs {
  /** Where the templates live, relative to the project. */
  readonly dir: string;
  readonly force: boolean;
}

export function configTemplate(dir: string): string {
  const config = [
    'wabalint:recommended',
    {
      name: 'project',
      files: [`${dir}/**`],
      settings: { words: [], allowedDomains: [] },
      rules: {},
      linterOptions: { reportUnusedDisableDirectives: 'warn' },
    },
  ];
  return JSON.stringify(config, null, 2) + '\n';
}

/**
 * A VS Code task whose output the built-in `$eslint-stylish` matcher reads: stylish prints absolute paths, which is
 * what that matcher expects.
 */
export function tasksTemplate(dir: string): string {
  const tasks = {
    version: '2.0.0',
    tasks: [
      {
        label: 'wabalint: lint templates',
        type: 'shell',
        command: `npx wabalint lint ${dir} --format stylish`,
        problemMatcher: '$eslint-stylish',
        group: 'test',
        presentation: { reveal: 'silent', clear: true },
      },
    ],
  };
  return JSON.stringify(tasks, null, 2) + '\n';
}

async function writeNew(path: string, content: string, force: boolean, io: CliIo): Promise<boolean> {
  const shown = relative(io.cwd, path) || path;
  if (existsSync(path) && !force) {
    io.stderr.write(`wabalint: ${shown} already exists; left as it is (use --force to replace it)\n`);
    return false;
  }
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  io.stdout.write(`wrote ${shown}\n`);
  return true;
}

export async function runInit(args: InitArgs, io: CliIo): Promise<number> {
  const dir = args.dir.replace(/\/+$/, '') || '.';
  const wroteConfig = await writeNew(join(io.cwd, 'wabalint.config.json'), configTemplate(dir), args.force, io);
  const wroteTasks = await writeNew(join(io.cwd, '.vscode', 'tasks.json'), tasksTemplate(dir), args.force, io);
  if (!wroteTasks) io.stdout.write(`Add this task to .vscode/tasks.json:\n${tasksTemplate(dir)}`);
  return wroteConfig || wroteTasks ? EXIT.ok : EXIT.failure;
}
