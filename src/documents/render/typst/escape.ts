/**
 * Plain text into Typst source. In markup every ASCII character with a meaning (commands,
 * emphasis, math, labels, references, raw text, lists, headings, comments, smart quotes, dashes,
 * ellipsis) is escaped with a backslash, which Typst's lexer accepts before any character; line
 * breaks become spaces, because paragraphs are structure the models give, not text.
 */
const MARKUP_SPECIAL = /[\\#*_`$<>@[\]{}~\-+=/'".:]/g;

export function escapeTypstMarkup(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(MARKUP_SPECIAL, (ch) => `\\${ch}`);
}

/** A Typst string literal ("…"): only backslash, quote and control characters need escapes. */
export function typstString(text: string): string {
  const body = text
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return `"${body}"`;
}

/** Content from plain text: `[…]` with escaped markup, usable wherever Typst expects content. */
export function typstContent(text: string): string {
  return `[${escapeTypstMarkup(text)}]`;
}
