/**
 * A memo of pure results with a fixed number of entries: the oldest goes first when it is full. For figures computed
 * from a request's text alone (an operation's size or cost), which the same screen asks for again and again.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    private readonly maxEntries: number,
    /** Longer keys (a large mutation's input) are computed each time rather than kept. */
    private readonly maxKeyLength = 4_096,
  ) {}

  /** The remembered value for `key`, or `compute()` (remembered unless it throws or the key is too long). */
  get(key: string, compute: () => V): V {
    if (key.length > this.maxKeyLength) return compute();
    if (this.entries.has(key)) return this.entries.get(key)!;
    const value = compute();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The key of an operation: its name, its variables as JSON and its text. */
export function operationMemoKey(queryText: string, variables?: unknown, operationName?: string | null): string {
  return `${operationName ?? ''}\u0000${variables === undefined ? '' : JSON.stringify(variables)}\u0000${queryText}`;
}
