/**
 * UTF-8 to string for one field. Hand-written because TextDecoder is a web and
 * Node API, not part of the ECMAScript library the pure engine is compiled
 * against; it runs only once per distinct value, so its speed does not matter.
 * Malformed sequences become U+FFFD, as TextDecoder does.
 */
const REPLACEMENT = 0xfffd;

export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) ascii = false;
  if (ascii) return String.fromCharCode(...bytes.subarray(start, end));
  const codes: number[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i];
    const [length, initial] =
      b < 0x80
        ? [1, b]
        : b >= 0xc2 && b < 0xe0
          ? [2, b & 0x1f]
          : b >= 0xe0 && b < 0xf0
            ? [3, b & 0x0f]
            : b >= 0xf0 && b < 0xf5
              ? [4, b & 0x07]
              : [0, 0];
    let code = initial;
    let ok = length > 0 && i + length <= end;
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (next & 0x3f);
    }
    const minimum = length === 3 ? 0x800 : length === 4 ? 0x10000 : 0;
    if (!ok || code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      codes.push(REPLACEMENT);
      i += 1;
      continue;
    }
    if (code >= 0x10000) codes.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else codes.push(code);
    i += length;
  }
  let text = "";
  // Build in slices: spreading a very long array into fromCharCode would overflow the stack.
  for (let k = 0; k < codes.length; k += 8192) text += String.fromCharCode(...codes.slice(k, k + 8192));
  return text;
}
