import type { Writable } from 'node:stream';

/**
 * A wait for `out` to drain, with one 'drain' and one 'close' listener for the stream's whole life however many
 * waits: the compression middleware forwards `on('drain')` to its gzip stream but not the removal, so a listener
 * per wait (`once`) leaked one each time. Also resolves when the stream closes (the reader went away): check
 * `out.destroyed` after waiting.
 */
export function drainWaiter(out: Writable): () => Promise<void> {
  let wake = () => {};
  const onDrainOrClose = () => wake();
  out.on('drain', onDrainOrClose);
  out.on('close', onDrainOrClose);
  return () => new Promise<void>((resolve) => (wake = resolve));
}
