import { useCallback, useEffect, useRef, useState } from 'react';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'loading'; received: number; total: number | null }
  | { phase: 'done'; name: string }
  | { phase: 'cancelled' }
  | { phase: 'error'; status: number | null; message: string };

/** The file name from `Content-Disposition: attachment; filename="x.pdf"`, else the URL's last part. */
export function fileNameOf(disposition: string | null, url: string): string {
  const m = disposition && /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return m ? decodeURIComponent(m[1]!) : (url.split('?')[0]!.split('/').pop() ?? 'download');
}

/** Hands a finished blob to the browser as a download (a temporary object URL on a clicked link). */
function save(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

/**
 * A file download that reports bytes as they arrive and can be cancelled (fetch + AbortController), then saves
 * the file through a Blob link. A server error's message (JSON `{ error: { message } }`) is kept for the reader.
 */
export function useFileDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (url: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'loading', received: 0, total: null });
    try {
      const res = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ phase: 'error', status: res.status, message: body?.error?.message ?? res.statusText });
        return;
      }
      const length = Number(res.headers.get('content-length'));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const chunks: Uint8Array[] = [];
      let received = 0;
      const reader = res.body?.getReader();
      if (reader) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          received += value.byteLength;
          setState({ phase: 'loading', received, total });
        }
      }
      const blob = reader
        ? new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? undefined })
        : await res.blob();
      const name = fileNameOf(res.headers.get('content-disposition'), url);
      save(blob, name);
      setState({ phase: 'done', name });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'cancelled' });
      else setState({ phase: 'error', status: null, message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
