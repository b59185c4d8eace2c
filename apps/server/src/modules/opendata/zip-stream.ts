import type { Writable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { drainWaiter } from './drain';

/** The reader went away (closed the connection, cancelled the download): stop producing. */
export class ArchiveAbortedError extends Error {
  constructor() {
    super('The archive was cancelled by its reader.');
  }
}

/**
 * A ZIP written straight into a Node stream, one entry after another, with backpressure: each entry's bytes go
 * out as fflate produces them (local headers with data descriptors, so nothing is buffered to learn a size),
 * and every call waits for the stream to drain. Only the central directory (a few dozen bytes per entry) stays.
 * fflate is the zip engine `docx` already uses: maintained, no dependencies, synchronous (no worker threads).
 */
export class ZipStream {
  private readonly zip: Zip;
  private failure: Error | null = null;
  private full = false;
  private readonly finished: Promise<void>;
  private readonly drained: () => Promise<void>;

  constructor(private readonly out: Writable) {
    this.drained = drainWaiter(out);
    let done!: () => void;
    this.finished = new Promise((resolve) => (done = resolve));
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.failure = err;
      else if (!this.out.destroyed && !this.out.write(chunk)) this.full = true;
      if (final || err) done();
    });
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.destroyed || this.out.writableEnded) throw new ArchiveAbortedError();
    if (this.full) {
      this.full = false;
      await this.drained();
      if (this.out.destroyed) throw new ArchiveAbortedError();
    }
  }

  /** A whole entry. Already-compressed content (DOCX, PNG) is stored; text is deflated. */
  async file(name: string, data: Uint8Array, options: { compress: boolean; mtime?: Date }): Promise<void> {
    const entry = this.entry(name, options);
    entry.push(data, true);
    await this.flush();
  }

  /** An entry written in parts (a CSV built a page of rows at a time): `write` each part, then `end`. */
  text(name: string, mtime?: Date): { write: (text: string) => Promise<void>; end: () => Promise<void> } {
    const entry = this.entry(name, { compress: true, mtime });
    const encoder = new TextEncoder();
    return {
      write: async (text) => {
        entry.push(encoder.encode(text), false);
        await this.flush();
      },
      end: async () => {
        entry.push(new Uint8Array(0), true);
        await this.flush();
      },
    };
  }

  private entry(name: string, options: { compress: boolean; mtime?: Date }): ZipDeflate | ZipPassThrough {
    const entry = options.compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    if (options.mtime) entry.mtime = options.mtime;
    this.zip.add(entry);
    return entry;
  }

  /** Writes the central directory and waits until fflate has handed over its last byte. */
  async end(): Promise<void> {
    this.zip.end();
    await this.finished;
    await this.flush();
  }

  /** Stops without a central directory (the reader is gone or a step failed). */
  abort(): void {
    this.zip.terminate();
  }
}
