<?php
/**
 * A subscribable iCalendar feed of exactly what a block or shortcode shows:
 * GET /wp-json/kiosque/v1/ics?instance=…&group=…&…&s=<signature>, text/calendar.
 *
 * The feed URL is signed: only feeds this site links to are served, so the route cannot be
 * used to make the site query arbitrary instances. The signature has a key of its own, apart
 * from the one of the privacy proxy's media URLs, and no expiry: calendar apps keep a
 * subscription for months, and the feed shows only what the site already shows.
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
	 * The signature of a feed's parameters (JSON), with the feed key: an HMAC key derived from
	 * the site's auth salt for the context "kiosque-ics", so that no other signature of the
	 * plugin (the media URLs') is valid for a feed.
	 *
	 * @param string $value Signed value.
	 */
	private static function sign( string $value ): string {
		$key = hash_hmac( 'sha256', 'kiosque-ics', wp_salt( 'auth' ) );
		return substr( hash_hmac( 'sha256', $value, $key ), 0, 32 );
	}

	/**
	 * The signed feed URL.
	 *
	 * @param string $instance Instance origin.
	 * @param array  $attrs    Block attributes.
	 */
	public static function feed_url( string $instance, array $attrs ): string {
		$params      = self::params( $instance, $attrs );
		$params['s'] = self::sign( (string) wp_json_encode( $params ) );
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
		if ( null === $instance || ! hash_equals( self::sign( (string) wp_json_encode( self::params( $instance, $given ) ) ), (string) $request->get_param( 's' ) ) ) {
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
		// Control characters other than tab and line breaks have no place in a TEXT value.
		$value = (string) preg_replace( '/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/', '', $value );
		return str_replace( array( '\\', ';', ',', "\r\n", "\n", "\r" ), array( '\\\\', '\\;', '\\,', '\\n', '\\n', '\\n' ), $value );
	}

	/**
	 * Folds a content line at 75 octets without splitting a UTF-8 character.
	 *
	 * @param string $line Line.
	 */
	public static function fold( string $line ): string {
		$out    = '';
		$width  = 75;
		$length = strlen( $line );
		while ( $length > $width ) {
			$cut = $width;
			while ( $cut > 0 && ( ord( $line[ $cut ] ) & 0xC0 ) === 0x80 ) {
				--$cut;
			}
			$out   .= substr( $line, 0, $cut ) . "\r\n ";
			$line   = substr( $line, $cut );
			$length = strlen( $line );
			$width  = 74;
		}
		return $out . $line . "\r\n";
	}

	/**
	 * The lines of a postal address: venue, street, "postcode locality", region (unless it is
	 * the locality), country; blank and repeated lines left out.
	 *
	 * @param array|null $address Address.
	 * @return string[]
	 */
	public static function address_lines( ?array $address ): array {
		if ( null === $address ) {
			return array();
		}
		$locality = Text::trimmed( Text::trimmed( (string) ( $address['postalCode'] ?? '' ) ) . ' ' . Text::trimmed( (string) ( $address['locality'] ?? '' ) ) );
		$region   = ( $address['region'] ?? null ) === ( $address['locality'] ?? null ) ? null : ( $address['region'] ?? null );
		$lines    = array();
		foreach ( array( $address['venue'] ?? null, $address['street'] ?? null, $locality, $region, $address['country'] ?? null ) as $line ) {
			$line = Text::trimmed( (string) $line );
			if ( '' !== $line && ! in_array( $line, $lines, true ) ) {
				$lines[] = $line;
			}
		}
		return $lines;
	}

	/**
	 * The host of an instance as a URL parser gives it (lower case, with its port unless it is
	 * the scheme's default), for UIDs the same as @kiosque/render's eventUid.
	 *
	 * @param string $instance Instance URL.
	 */
	public static function uid_host( string $instance ): string {
		$parts = wp_parse_url( $instance );
		$host  = strtolower( (string) ( $parts['host'] ?? '' ) );
		if ( '' === $host ) {
			return 'kiosque.invalid';
		}
		$port    = $parts['port'] ?? null;
		$default = array(
			'http'  => 80,
			'https' => 443,
		);
		$scheme  = strtolower( (string) ( $parts['scheme'] ?? '' ) );
		return null !== $port && ( $default[ $scheme ] ?? null ) !== $port ? $host . ':' . $port : $host;
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
			$url     = Fallback::event_link( $event );
			$host    = self::uid_host( (string) $event['instance'] );
			$lines[] = 'BEGIN:VEVENT';
			$lines[] = 'UID:' . self::text( $event['uuid'] . '@' . $host );
			$lines[] = 'DTSTAMP:' . $now;
			$days    = Fallback::hidden_time_days( $event );
			if ( null !== $days ) {
				// Hidden times: whole days, the end date being the day after the last one.
				$lines[] = 'DTSTART;VALUE=DATE:' . str_replace( '-', '', $days['first'] );
				$lines[] = 'DTEND;VALUE=DATE:' . ( new \DateTimeImmutable( $days['last'] . ' +1 day', new \DateTimeZone( 'UTC' ) ) )->format( 'Ymd' );
			} else {
				$lines[] = 'DTSTART:' . self::stamp( $event['beginsOn'] );
				if ( null !== $event['endsOn'] && Normalize::millis( $event['endsOn'] ) >= Normalize::millis( $event['beginsOn'] ) ) {
					$lines[] = 'DTEND:' . self::stamp( $event['endsOn'] );
				}
			}
			$lines[]  = 'SUMMARY:' . self::text( $event['title'] );
			$lines[]  = 'STATUS:' . $event['status'];
			$location = implode( ', ', self::address_lines( $event['address'] ) );
			if ( '' === $location ) {
				$location = Fallback::place_label( $event ) ?? ( Query::is_online( $event ) ? Normalize::safe_url( $event['onlineUrl'] ) : null ) ?? '';
			}
			if ( '' !== $location ) {
				$lines[] = 'LOCATION:' . self::text( $location );
			}
			if ( isset( $event['address']['coordinates'] ) ) {
				$lines[] = sprintf( 'GEO:%.6F;%.6F', $event['address']['coordinates']['lat'], $event['address']['coordinates']['lon'] );
			}
			$organizer = $event['organizer'];
			if ( null !== $organizer && null !== Normalize::safe_url( $organizer['url'] ) ) {
				// A quoted parameter value: no double quote, no control character, no escaping.
				$name    = (string) preg_replace( '/["\x00-\x1F\x7F]/', ' ', (string) ( $organizer['name'] ?? $organizer['handle'] ) );
				$lines[] = 'ORGANIZER;CN="' . $name . '":' . Normalize::safe_url( $organizer['url'] );
			}
			$description = trim( ( $event['excerpt'] ?? '' ) . ( null !== $url ? "\n\n" . $url : '' ) );
			if ( '' !== $description ) {
				$lines[] = 'DESCRIPTION:' . self::text( $description );
			}
			if ( null !== $url ) {
				$lines[] = 'URL:' . $url;
			}
			$categories = array_filter( array_map( array( Text::class, 'trimmed' ), $event['tags'] ?? array() ), 'strlen' );
			if ( $categories ) {
				$lines[] = 'CATEGORIES:' . implode( ',', array_map( array( self::class, 'text' ), $categories ) );
			}
			$lines[] = 'END:VEVENT';
		}
		$lines[] = 'END:VCALENDAR';
		return implode( '', array_map( array( self::class, 'fold' ), $lines ) );
	}
}
