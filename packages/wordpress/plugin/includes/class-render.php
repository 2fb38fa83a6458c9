<?php
/**
 * Renders a Kiosque element for a block, a shortcode or the widget: the custom element with
 * its attributes, and inside it the no-JS fallback and JSON-LD fetched on the server.
 *
 * The attributes of each kind are those of its block.json (the single source of truth):
 * shortcodes take the same names, in the element's kebab-case.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Element rendering.
 */
final class Render {

	public const KINDS = array( 'events', 'calendar', 'map', 'event', 'rsvp' );

	/**
	 * How many events the map and calendar fallbacks list at most: what the elements and the
	 * other hosts load (one request, under Mobilizon's limit of 100).
	 */
	private const WIDE_LIMIT = 99;

	/**
	 * Attributes earlier versions of a block called otherwise (saved in posts and shortcodes),
	 * by kind: old block name => the element contract's.
	 */
	private const RENAMED = array(
		'event' => array( 'withoutImages' => 'withoutImage' ),
	);

	/**
	 * Decoded block.json attributes by kind.
	 *
	 * @var array<string, array<string, array>>
	 */
	private static array $definitions = array();

	/**
	 * The attribute definitions of a kind, from its block.json.
	 *
	 * @param string $kind One of KINDS.
	 * @return array<string, array<string, mixed>>
	 */
	public static function definitions( string $kind ): array {
		if ( ! isset( self::$definitions[ $kind ] ) ) {
			$metadata                   = wp_json_file_decode( KIOSQUE_DIR . "build/blocks/{$kind}/block.json", array( 'associative' => true ) );
			self::$definitions[ $kind ] = is_array( $metadata ) && isset( $metadata['attributes'] ) ? $metadata['attributes'] : array();
		}
		return self::$definitions[ $kind ];
	}

	/**
	 * "withoutImages" → "without-images".
	 *
	 * @param string $name camelCase name.
	 */
	public static function kebab( string $name ): string {
		return strtolower( (string) preg_replace( '/([a-z0-9])([A-Z])/', '$1-$2', $name ) );
	}

