<?php
/**
 * The text of an instance's HTML by the text rule of @kiosque/render (its README, "The text
 * rule"), without a DOM: the input is tokenized as the HTML standard's tokenizer does (tags,
 * attributes with their quotes, comments, raw text and RCDATA elements, character references
 * with all of HTML's names) and a light tree builder keeps what decides the text: the elements
 * whose content is never shown, block elements as spaces, SVG and MathML content with its
 * integration points and breakout tags. The plugin's tests read the recorded browser corpus
 * of @kiosque/render through it. Never a sanitizer: its output is text, to be escaped.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * HTML to text, character references, control characters.
 */
final class Text {

	/** Elements whose content a browser never shows as text. */
	private const HIDDEN = array( 'script', 'style', 'template', 'noscript', 'title', 'iframe', 'noembed', 'noframes' );

	/** Elements that count as a space before and after. */
	private const BLOCK = array( 'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul' );

	/** HTML elements whose content is text up to their end tag, without references. */
	private const RAWTEXT = array( 'script', 'style', 'xmp', 'iframe', 'noembed', 'noframes' );

	/** HTML elements whose content is text up to their end tag, with references. */
	private const RCDATA = array( 'textarea', 'title' );

	/** HTML elements without content. */
	private const VOID = array( 'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr' );

	/** Start tags that end SVG and MathML content. */
	private const BREAKOUT = array( 'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var' );

