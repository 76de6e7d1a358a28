/**
 * The part of TextDecoder the engine uses. TextDecoder is a global in Node,
 * browsers and workers, but the engine is compiled against ES2022 alone (no DOM
 * or Node types: tsconfig.pure.json), so its type is declared here. It is given
 * names of its own rather than redeclaring `TextDecoder`, which would clash with
 * the DOM and Node declarations where those are loaded (tsconfig.json): the
 * constructor is taken from globalThis under this type (csv/textDecoding.ts).
 */
interface EngineTextDecoder {
  decode(input: Uint8Array): string;
}

interface EngineTextDecoderClass {
  new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): EngineTextDecoder;
}
