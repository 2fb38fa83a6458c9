/**
 * Text from an instance may carry what no page, feed or calendar should show: control
 * characters (NUL and vertical tab are errors in HTML and in iCalendar), noncharacters, and
 * lone surrogates (half of a character, which no encoder can write as UTF-8).
 */

/** A surrogate that is not half of a pair: with the `u` flag, a pair is one code point. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; noncharacters. */
const UNWANTED = /(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/gu;

/**
 * `text` made well-formed (each lone surrogate becomes U+FFFD, as
 * `String.prototype.toWellFormed` does) without control characters other than tab, line feed
 * and carriage return, and without noncharacters (U+FDD0–U+FDEF and the last two code points
 * of every plane). Everything else is kept as it is, whitespace included.
 */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNWANTED, '');
}
