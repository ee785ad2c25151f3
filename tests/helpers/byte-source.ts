/** Bytes delivered as a file stream or a request body delivers them: an async iterable of chunks. */
export function byteSource(chunks: Iterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = chunks[Symbol.iterator]();
      return { next: () => Promise.resolve(iterator.next() as IteratorResult<Uint8Array, undefined>) };
    },
  };
}

/** The bytes in chunks of the given size. */
export function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