	/**
	 * Shortcode attributes → block attributes. Accepts the element's names (`without-images`),
	 * snake case (`without_images`), and bare flags (`[kiosque_events without-images]`).
	 *
	 * @param string       $kind One of KINDS.
	 * @param array|string $atts Shortcode attributes.
	 * @return array<string, mixed>
	 */
	public static function from_shortcode( string $kind, $atts ): array {
		$atts  = is_array( $atts ) ? $atts : array();
		$given = array();
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) ) {
				$given[ strtolower( str_replace( '_', '-', (string) $value ) ) ] = true;
			} else {
				$given[ strtolower( str_replace( '_', '-', $key ) ) ] = $value;
			}
		}
		foreach ( self::RENAMED[ $kind ] ?? array() as $old => $new ) {
			if ( array_key_exists( self::kebab( $old ), $given ) && ! array_key_exists( self::kebab( $new ), $given ) ) {
				$given[ self::kebab( $new ) ] = $given[ self::kebab( $old ) ];
			}
		}
		$out = array();
		foreach ( self::definitions( $kind ) as $name => $definition ) {
			$key = self::kebab( $name );
			if ( ! array_key_exists( $key, $given ) ) {
				continue;
			}
			$value = $given[ $key ];
			switch ( $definition['type'] ?? 'string' ) {
				case 'boolean':
					$out[ $name ] = true === $value || in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
					break;
				case 'number':
					if ( is_numeric( $value ) ) {
						$out[ $name ] = 0 + $value;
					}
					break;
				default:
					$out[ $name ] = sanitize_text_field( (string) $value );
			}
		}
		return $out;
	}

	/**
	 * Attributes with the block.json defaults filled in, each of its declared type (block
	 * comments are editable by hand: a wrong type falls back to the default).
	 *
	 * @param string $kind  One of KINDS.
	 * @param array  $attrs Given attributes.
	 * @return array<string, mixed>
	 */
	private static function with_defaults( string $kind, array $attrs ): array {
		$definitions = self::definitions( $kind );
		foreach ( self::RENAMED[ $kind ] ?? array() as $old => $new ) {
			// WordPress fills in the declared default of the new name before rendering a block.
			$default = $definitions[ $new ]['default'] ?? null;
			if ( array_key_exists( $old, $attrs ) && ( $attrs[ $new ] ?? $default ) === $default ) {
				$attrs[ $new ] = $attrs[ $old ];
			}
		}
		$out = array();
		foreach ( $definitions as $name => $definition ) {
			$default = $definition['default'] ?? null;
			$value   = $attrs[ $name ] ?? $default;
			switch ( $definition['type'] ?? 'string' ) {
				case 'boolean':
					$value = is_bool( $value ) ? $value : (bool) $default;
					break;
				case 'number':
					$value = is_int( $value ) || is_float( $value ) ? $value : $default;
					break;
				default:
					$value = is_string( $value ) ? sanitize_text_field( $value ) : $default;
			}
			if ( isset( $definition['enum'] ) && ! in_array( $value, $definition['enum'], true ) ) {
				$value = $default;
			}
			$out[ $name ] = $value;
		}
		return $out;
	}

	/**
	 * The language given to the elements: the attribute, else the site's locale.
	 *
	 * @param string $lang Attribute value.
	 */
	public static function lang( string $lang ): string {
		$lang = trim( $lang );
		if ( '' !== $lang && preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $lang ) ) {
			return $lang;
		}
		return str_replace( '_', '-', determine_locale() );
	}

	/**
	 * The first and last instant of the current month in the site's time zone (calendar).
	 *
	 * @return array{0: string, 1: string} Dates for Query::normalize().
	 */
	private static function current_month(): array {
		$now = new \DateTimeImmutable( 'now', wp_timezone() );
		return array( $now->format( 'Y-m-01' ), $now->format( 'Y-m-t' ) );
	}

	/**
	 * The HTML of an element with its fallback.
	 *
	 * @param string $kind  One of KINDS.
	 * @param array  $given Block attributes (camelCase).
	 */
	public static function element( string $kind, array $given ): string {
		if ( ! in_array( $kind, self::KINDS, true ) ) {
			return '';
		}
		Assets::enqueue();
		$attrs    = self::with_defaults( $kind, $given );
		$lang     = self::lang( (string) ( $attrs['lang'] ?? '' ) );
		$instance = Http::normalize_instance( '' !== ( $attrs['instance'] ?? '' ) ? $attrs['instance'] : Settings::get( 'instance' ) );
		$problems = array();
		$tag      = 'kiosque-' . $kind;

		if ( null === $instance ) {
			$problems[] = '' === ( $attrs['instance'] ?? '' ) && '' === Settings::get( 'instance' )
				? __( 'No Mobilizon instance is set: choose one in Settings → Kiosque or in the block.', 'kiosque' )
				/* translators: %s: the instance URL that was given. */
				: sprintf( __( '"%s" is not the address of a Mobilizon instance.', 'kiosque' ), (string) $attrs['instance'] );
			return self::notice( $problems ) . '<' . $tag . ' lang="' . esc_attr( $lang ) . '">' . Fallback::render( array(), array( 'error' => true ) ) . '</' . $tag . '>';
		}
		if ( in_array( $kind, array( 'events', 'calendar', 'map' ), true ) && '' === ( $attrs['group'] ?? '' ) ) {
			$attrs['group'] = (string) Settings::get( 'group' );
		}
		if ( 'map' === $kind ) {
			$attrs['tiles']       = '' !== $attrs['tiles'] ? $attrs['tiles'] : (string) Settings::get( 'map_tiles' );
			$attrs['attribution'] = '' !== $attrs['attribution'] ? $attrs['attribution'] : (string) Settings::get( 'map_attribution' );
			$attrs['consent']     = $attrs['consent'] || Settings::get( 'map_consent' );
		}

		$inner = self::fallback( $kind, $instance, $attrs, $lang, $problems );
		$html  = '<' . $tag . self::attributes_html( $kind, $instance, $attrs, $lang ) . '>' . $inner . '</' . $tag . '>';
		if ( in_array( $kind, array( 'events', 'calendar', 'map' ), true ) ) {
			// A calendar or a map shows every coming event of its source: so does its feed.
			$html .= self::subscribe_link( $instance, 'events' === $kind ? $attrs : array( 'limit' => self::WIDE_LIMIT ) + $attrs );
		}
		return self::notice( $problems ) . $html;
	}

	/**
	 * The fallback HTML for a kind, fetched through the cache.
	 *
	 * @param string   $kind     Kind.
	 * @param string   $instance Instance origin.
	 * @param array    $attrs    Attributes.
	 * @param string   $lang     Language.
	 * @param string[] $problems Receives messages for editors.
	 */
	private static function fallback( string $kind, string $instance, array $attrs, string $lang, array &$problems ): string {
		$options = array(
			'locale'        => $lang,
			'withoutJsonLd' => ! empty( $attrs['withoutJsonLd'] ) || 'rsvp' === $kind,
			// Only the list and the event paint from embedded data; the others would carry its weight.
			'withoutData'   => ! in_array( $kind, array( 'events', 'event' ), true ),
		);
		try {
			if ( 'event' === $kind || 'rsvp' === $kind ) {
				if ( '' === trim( (string) $attrs['uuid'] ) ) {
					$problems[] = __( 'Choose the event: paste its address or UUID into the block.', 'kiosque' );
					return Fallback::render( array(), array( 'error' => true ) );
				}
				$result = Api::event( $instance, self::uuid_of( (string) $attrs['uuid'] ) );
				return Fallback::render( array( Proxy::rewrite_event( $result['event'] ) ), $options + array( 'fetchedAt' => $result['fetchedAt'] ) );
			}
			$query_attrs = $attrs;
			if ( 'events' !== $kind ) {
				$query_attrs['limit'] = self::WIDE_LIMIT;
			}
			if ( 'calendar' === $kind && '' === $attrs['from'] && '' === $attrs['to'] ) {
				list( $query_attrs['from'], $query_attrs['to'] ) = self::current_month();
			}
			$q = Query::normalize( $query_attrs, $problems );
			if ( 'map' === $kind && null !== $q['near'] && null === $q['radius'] ) {
				$q['radius'] = (float) Query::DEFAULT_RADIUS;
			}
			$page = Api::events( $instance, $q );
			foreach ( $page['errors'] as $message ) {
				$problems[] = $message;
			}
			return Fallback::render( array_map( array( Proxy::class, 'rewrite_event' ), $page['events'] ), $options + array( 'fetchedAt' => $page['fetchedAt'] ) );
		} catch ( Upstream_Error $error ) {
			// Why a host cannot be reached (private, unknown, silent) is for administrators: to
			// others, the preview of a block would be a way to probe the site's network.
			$problems[] = current_user_can( 'manage_options' ) || ! in_array( $error->kind, array( 'refused', 'network', 'timeout' ), true )
				? $error->getMessage()
				: __( 'The instance could not be reached. An administrator can test it in Settings → Kiosque.', 'kiosque' );
			return Fallback::render( array(), array( 'error' => true ) );
		}
	}

	/**
	 * A UUID from a UUID or an event address (".../events/<uuid>").
	 *
	 * @param string $value UUID or URL.
	 */
	public static function uuid_of( string $value ): string {
		if ( preg_match( '/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i', $value, $m ) ) {
			return strtolower( $m[1] );
		}
		return trim( $value );
	}

	/**
	 * The element's attributes as HTML.
	 *
	 * @param string $kind     Kind.
	 * @param string $instance Instance origin.
	 * @param array  $attrs    Attributes.
	 * @param string $lang     Language.
	 */
	private static function attributes_html( string $kind, string $instance, array $attrs, string $lang ): string {
		$out = array(
			'instance' => $instance,
			'lang'     => $lang,
		);
		if ( Settings::get( 'privacy_mode' ) && Proxy::serves( $instance ) ) {
			$out['endpoint'] = Proxy::endpoint( $instance );
		}
		foreach ( $attrs as $name => $value ) {
			if ( 'instance' === $name || 'lang' === $name ) {
				continue;
			}
			if ( 'uuid' === $name ) {
				$value = self::uuid_of( (string) $value );
			}
			$key = self::kebab( $name );
			if ( true === $value ) {
				$out[ $key ] = true;
			} elseif ( is_int( $value ) || is_float( $value ) ) {
				$out[ $key ] = (string) $value;
			} elseif ( is_string( $value ) && '' !== trim( $value ) ) {
				$out[ $key ] = trim( $value );
			}
		}
		if ( 'events' === $kind && 'list' === ( $out['layout'] ?? '' ) ) {
			unset( $out['layout'] );
		}
		$html = '';
		foreach ( $out as $key => $value ) {
			$html .= true === $value ? ' ' . esc_attr( $key ) : ' ' . esc_attr( $key ) . '="' . esc_attr( $value ) . '"';
		}
		return $html;
	}

	/**
	 * "Subscribe" link to the ICS feed of exactly these events.
	 *
	 * @param string $instance Instance origin.
	 * @param array  $attrs    Attributes.
	 */
	private static function subscribe_link( string $instance, array $attrs ): string {
		$url = Ics::feed_url( $instance, $attrs );
		return '<p class="kiosque-subscribe"><a href="' . esc_url( preg_replace( '#^https?://#', 'webcal://', $url ), array( 'webcal' ) ) . '" rel="nofollow">' . esc_html__( 'Subscribe to these events (iCalendar)', 'kiosque' ) . '</a></p>';
	}

	/**
	 * Error details, for people who can edit posts only; visitors see the quiet fallback.
	 *
	 * @param string[] $problems Messages.
	 */
	private static function notice( array $problems ): string {
		if ( ! $problems || ! current_user_can( 'edit_posts' ) ) {
			return '';
		}
		$items = '';
		foreach ( array_unique( $problems ) as $problem ) {
			// esc_html() keeps entities: Upstream_Error's messages, escaped already, read the same.
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		return '<div class="kiosque-notice" role="note"><p>' . esc_html__( 'Kiosque (shown to editors only):', 'kiosque' ) . '</p><ul>' . $items . '</ul></div>';
	}

	/**
	 * Render callback of the dynamic blocks.
	 *
	 * @param array     $attributes Block attributes.
	 * @param string    $content    Inner content (none).
	 * @param \WP_Block $block      Block.
	 */
	public static function block( array $attributes, string $content, \WP_Block $block ): string {
		unset( $content );
		$kind = substr( $block->name, strlen( 'kiosque/' ) );
		return '<div ' . get_block_wrapper_attributes() . '>' . self::element( $kind, $attributes ) . '</div>';
	}
}
