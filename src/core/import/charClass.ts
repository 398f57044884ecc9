/**
 * Character classes the importer's steps share. Scanning with these small predicates keeps every
 * step linear in the length of the page, whatever a scraped page holds.
 */

/** A Han ideograph (CJK Unified Ideographs, Extension A, Compatibility Ideographs). */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && isHanCode(char.charCodeAt(0));
}

/** `isHan` by code unit, for scans that read codes rather than make a string per character. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Full-width punctuation and CJK symbols: `，。、；：？！“”《》（）——…` and the like. */
export function isWidePunct(char: string | undefined): boolean {
  return char !== undefined && isWidePunctCode(char.charCodeAt(0));
}

function isWidePunctCode(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2010 && code <= 0x2027)
  );
}

/** Text a Chinese typesetter sets without spaces around it. */
export function isWide(char: string | undefined): boolean {
  return char !== undefined && isWideCode(char.charCodeAt(0));
}

/** `isWide` by code unit. */
export function isWideCode(code: number): boolean {
  return isHanCode(code) || isWidePunctCode(code);
}

export function isAsciiAlnum(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Za-z]$/.test(char);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Display width as a monospaced CJK font sets it: ASCII one column, everything else two, a
 * surrogate pair one character. Read by code unit: iterating the characters made a string of each.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      width++;
      continue;
    }
    width += 2;
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(at + 1))) at++;
  }
  return width;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Ends a sentence in a plan; `；` does not (see the shared checks spec). */
export function endsSentence(char: string | undefined): boolean {
  return char === '。' || char === '！' || char === '？';
}
