// Trimming by character set, in one pass from each end. Regexes such as /-+$/ or /\s+$/ look
// like they do this, but a backtracking engine retries them from every position of a long run
// (quadratic time), which matters for text from requests and imports.

/** Removes leading characters found in `chars`. */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start += 1;
  return text.slice(start);
}

/** Removes trailing characters found in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

export function trimChars(text: string, chars: string): string {
  return trimEndChars(trimStartChars(text, chars), chars);
}

/** JavaScript's whitespace set as String.prototype.trim sees it, for the helpers above. */
export const SPACE = " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
