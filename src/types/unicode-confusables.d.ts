/**
 * unicode-confusables 0.1.1 ships its types as `index.ts.d` while its package.json points at `index.d.ts`, so
 * TypeScript finds none. These match its index.js: a code-point map built from Unicode's UTS #39
 * confusables.txt (version 10.0.0), with zero-width characters mapped to nothing.
 */
declare module 'unicode-confusables' {
  export interface ConfusablePoint {
    /** One code point of the input. */
    point: string;
    /** What it is confusable with (its UTS #39 prototype), when that differs; `''` for zero-width characters. */
    similarTo?: string;
  }
  /** True when some code point of the input has a prototype other than itself. */
  export function isConfusing(input: string): boolean;
  /** Every code point of the input, with its prototype when it has one. */
  export function confusables(input: string): ConfusablePoint[];
  /** The input with every code point replaced by its prototype. */
  export function rectifyConfusion(input: string): string;
}