	/** Start tags that close an open <p> (a document without doctype: <table> does not). */
	private const CLOSES_P = array( 'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'plaintext', 'hr', 'xmp' );

	/** HTML elements that bound the button scope a <p> is looked for in. */
	private const SCOPE = array( 'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button' );

	/** Start tags the document's head takes before its body starts. */
	private const HEAD_CONTENT = array( 'html', 'head', 'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template' );

	/** MathML elements whose content is HTML (text integration points). */
	private const MATHML_TEXT = array( 'mi', 'mo', 'mn', 'ms', 'mtext' );

	/** SVG elements whose content is HTML (HTML integration points). */
	private const SVG_HTML = array( 'foreignobject', 'desc', 'title' );

	/** Names HTML decodes without a semicolon (the legacy references). */
	private const LEGACY = array( 'AElig', 'AMP', 'Aacute', 'Acirc', 'Agrave', 'Aring', 'Atilde', 'Auml', 'COPY', 'Ccedil', 'ETH', 'Eacute', 'Ecirc', 'Egrave', 'Euml', 'GT', 'Iacute', 'Icirc', 'Igrave', 'Iuml', 'LT', 'Ntilde', 'Oacute', 'Ocirc', 'Ograve', 'Oslash', 'Otilde', 'Ouml', 'QUOT', 'REG', 'THORN', 'Uacute', 'Ucirc', 'Ugrave', 'Uuml', 'Yacute', 'aacute', 'acirc', 'acute', 'aelig', 'agrave', 'amp', 'aring', 'atilde', 'auml', 'brvbar', 'ccedil', 'cedil', 'cent', 'copy', 'curren', 'deg', 'divide', 'eacute', 'ecirc', 'egrave', 'eth', 'euml', 'frac12', 'frac14', 'frac34', 'gt', 'iacute', 'icirc', 'iexcl', 'igrave', 'iquest', 'iuml', 'laquo', 'lt', 'macr', 'micro', 'middot', 'nbsp', 'not', 'ntilde', 'oacute', 'ocirc', 'ograve', 'ordf', 'ordm', 'oslash', 'otilde', 'ouml', 'para', 'plusmn', 'pound', 'quot', 'raquo', 'reg', 'sect', 'shy', 'sup1', 'sup2', 'sup3', 'szlig', 'thorn', 'times', 'uacute', 'ucirc', 'ugrave', 'uml', 'uuml', 'yacute', 'yen', 'yuml' );

	/** What numeric references to 0x80-0x9F mean (windows-1252), as the HTML parser reads them. */
	private const C1_REFERENCES = array(
		0x80 => 0x20AC,
		0x82 => 0x201A,
		0x83 => 0x0192,
		0x84 => 0x201E,
		0x85 => 0x2026,
		0x86 => 0x2020,
		0x87 => 0x2021,
		0x88 => 0x02C6,
		0x89 => 0x2030,
		0x8A => 0x0160,
		0x8B => 0x2039,
		0x8C => 0x0152,
		0x8E => 0x017D,
		0x91 => 0x2018,
		0x92 => 0x2019,
		0x93 => 0x201C,
		0x94 => 0x201D,
		0x95 => 0x2022,
		0x96 => 0x2013,
		0x97 => 0x2014,
		0x98 => 0x02DC,
		0x99 => 0x2122,
		0x9A => 0x0161,
		0x9B => 0x203A,
		0x9C => 0x0153,
		0x9E => 0x017E,
		0x9F => 0x0178,
	);

	/**
	 * A form is current (the parser's form element pointer), during one html_to_text.
	 *
	 * @var bool
	 */
	private static bool $form = false;

	/** JavaScript's \s, as a character class. */
	private const SPACE = '[\t\n\x{B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]';

	/** The whitespace the text rule collapses. */
	private const WHITESPACE = '/' . self::SPACE . '+/u';

	/**
	 * The text well-formed, without C0 controls other than tab, line feed and carriage return,
	 * without DEL, C1 controls and noncharacters (cleanText of @kiosque/render).
	 *
	 * @param string $text Text.
	 */
	public static function clean( string $text ): string {
		$text = self::utf8( $text );
		return (string) preg_replace( '/[\x{0}-\x{8}\x{B}\x{C}\x{E}-\x{1F}\x{7F}-\x{9F}\x{FDD0}-\x{FDEF}\x{FFFE}\x{FFFF}\x{1FFFE}\x{1FFFF}\x{2FFFE}\x{2FFFF}\x{3FFFE}\x{3FFFF}\x{4FFFE}\x{4FFFF}\x{5FFFE}\x{5FFFF}\x{6FFFE}\x{6FFFF}\x{7FFFE}\x{7FFFF}\x{8FFFE}\x{8FFFF}\x{9FFFE}\x{9FFFF}\x{AFFFE}\x{AFFFF}\x{BFFFE}\x{BFFFF}\x{CFFFE}\x{CFFFF}\x{DFFFE}\x{DFFFF}\x{EFFFE}\x{EFFFF}\x{FFFFE}\x{FFFFF}\x{10FFFE}\x{10FFFF}]/u', '', $text );
	}

	/**
	 * The text cleaned and without whitespace at its ends (JavaScript's trim: Unicode spaces,
	 * line and paragraph separators, byte order mark).
	 *
	 * @param string $text Text.
	 */
	public static function trimmed( string $text ): string {
		return (string) preg_replace( '/^' . self::SPACE . '+|' . self::SPACE . '+$/u', '', self::clean( $text ) );
	}

	/**
	 * Text with its character references decoded as the HTML parser decodes them in text; line
	 * breaks become line feeds and NUL is dropped, as the parser does.
	 *
	 * @param string $text Text.
	 */
	public static function decode_entities( string $text ): string {
		$text = str_replace( array( "\r\n", "\r" ), "\n", self::utf8( $text ) );
		return str_replace( "\0", '', self::references( $text ) );
	}

	/**
	 * The text of an HTML string by the rule: shown text in document order, block elements as
	 * spaces, whitespace collapsed, cleaned, trimmed.
	 *
	 * @param string $html HTML.
	 */
	public static function html_to_text( string $html ): string {
		return self::finish( self::shown_text( str_replace( array( "\r\n", "\r" ), "\n", self::utf8( $html ) ) ) );
	}

	/**
	 * Every whitespace run one space, cleaned, trimmed.
	 *
	 * @param string $text Text.
	 */
	private static function finish( string $text ): string {
		$text = self::clean( (string) preg_replace( self::WHITESPACE, ' ', $text ) );
		return trim( (string) preg_replace( '/ {2,}/', ' ', $text ) );
	}

	/**
	 * Valid UTF-8: each invalid sequence becomes U+FFFD.
	 *
	 * @param string $text Text.
	 */
	private static function utf8( string $text ): string {
		if ( mb_check_encoding( $text, 'UTF-8' ) ) {
			return $text;
		}
		$previous = mb_substitute_character();
		mb_substitute_character( 0xFFFD );
		$text = (string) mb_convert_encoding( $text, 'UTF-8', 'UTF-8' );
		mb_substitute_character( $previous );
		return $text;
	}

	/**
	 * The character of a code point, as UTF-8.
	 *
	 * @param int $code Code point.
	 */
	private static function chr( int $code ): string {
		return (string) mb_chr( $code, 'UTF-8' );
	}

	/**
	 * Decodes the character references of text (data or RCDATA).
	 *
	 * @param string $text Text.
	 */
	private static function references( string $text ): string {
		if ( false === strpos( $text, '&' ) ) {
			return $text;
		}
		return (string) preg_replace_callback(
			'/&(?:#([xX])([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z0-9]{1,40});?)/',
			static function ( array $m ): string {
				if ( isset( $m[4] ) && '' !== $m[4] ) {
					return self::named( $m[4], substr( $m[0], -1 ) === ';' );
				}
				$hex    = '' !== $m[1];
				$digits = ltrim( $hex ? $m[2] : $m[3], '0' );
				$code   = strlen( $digits ) > 8 ? 0x110000 : (int) ( $hex ? hexdec( '' === $digits ? '0' : $digits ) : $digits );
				return self::numeric( $code );
			},
			$text
		);
	}

	/**
	 * A named reference: the whole name with its semicolon, else the longest legacy name it
	 * starts with, the rest kept as text.
	 *
	 * @param string $name      The letters and digits after "&".
	 * @param bool   $semicolon A ";" follows them.
	 */
	private static function named( string $name, bool $semicolon ): string {
		if ( $semicolon ) {
			$decoded = html_entity_decode( "&{$name};", ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			if ( "&{$name};" !== $decoded ) {
				return $decoded;
			}
		}
		for ( $length = min( 6, strlen( $name ) ); $length >= 2; $length-- ) {
			$prefix = substr( $name, 0, $length );
			if ( in_array( $prefix, self::LEGACY, true ) ) {
				return html_entity_decode( "&{$prefix};", ENT_QUOTES | ENT_HTML5, 'UTF-8' ) . substr( $name, $length ) . ( $semicolon ? ';' : '' );
			}
		}
		return '&' . $name . ( $semicolon ? ';' : '' );
	}

	/**
	 * A numeric reference, with the parser's replacements.
	 *
	 * @param int $code Code point.
	 */
	private static function numeric( int $code ): string {
		if ( 0 === $code || $code > 0x10FFFF || ( $code >= 0xD800 && $code <= 0xDFFF ) ) {
			return "\u{FFFD}";
		}
		return self::chr( self::C1_REFERENCES[ $code ] ?? $code );
	}

	/**
	 * Where a tag that starts at $i (after "<" or "</") ends: its lower-case name, whether it
	 * closes itself, and the offset after its ">"; null when the input ends first (the tag is
	 * then dropped, as the tokenizer drops it).
	 *
	 * @param string $s Input.
	 * @param int    $i Offset of the name's first letter.
	 * @return array{0: string, 1: bool, 2: int}|null
	 */
	private static function tag( string $s, int $i ): ?array {
		$n      = strlen( $s );
		$start  = $i;
		$i     += strcspn( $s, "\t\n\f />", $i );
		$name   = strtolower( substr( $s, $start, $i - $start ) );
		$closes = false;
		while ( $i < $n ) {
			$i += strspn( $s, "\t\n\f ", $i );
			if ( $i >= $n ) {
				return null;
			}
			$c = $s[ $i ];
			if ( '>' === $c ) {
				return array( $name, $closes, $i + 1 );
			}
			if ( '/' === $c ) {
				$closes = ( $s[ $i + 1 ] ?? '' ) === '>';
				++$i;
				continue;
			}
			$closes = false;
			// Attribute name: its first character may be "=", then up to a space, "/", ">" or "=".
			$i += 1 + strcspn( $s, "\t\n\f />=", $i + 1 );
			$i += strspn( $s, "\t\n\f ", $i );
			if ( ( $s[ $i ] ?? '' ) !== '=' ) {
				continue;
			}
			++$i;
			$i    += strspn( $s, "\t\n\f ", $i );
			$quote = $s[ $i ] ?? '';
			if ( '"' === $quote || "'" === $quote ) {
				$end = strpos( $s, $quote, $i + 1 );
				if ( false === $end ) {
					return null;
				}
				$i = $end + 1;
			} elseif ( '>' !== $quote ) {
				$i += strcspn( $s, "\t\n\f >", $i );
			}
		}
		return null;
	}

	/**
	 * Offset of the end tag "</$name" (followed by a space, "/" or ">") from $i, or the length.
	 *
	 * @param string $s    Input.
	 * @param int    $i    Offset.
	 * @param string $name Lower-case name.
	 */
	private static function end_tag( string $s, int $i, string $name ): int {
		if ( preg_match( '#</' . preg_quote( $name, '#' ) . '[\t\n\f />]#i', $s, $m, PREG_OFFSET_CAPTURE, $i ) ) {
			return (int) $m[0][1];
		}
		return strlen( $s );
	}

	/**
	 * Whether content at the current node is parsed as HTML: the node is HTML, or an
	 * integration point for this start tag.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements (name, namespace).
	 * @param string                                  $name  Start tag name.
	 */
	private static function html_content( array $stack, string $name ): bool {
		$top = end( $stack );
		if ( false === $top || 'html' === $top[1] ) {
			return true;
		}
		if ( 'math' === $top[1] && in_array( $top[0], self::MATHML_TEXT, true ) ) {
			return 'mglyph' !== $name && 'malignmark' !== $name;
		}
		if ( 'math' === $top[1] && 'annotation-xml' === $top[0] ) {
			return 'svg' === $name;
		}
		return 'svg' === $top[1] && in_array( $top[0], self::SVG_HTML, true );
	}

	/**
	 * Whether an open element hides its content.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 */
	private static function hidden( array $stack ): bool {
		foreach ( $stack as $open ) {
			if ( in_array( $open[0], self::HIDDEN, true ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The shown text of the input, block elements as spaces, before it is finished.
	 *
	 * @param string $s Input, line breaks normalized.
	 */
	private static function shown_text( string $s ): string {
		$n     = strlen( $s );
		$i     = 0;
		$out   = '';
		$stack = array();
		// Before any body content, the parser is in the document's head: a <noscript> there
		// (scripting off) holds only links, metas and styles, and anything else ends it.
		$head       = true;
		self::$form = false;
		while ( $i < $n ) {
			$lt = strpos( $s, '<', $i );
			$to = false === $lt ? $n : $lt;
			if ( $to > $i ) {
				$text = substr( $s, $i, $to - $i );
				if ( $head && strspn( $text, "\t\n\f " ) < strlen( $text ) ) {
					$head = false;
					self::leave_head( $stack );
				}
				if ( ! self::hidden( $stack ) ) {
					// NUL is dropped from HTML text, and is U+FFFD in SVG and MathML.
					$out .= str_replace( "\0", self::html_content( $stack, '' ) ? '' : "\u{FFFD}", self::references( $text ) );
				}
			}
			if ( false === $lt ) {
				break;
			}
			$i    = $lt;
			$next = $s[ $i + 1 ] ?? '';
			if ( ctype_alpha( $next ) ) {
				$tag = self::tag( $s, $i + 1 );
				if ( null === $tag ) {
					break;
				}
				list( $name, $closes, $i ) = $tag;
				if ( $head && ! in_array( $name, self::HEAD_CONTENT, true ) ) {
					$head = false;
					self::leave_head( $stack );
				} elseif ( $head && $stack && 'noscript' === end( $stack )[0] && ! in_array( $name, array( 'link', 'meta', 'noframes', 'style', 'basefont', 'bgsound' ), true ) ) {
					$head = false;
					self::leave_head( $stack );
				}
				$i = self::start_tag( $s, $i, 'image' === $name ? 'img' : $name, $closes, $stack, $out );
			} elseif ( '/' === $next ) {
				$after = $s[ $i + 2 ] ?? '';
				if ( ctype_alpha( $after ) ) {
					$tag = self::tag( $s, $i + 2 );
					if ( null === $tag ) {
						break;
					}
					$i = $tag[2];
					self::end_tag_token( $tag[0], $stack, $out );
				} elseif ( '>' === $after ) {
					$i += 3;
				} elseif ( '' === $after ) {
					$out .= self::hidden( $stack ) ? '' : '</';
					break;
				} else {
					$i = self::after( $s, $i + 2, '>' );
				}
			} elseif ( '!' === $next ) {
				$i = self::markup_declaration( $s, $i, $stack, $out );
			} elseif ( '?' === $next ) {
				$i = self::after( $s, $i + 2, '>' );
			} else {
				$out .= self::hidden( $stack ) ? '' : '<';
				++$i;
			}
		}
		return $out;
	}

	/**
	 * Closes an open <p> in button scope, with what is open inside it.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 */
	private static function close_p( array &$stack ): void {
		for ( $k = count( $stack ) - 1; $k >= 0; $k-- ) {
			list( $name, $ns ) = $stack[ $k ];
			if ( 'p' === $name && 'html' === $ns ) {
				array_splice( $stack, $k );
				return;
			}
			if ( 'html' === $ns ? in_array( $name, self::SCOPE, true ) : in_array( $name, array_merge( self::MATHML_TEXT, array( 'annotation-xml' ), self::SVG_HTML ), true ) ) {
				return;
			}
		}
	}

	/**
	 * The body starts: a <noscript> still open in the head ends.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 */
	private static function leave_head( array &$stack ): void {
		if ( $stack && 'noscript' === end( $stack )[0] ) {
			array_pop( $stack );
		}
	}

	/**
	 * Offset after the next $needle from $i, or the length (a bogus comment, or an unclosed one).
	 *
	 * @param string $s      Input.
	 * @param int    $i      Offset.
	 * @param string $needle What ends it.
	 */
	private static function after( string $s, int $i, string $needle ): int {
		$at = strpos( $s, $needle, $i );
		return false === $at ? strlen( $s ) : $at + strlen( $needle );
	}

	/**
	 * "<!": a comment, a doctype, a CDATA section (text in SVG and MathML) or a bogus comment.
	 *
	 * @param string                                  $s     Input.
	 * @param int                                     $i     Offset of "<".
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 * @param string                                  $out   Text so far.
	 * @return int Offset after it.
	 */
	private static function markup_declaration( string $s, int $i, array $stack, string &$out ): int {
		if ( substr( $s, $i, 4 ) === '<!--' ) {
			if ( substr( $s, $i + 4, 1 ) === '>' ) {
				return $i + 5;
			}
			if ( substr( $s, $i + 4, 2 ) === '->' ) {
				return $i + 6;
			}
			if ( preg_match( '/--!?>/', $s, $m, PREG_OFFSET_CAPTURE, $i + 4 ) ) {
				return (int) $m[0][1] + strlen( $m[0][0] );
			}
			return strlen( $s );
		}
		$top = end( $stack );
		if ( substr( $s, $i, 9 ) === '<![CDATA[' && false !== $top && 'html' !== $top[1] ) {
			$end = strpos( $s, ']]>', $i + 9 );
			$to  = false === $end ? strlen( $s ) : $end;
			if ( ! self::hidden( $stack ) ) {
				$out .= substr( $s, $i + 9, $to - $i - 9 );
			}
			return false === $end ? strlen( $s ) : $end + 3;
		}
		return self::after( $s, $i + 2, '>' );
	}

	/**
	 * A start tag: in SVG or MathML unless it breaks out, else an HTML element, whose raw text
	 * or RCDATA content is read here.
	 *
	 * @param string                                  $s     Input.
	 * @param int                                     $i     Offset after the tag.
	 * @param string                                  $name  Tag name.
	 * @param bool                                    $closes  It closes itself ("/>").
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 * @param string                                  $out   Text so far.
	 * @return int Offset after what was read.
	 */
	private static function start_tag( string $s, int $i, string $name, bool $closes, array &$stack, string &$out ): int {
		if ( ! self::html_content( $stack, $name ) ) {
			if ( in_array( $name, self::BREAKOUT, true ) ) {
				while ( $stack && ! self::html_content( $stack, $name ) ) {
					array_pop( $stack );
				}
			} else {
				$top = end( $stack );
				$ns  = 'svg' === $name ? 'svg' : ( 'math' === $name ? 'math' : $top[1] );
				if ( ! $closes ) {
					$stack[] = array( $name, $ns );
				}
				return $i;
			}
		}
		if ( 'svg' === $name || 'math' === $name ) {
			if ( ! $closes ) {
				$stack[] = array( $name, $name );
			}
			return $i;
		}
		if ( in_array( $name, self::CLOSES_P, true ) ) {
			self::close_p( $stack );
		}
		$hidden = self::hidden( $stack );
		if ( in_array( $name, self::BLOCK, true ) && ! $hidden ) {
			$out .= ' ';
		}
		if ( 'plaintext' === $name ) {
			if ( ! $hidden ) {
				$out .= str_replace( "\0", "\u{FFFD}", substr( $s, $i ) );
			}
			return strlen( $s );
		}
		$rawtext = in_array( $name, self::RAWTEXT, true );
		if ( $rawtext || in_array( $name, self::RCDATA, true ) ) {
			$end = self::end_tag( $s, $i, $name );
			if ( ! $hidden && ! in_array( $name, self::HIDDEN, true ) ) {
				$text = str_replace( "\0", "\u{FFFD}", substr( $s, $i, $end - $i ) );
				$out .= $rawtext ? $text : self::references( $text );
			}
			if ( $end >= strlen( $s ) ) {
				return $end;
			}
			$tag = self::tag( $s, $end + 2 );
			return null === $tag ? strlen( $s ) : $tag[2];
		}
		if ( 'form' === $name ) {
			self::start_form( $stack );
			return $i;
		}
		if ( ! in_array( $name, self::VOID, true ) && ! in_array( $name, array( 'html', 'head', 'body' ), true ) ) {
			$stack[] = array( $name, 'html' );
		}
		return $i;
	}

	/**
	 * <form>: ignored while another form is current; in a table, inserted and closed at once.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 */
	private static function start_form( array &$stack ): void {
		if ( self::$form && ! self::open( $stack, 'template' ) ) {
			return;
		}
		self::$form = true;
		if ( ! self::in_table( $stack ) ) {
			$stack[] = array( 'form', 'html' );
		}
	}

	/**
	 * Whether an HTML element of this name is open.
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 * @param string                                  $name  Name.
	 */
	private static function open( array $stack, string $name ): bool {
		foreach ( $stack as $open ) {
			if ( $open[0] === $name && 'html' === $open[1] ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the parser is in a table's insertion modes (not in one of its cells).
	 *
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 */
	private static function in_table( array $stack ): bool {
		for ( $k = count( $stack ) - 1; $k >= 0; $k-- ) {
			list( $name, $ns ) = $stack[ $k ];
			if ( 'html' === $ns && in_array( $name, array( 'table', 'tbody', 'thead', 'tfoot', 'tr' ), true ) ) {
				return true;
			}
			if ( 'html' === $ns && in_array( $name, array( 'td', 'th', 'caption', 'template' ), true ) ) {
				return false;
			}
		}
		return false;
	}


	/**
	 * An end tag: closes the innermost open element of its name (in SVG and MathML, up to the
	 * first HTML element); `</br>` and `</p>` count as the block they would create.
	 *
	 * @param string                                  $name  Tag name.
	 * @param array<int, array{0: string, 1: string}> $stack Open elements.
	 * @param string                                  $out   Text so far.
	 */
	private static function end_tag_token( string $name, array &$stack, string &$out ): void {
		if ( 'form' === $name && ! self::open( $stack, 'template' ) ) {
			// Closes the current form only, whatever is open inside it; nothing when there is none.
			$current    = self::$form;
			self::$form = false;
			for ( $k = count( $stack ) - 1; $current && $k >= 0; $k-- ) {
				if ( array( 'form', 'html' ) === $stack[ $k ] ) {
					array_splice( $stack, $k, 1 );
					$out .= self::hidden( $stack ) ? '' : ' ';
					return;
				}
			}
			return;
		}
		if ( 'br' === $name || 'p' === $name ) {
			// In SVG or MathML they end the foreign content first.
			while ( $stack && 'html' !== end( $stack )[1] && ! self::html_content( $stack, $name ) ) {
				array_pop( $stack );
			}
		}
		for ( $k = count( $stack ) - 1; $k >= 0; $k-- ) {
			if ( $stack[ $k ][0] === $name ) {
				$closed = $stack[ $k ];
				array_splice( $stack, $k );
				if ( 'html' === $closed[1] && in_array( $name, self::BLOCK, true ) && ! self::hidden( $stack ) ) {
					$out .= ' ';
				}
				return;
			}
		}
		if ( ( 'br' === $name || 'p' === $name ) && ! self::hidden( $stack ) ) {
			$out .= ' ';
		}
	}
}
