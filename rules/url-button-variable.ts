import { createRule } from '../src/engine/create-rule.js';
import type { TextField } from '../src/template/model.js';
import { placeholdersOf } from '../src/template/placeholders.js';

/** `scheme://` at the start of a URL. */
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** The first character that ends the authority (host, port, user info). */
const AUTHORITY_END = /[/?#]/;

/**
 * End (exclusive) of the scheme-and-host part of `url`: everything up to the first `/`, `?` or `#` after `scheme://`,
 * or after the start when there is no scheme (`www.example.com/…`, `{{1}}/path`).
 */
function hostEnd(url: string): number {
  const scheme = SCHEME.exec(url);
  const from = scheme ? scheme[0].length : 0;
  const rest = url.slice(from);
  const stop = AUTHORITY_END.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

export default createRule({
  id: 'url-button-variable',
  kind: 'rejection',
  summary: "Allow at most one placeholder in a URL button's URL, at the very end and never in the domain.",
  recommended: 'error',
  messages: {
    tooManyVariables: (d: { placeholder: string; count: number }) =>
      `\`${d.placeholder}\` is one of ${d.count} variables in this button URL; Meta allows one variable, at the end of the URL: remove this one`,
    variableNotAtEnd: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is not at the end of the button URL; Meta only appends the variable at the very end, move it there or write the rest as static text`,
    variableInHost: (d: { placeholder: string }) =>
      `\`${d.placeholder}\` is in the domain part of the button URL; the scheme and domain must be static, put the variable at the end of the path`,
  },
  create(context) {
    const check = (url: TextField): void => {
      const placeholders = placeholdersOf(url);
      if (placeholders.length === 0) return;
      const host = hostEnd(url.value);
      const end = url.value.trimEnd().length;
      const last = placeholders.length - 1;
      placeholders.forEach((p, i) => {
        const at = { field: url, start: p.start, end: p.end };
        // One report per placeholder. The last one is the candidate for "the" variable; the others are extra.
        if (p.start < host) {
          context.report({ messageId: 'variableInHost', data: { placeholder: p.raw }, at, actual: p.raw });
        } else if (i < last) {
          context.report({ messageId: 'tooManyVariables', data: { placeholder: p.raw, count: placeholders.length }, at, actual: p.raw });
        } else if (p.end < end) {
          context.report({ messageId: 'variableNotAtEnd', data: { placeholder: p.raw }, at, actual: p.raw });
        }
      });
    };
    return {
      Button(button) {
        // Card URL buttons follow the same rule: they are checked too.
        if (button.type === 'URL' && button.url) check(button.url);
      },
    };
  },
});
