<?php
/**
 * A subscribable iCalendar feed of exactly what a block or shortcode shows:
 * GET /wp-json/kiosque/v1/ics?instance=…&group=…&…&s=<signature>, text/calendar.
 *
 * The feed URL is signed: only feeds this site links to are served, so the route cannot be
 * used to make the site query arbitrary instances.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * ICS feed route and writer (RFC 5545).
 */
final class Ics {

	/**
	 * The query parameters that define a feed.
	 */
	private const PARAMS = array( 'instance', 'group', 'tags', 'category', 'type', 'near', 'radius', 'from', 'to', 'search', 'limit' );

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
	}

	/**
	 * The feed parameters of a set of attributes, in a fixed order.
	 *
	 * @param string $instance Instance origin.
	 * @param array  $attrs    Block attributes.
	 * @return array<string, string>
	 */
	private static function params( string $instance, array $attrs ): array {
		$params = array( 'instance' => $instance );
		foreach ( self::PARAMS as $name ) {
			if ( 'instance' !== $name && isset( $attrs[ $name ] ) && '' !== trim( (string) $attrs[ $name ] ) ) {
				$params[ $name ] = trim( (string) $attrs[ $name ] );
			}
		}
		return $params;
	}

	/**
	 * The signed feed URL.
	 *
	 * @param string $instance Instance origin.
	 * @param array  $attrs    Block attributes.
	 */
	public static function feed_url( string $instance, array $attrs ): string {
		$params      = self::params( $instance, $attrs );
		$params['s'] = Proxy::sign( (string) wp_json_encode( $params ) );
		return add_query_arg( array_map( 'rawurlencode', $params ), rest_url( 'kiosque/v1/ics' ) );
	}

	/**
	 * Routes.
	 */
	public static function routes(): void {
		register_rest_route(
			'kiosque/v1',
			'/ics',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'serve' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * Serves a feed.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|void
	 */
	public static function serve( \WP_REST_Request $request ) {
		$given = array();
		foreach ( self::PARAMS as $name ) {
			$value = $request->get_param( $name );
			if ( is_string( $value ) && '' !== $value ) {
				$given[ $name ] = $value;
			}
		}
		$instance = Http::normalize_instance( $given['instance'] ?? '' );
		if ( null === $instance || ! hash_equals( Proxy::sign( (string) wp_json_encode( self::params( $instance, $given ) ) ), (string) $request->get_param( 's' ) ) ) {
			return new \WP_REST_Response( array( 'message' => 'Unknown feed.' ), 404 );
		}
		$q = Query::normalize( $given );
		try {
			$page = Api::events( $instance, $q );
		} catch ( Upstream_Error $error ) {
			return new \WP_REST_Response( array( 'message' => 'The events could not be loaded.' ), 502 );
		}
		$body = self::calendar( $page['events'], get_bloginfo( 'name' ) );
		header( 'Content-Type: text/calendar; charset=utf-8' );
		header( 'Content-Disposition: inline; filename="events.ics"' );
		header( sprintf( 'Cache-Control: public, max-age=%d', Cache::ttl() ) );
		header( 'X-Content-Type-Options: nosniff' );
		echo $body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- text/calendar, escaped by text().
		exit;
	}

	/**
	 * Escapes a TEXT value (RFC 5545 3.3.11).
	 *
	 * @param string $value Text.
	 */
	public static function text( string $value ): string {
		return str_replace( array( '\\', ';', ',', "\r\n", "\n", "\r" ), array( '\\\\', '\\;', '\\,', '\\n', '\\n', '\\n' ), $value );
	}

	/**
	 * Folds a content line at 75 octets without splitting a UTF-8 character.
	 *
	 * @param string $line Line.
	 */
	public static function fold( string $line ): string {
		$out   = '';
		$width = 75;
		while ( strlen( $line ) > $width ) {
			$cut = $width;
			while ( $cut > 0 && ( ord( $line[ $cut ] ) & 0xC0 ) === 0x80 ) {
				--$cut;
			}
			$out  .= substr( $line, 0, $cut ) . "\r\n ";
			$line  = substr( $line, $cut );
			$width = 74;
		}
		return $out . $line . "\r\n";
	}

	/**
	 * A UTC DATE-TIME.
	 *
	 * @param string $iso Instant.
	 */
	private static function stamp( string $iso ): string {
		return gmdate( 'Ymd\THis\Z', intdiv( Normalize::millis( $iso ), 1000 ) );
	}

	/**
	 * A VCALENDAR of events.
	 *
	 * @param array[] $events Events.
	 * @param string  $name   Calendar name.
	 */
	public static function calendar( array $events, string $name ): string {
		$lines = array(
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Kiosque//WordPress ' . KIOSQUE_VERSION . '//EN',
			'CALSCALE:GREGORIAN',
			'METHOD:PUBLISH',
			'X-WR-CALNAME:' . self::text( $name ),
			'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
		);
		$now   = gmdate( 'Ymd\THis\Z' );
		foreach ( $events as $event ) {
			$url      = Normalize::safe_url( $event['url'] ) ?? Normalize::safe_url( $event['instanceUrl'] );
			$host     = (string) wp_parse_url( $event['instance'], PHP_URL_HOST );
			$place    = array_filter( array( $event['address']['venue'] ?? null, $event['address']['street'] ?? null, trim( ( $event['address']['postalCode'] ?? '' ) . ' ' . ( $event['address']['locality'] ?? '' ) ), $event['address']['country'] ?? null ) );
			$lines[]  = 'BEGIN:VEVENT';
			$lines[]  = 'UID:' . self::text( $event['uuid'] . '@' . $host );
			$lines[]  = 'DTSTAMP:' . $now;
			$lines[]  = 'DTSTART:' . self::stamp( $event['beginsOn'] );
			if ( null !== $event['endsOn'] ) {
				$lines[] = 'DTEND:' . self::stamp( $event['endsOn'] );
			}
			$lines[] = 'SUMMARY:' . self::text( $event['title'] );
			$lines[] = 'STATUS:' . $event['status'];
			if ( $place ) {
				$lines[] = 'LOCATION:' . self::text( implode( ', ', array_unique( $place ) ) );
			} elseif ( Query::is_online( $event ) ) {
				$lines[] = 'LOCATION:' . self::text( Normalize::safe_url( $event['onlineUrl'] ) ?? __( 'Online', 'kiosque' ) );
			}
			if ( isset( $event['address']['coordinates'] ) ) {
				$lines[] = sprintf( 'GEO:%F;%F', $event['address']['coordinates']['lat'], $event['address']['coordinates']['lon'] );
			}
			$description = trim( ( $event['excerpt'] ?? '' ) . ( null !== $url ? "\n\n" . $url : '' ) );
			if ( '' !== $description ) {
				$lines[] = 'DESCRIPTION:' . self::text( $description );
			}
			if ( null !== $url ) {
				$lines[] = 'URL:' . $url;
			}
			if ( $event['tags'] ) {
				$lines[] = 'CATEGORIES:' . implode( ',', array_map( array( self::class, 'text' ), $event['tags'] ) );
			}
			$lines[] = 'END:VEVENT';
		}
		$lines[] = 'END:VCALENDAR';
		return implode( '', array_map( array( self::class, 'fold' ), $lines ) );
	}
}
