// Raw DEFLATE (RFC 1951) through the platform's CompressionStream, available as a global in
// browsers and in Node ≥ 18, so the engine needs no dependency. Decompression stops at a
// size limit, so a tiny crafted link cannot expand into gigabytes.
export function canCompress(): boolean {
  return typeof globalThis.CompressionStream === 'function' && typeof globalThis.DecompressionStream === 'function';
}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; the write promise is observed so it never goes unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  return transform.readable as ReadableStream<Uint8Array>;
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return (await collect(through(bytes, new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY))!;
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' };

export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<InflateResult> {
  try {
    const out = await collect(through(bytes, new DecompressionStream('deflate-raw')), limit);
    return out ? { ok: true, bytes: out } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
