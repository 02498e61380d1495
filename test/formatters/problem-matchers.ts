/**
 * The problem matchers that read our text output, and a port of the logic that applies them.
 *
 * Regular expressions copied from microsoft/vscode, src/vs/workbench/contrib/tasks/common/problemMatcher.ts
 * (`ProblemPatternRegistryImpl.fillDefaults`, patterns 'eslint-compact' and 'eslint-stylish'):
 * - current (seen at commit dbc8a32e5aa996c4ebbc7f42e464ce9fcd7bd276),
 * - and the two earlier `eslint-stylish` variants found in the file's history (file line `^([^\s].*)$`;
 *   the oldest also requires the rule id: `(.+?)\s\s+(.*)$`).
 * Plus the copy that actions/setup-node registers on every GitHub runner it sets up
 * (actions/setup-node, .github/eslint-stylish.json, commit 66a45156edd014e3964966e1941fbad2f6e09b9c).
 *
 * `collect` ports how VS Code feeds terminal lines to the matchers: `AbstractProblemCollector.tryFindMarker`
 * / `tryMatchers` (microsoft/vscode, src/vs/workbench/contrib/tasks/common/problemCollectors.ts) and
 * `SingleLineMatcher` / `MultiLineMatcher` (`handle`, `next`, `fillProblemData`, `getMarkerMatch`) from
 * problemMatcher.ts: a buffer as long as the pattern list, the last pattern looping while it matches,
 * and captured file, message, code and severity trimmed of spaces.
 */

export interface ProblemPattern {
  regexp: RegExp;
  file?: number;
  line?: number;
  character?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

export const ESLINT_COMPACT: ProblemPattern[] = [
  {
    regexp: /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/,
    file: 1,
    line: 2,
    character: 3,
    severity: 4,
    message: 5,
    code: 6,
  },
];

const STYLISH_DETAIL: ProblemPattern = {
  regexp: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/,
  line: 1,
  character: 2,
  severity: 3,
  message: 4,
  code: 5,
  loop: true,
};

export const ESLINT_STYLISH: ProblemPattern[] = [{ regexp: /^((?:[a-zA-Z]:)*[./\\]+.*?)$/, file: 1 }, STYLISH_DETAIL];

export const ESLINT_STYLISH_LEGACY: ProblemPattern[] = [{ regexp: /^([^\s].*)$/, file: 1 }, STYLISH_DETAIL];

export const ESLINT_STYLISH_OLDEST: ProblemPattern[] = [
  { regexp: /^([^\s].*)$/, file: 1 },
  { ...STYLISH_DETAIL, regexp: /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)\s\s+(.*)$/ },
];

/** actions/setup-node's `eslint-stylish` (JSON `"regexp"` strings, unescaped). */
export const SETUP_NODE_STYLISH: ProblemPattern[] = [
  { regexp: new RegExp('^\\s*([^\\s].*)$'), file: 1 },
  { ...STYLISH_DETAIL, regexp: new RegExp('^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*)\\s\\s+(.*)$') },
];

export interface Marker {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string | undefined;
}

type Data = Partial<Record<'file' | 'line' | 'character' | 'severity' | 'message' | 'code', string>>;

const TRIMMED = ['file', 'message', 'code', 'severity'] as const;
const UNTRIMMED = ['line', 'character'] as const;

/** VS Code's `Strings.trim(value)`: spaces only. */
function trimSpaces(s: string): string {
  return s.replace(/^ +| +$/g, '');
}

function fill(data: Data, pattern: ProblemPattern, m: RegExpExecArray): void {
  for (const key of [...TRIMMED, ...UNTRIMMED]) {
    const index = pattern[key];
    if (data[key] !== undefined || index === undefined || index >= m.length) continue;
    const value = m[index];
    if (value === undefined) continue;
    data[key] = (TRIMMED as readonly string[]).includes(key) ? trimSpaces(value) : value;
  }
}

function marker(data: Data): Marker | undefined {
  if (!data.file || !data.line || !data.message) return undefined;
  return {
    file: data.file,
    line: Number.parseInt(data.line, 10),
    column: data.character ? Number.parseInt(data.character, 10) : 1,
    severity: data.severity ?? 'error',
    message: data.message,
    code: data.code,
  };
}

/** Runs one matcher over `output` the way VS Code's task system does, returning the markers it creates. */
export function collect(patterns: readonly ProblemPattern[], output: string): Marker[] {
  const markers: Marker[] = [];
  const last = patterns[patterns.length - 1]!;
  let buffer: string[] = [];
  let loopData: Data | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (loopData) {
      // MultiLineMatcher.next
      const m = last.regexp.exec(line);
      if (m) {
        const data = { ...loopData };
        fill(data, last, m);
        const found = marker(data);
        if (found) {
          markers.push(found);
          continue;
        }
      }
      buffer = [];
      loopData = undefined;
    }
    buffer.push(line);
    if (buffer.length > patterns.length) buffer.shift();
    if (buffer.length < patterns.length) continue;
    // MultiLineMatcher.handle / SingleLineMatcher.handle
    let data: Data = {};
    let matched = true;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i]!;
      const m = pattern.regexp.exec(buffer[i]!);
      if (!m) {
        matched = false;
        break;
      }
      if (pattern.loop && i === patterns.length - 1) {
        loopData = { ...data };
        data = { ...data };
      }
      fill(data, pattern, m);
    }
    if (!matched) {
      loopData = undefined;
      continue;
    }
    const found = marker(data);
    if (found) {
      markers.push(found);
      buffer = [];
    } else loopData = undefined;
  }
  return markers;
}
