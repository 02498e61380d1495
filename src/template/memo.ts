/**
 * A value computed once per object and kept on the object itself, under a symbol only this memo knows. A property
 * read is cheaper than a WeakMap look-up, and WeakMap entries cost the garbage collector (ephemerons): for the
 * placeholders of text fields, asked for by most rules, the WeakMap took a fifth of a 10,000-template lint. Use it
 * sparingly: every memo gives the objects it touches another hidden class, and with several (tried: tokens, links,
 * masked spans, categories) code that reads those objects turns polymorphic and the language rules got slower
 * (2,480 → 2,170 templates/s). Objects that cannot take a property (frozen by a library caller) fall back to a
 * WeakMap.
 */
export class Memo<K extends object, V> {
  private readonly key: symbol;
  private readonly frozen = new WeakMap<K, V>();

  constructor(name: string) {
    this.key = Symbol(`wabalint.${name}`);
  }

  get(object: K): V | undefined {
    const value = (object as Record<symbol, V | undefined>)[this.key];
    if (value !== undefined || Object.isExtensible(object)) return value;
    return this.frozen.get(object);
  }

  set(object: K, value: V): V {
    if (Object.isExtensible(object)) Object.defineProperty(object, this.key, { value });
    else this.frozen.set(object, value);
    return value;
  }
}
