/** JSON Pointer (RFC 6901) helpers. */

export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

export function join(base: string, ...tokens: Array<string | number>): string {
  let out = base;
  for (const token of tokens) out += '/' + escapeToken(token);
  return out;
}

export function split(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
