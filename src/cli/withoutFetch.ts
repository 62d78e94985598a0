// yoga (Ink's layout engine, WebAssembly) looks at `typeof fetch` while it instantiates, and in
// Node that first look loads undici, Node's fetch: ~30 ms of every reader start. The reader never
// fetches anything (it works offline), so fetch is hidden while the reader's modules are
// evaluated, then put back exactly as it was (Node's lazy getter, untouched).

/** Runs `load` (an import()) with globalThis.fetch absent, and restores it afterwards. */
export async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}
