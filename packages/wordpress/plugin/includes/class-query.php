<?php
/**
 * Event queries: validation into one normalized (and so cacheable) form, the operation choice,
 * and the filters applied where the instance cannot filter. Mirrors normalizeQuery(),
 * strategyFor() and filters.ts of @kiosque/client.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Query helpers. A normalized query is an array with the keys of NormalizedQuery.
 */
final class Query {

	public const DEFAULT_LIMIT    = 10;
	public const MAX_LIMIT        = 99;
	public const DEFAULT_RADIUS   = 50;
	private const EARTH_RADIUS_KM = 6371.0088;

	/**
	 * Validates element-style attributes into a normalized query. Invalid values are reported
	 * in $errors (one sentence each, for editors) and left out of the query.
	 *
	 * @param array<string, mixed> $atts   group, limit, page, from, to, tags, category, type,
	 *                                     near ("lat,lon"), radius, search.
	 * @param string[]             $errors Receives one message per invalid value.
	 * @return array<string, mixed>
	 */
	public static function normalize( array $atts, array &$errors = array() ): array {
		$groups = array();
		foreach ( self::split( $atts['group'] ?? '' ) as $group ) {
			$group = ltrim( $group, '@' );
			if ( preg_match( '/^[^@\s\/?#]+(@[^@\s\/?#]+)?$/', $group ) ) {
				$groups[] = $group;
			} else {
				/* translators: %s: what the editor typed as a group handle. */
				$errors[] = sprintf( __( '"%s" is not a group handle: use "name" or "name@instance.example".', 'kiosque' ), $group );
			}
		}
		$groups = array_values( array_unique( $groups ) );
		sort( $groups, SORT_STRING );
		$tags = array_values( array_unique( self::split( $atts['tags'] ?? '' ) ) );
		sort( $tags, SORT_STRING );

		$near      = null;
		$radius    = null;
		$near_text = trim( (string) ( $atts['near'] ?? '' ) );
		if ( '' !== $near_text ) {
			$parts = array_map( 'trim', explode( ',', $near_text ) );
			if ( 2 === count( $parts ) && is_numeric( $parts[0] ) && is_numeric( $parts[1] ) && abs( (float) $parts[0] ) <= 90 && abs( (float) $parts[1] ) <= 180 ) {
				$near = array(
					'lat' => (float) $parts[0],
					'lon' => (float) $parts[1],
				);
			} else {
				$errors[] = __( '"near" must be "latitude,longitude", e.g. "45.76,4.84".', 'kiosque' );
			}
		}
		$radius_text = trim( (string) ( $atts['radius'] ?? '' ) );
		if ( '' !== $radius_text ) {
			if ( is_numeric( $radius_text ) && (float) $radius_text > 0 ) {
				$radius = (float) $radius_text;
			} else {
				$errors[] = __( '"radius" must be a positive number of kilometres.', 'kiosque' );
			}
		}
		$type = trim( (string) ( $atts['type'] ?? '' ) );
		if ( '' !== $type && 'online' !== $type && 'in-person' !== $type ) {
			$errors[] = __( '"type" must be "online" or "in-person".', 'kiosque' );
			$type     = '';
		}
		$search   = trim( (string) ( $atts['search'] ?? '' ) );
		$category = trim( (string) ( $atts['category'] ?? '' ) );
		return array(
			'groups'           => $groups,
			'limit'            => self::int_in( $atts['limit'] ?? null, 'limit', self::DEFAULT_LIMIT, self::MAX_LIMIT, $errors ),
			'page'             => self::int_in( $atts['page'] ?? null, 'page', 1, 10000, $errors ),
			'from'             => self::date( $atts['from'] ?? null, 'from', false, $errors ),
			'to'               => self::date( $atts['to'] ?? null, 'to', true, $errors ),
			'tags'             => $tags,
			'category'         => '' !== $category ? strtoupper( $category ) : null,
			'type'             => '' !== $type ? $type : null,
			'near'             => $near,
			'radius'           => null !== $near ? $radius : null,
			'search'           => '' !== $search ? $search : null,
			'includeCancelled' => ! empty( $atts['includeCancelled'] ),
			'localOnly'        => ! empty( $atts['localOnly'] ),
		);
	}

	/**
	 * Comma-separated list → trimmed non-empty strings.
	 *
	 * @param mixed $value List.
	 * @return string[]
	 */
	public static function split( $value ): array {
		if ( is_array( $value ) ) {
			$value = implode( ',', array_filter( $value, 'is_string' ) );
		}
		return array_values( array_filter( array_map( 'trim', explode( ',', (string) $value ) ), 'strlen' ) );
	}

	/**
	 * An integer in 1..$max, or the fallback.
	 *
	 * @param mixed    $value    Value.
	 * @param string   $name     Attribute name for the message.
	 * @param int      $fallback Default.
	 * @param int      $max      Maximum.
	 * @param string[] $errors   Messages.
	 */
	private static function int_in( $value, string $name, int $fallback, int $max, array &$errors ): int {
		if ( null === $value || '' === $value ) {
			return $fallback;
		}
		if ( ! is_numeric( $value ) || (int) $value != $value || (int) $value < 1 || (int) $value > $max ) { // phpcs:ignore Universal.Operators.StrictComparisons -- "5" equals 5.
			/* translators: 1: attribute name, 2: maximum value. */
			$errors[] = sprintf( __( '"%1$s" must be a whole number from 1 to %2$d.', 'kiosque' ), $name, $max );
			return $fallback;
		}
		return (int) $value;
	}

	/**
	 * A date attribute ("2026-05-03" or an ISO instant) → UTC ISO instant, or null. A bare
	 * date is the start of that day in the site's time zone ($end_of_day: its end).
	 *
	 * @param mixed    $value      Value.
	 * @param string   $name       Attribute name.
	 * @param bool     $end_of_day Whether a bare date means the end of the day.
	 * @param string[] $errors     Messages.
	 */
	private static function date( $value, string $name, bool $end_of_day, array &$errors ): ?string {
		$text = trim( (string) $value );
		if ( '' === $text ) {
			return null;
		}
		$date = null;
		try {
			if ( preg_match( '/^\d{4}-\d{2}-\d{2}$/', $text ) ) {
				$date = new \DateTimeImmutable( $text . ( $end_of_day ? ' 23:59:59' : ' 00:00:00' ), wp_timezone() );
			} elseif ( preg_match( '/^\d{4}-\d{2}-\d{2}T/', $text ) ) {
				$date = new \DateTimeImmutable( $text, wp_timezone() );
			}
		} catch ( \Exception $e ) {
			// DateTimeImmutable throws on a string it cannot read: not a date either.
			$date = null;
		}
		if ( null === $date ) {
			/* translators: %s: attribute name ("from" or "to"). */
			$errors[] = sprintf( __( '"%s" must be a date such as 2026-05-03.', 'kiosque' ), $name );
			return null;
		}
		return $date->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d\TH:i:s.v\Z' );
	}

	/**
	 * Which operation serves a query: "group-events", "search" or "upcoming".
	 *
	 * @param array<string, mixed> $q Normalized query.
	 */
	public static function strategy( array $q ): string {
		if ( $q['groups'] ) {
			return 'group-events';
		}
		if ( $q['search'] || $q['tags'] || $q['category'] || $q['type'] || $q['near'] || $q['from'] || $q['to'] ) {
			return 'search';
		}
		return 'upcoming';
	}

	/**
	 * Great-circle distance in km.
	 *
	 * @param array{lat: float, lon: float} $a Point.
	 * @param array{lat: float, lon: float} $b Point.
	 */
	public static function haversine_km( array $a, array $b ): float {
		$d_lat = deg2rad( $b['lat'] - $a['lat'] );
		$d_lon = deg2rad( $b['lon'] - $a['lon'] );
		$h     = sin( $d_lat / 2 ) ** 2 + cos( deg2rad( $a['lat'] ) ) * cos( deg2rad( $b['lat'] ) ) * sin( $d_lon / 2 ) ** 2;
		return 2 * self::EARTH_RADIUS_KM * asin( min( 1, sqrt( $h ) ) );
	}

	/**
	 * Lower case without accents, for matching a search term.
	 *
	 * @param string $text Text.
	 */
	private static function fold( string $text ): string {
		return mb_strtolower( remove_accents( $text ), 'UTF-8' );
	}

	/**
	 * Every word of the term appears in the title, excerpt, tags, venue or locality.
	 *
	 * @param array  $event Event.
	 * @param string $term  Search term.
	 */
	public static function matches_term( array $event, string $term ): bool {
		$haystack = self::fold(
			implode(
				' ',
				array(
					$event['title'],
					$event['excerpt'] ?? '',
					implode( ' ', $event['tags'] ),
					$event['address']['venue'] ?? '',
					$event['address']['locality'] ?? '',
				)
			)
		);
		foreach ( preg_split( '/\s+/u', self::fold( $term ), -1, PREG_SPLIT_NO_EMPTY ) as $word ) {
			if ( ! str_contains( $haystack, $word ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Online when Mobilizon says so, or (1.x) when there is a link and no address.
	 *
	 * @param array $event Event.
	 */
	public static function is_online( array $event ): bool {
		return $event['isOnline'] || ( null === $event['address'] && null !== $event['onlineUrl'] );
	}

	/**
	 * Whether an event passes a client-side filter (keys of ClientFilter; from/to in ms).
	 *
	 * @param array                $event Event.
	 * @param array<string, mixed> $f     Filter.
	 */
	public static function matches( array $event, array $f ): bool {
		if ( empty( $f['includeCancelled'] ) && 'CANCELLED' === $event['status'] ) {
			return false;
		}
		if ( ! empty( $f['localOnly'] ) && ! $event['local'] ) {
			return false;
		}
		$begins = Normalize::millis( $event['beginsOn'] );
		$ends   = null !== $event['endsOn'] ? Normalize::millis( $event['endsOn'] ) : $begins;
		if ( isset( $f['from'] ) && $ends < $f['from'] ) {
			return false;
		}
		if ( isset( $f['to'] ) && $begins > $f['to'] ) {
			return false;
		}
		if ( ! empty( $f['tags'] ) ) {
			$own = array_map( 'mb_strtolower', $event['tags'] );
			if ( ! array_intersect( array_map( 'mb_strtolower', $f['tags'] ), $own ) ) {
				return false;
			}
		}
		if ( ! empty( $f['category'] ) && ( $event['category']['id'] ?? null ) !== $f['category'] ) {
			return false;
		}
		if ( ( $f['type'] ?? null ) === 'online' && ! self::is_online( $event ) ) {
			return false;
		}
		if ( ( $f['type'] ?? null ) === 'in-person' && self::is_online( $event ) ) {
			return false;
		}
		if ( ! empty( $f['near'] ) ) {
			$at = $event['address']['coordinates'] ?? null;
			if ( ! $at || self::haversine_km( $f['near'], $at ) > ( $f['radius'] ?? self::DEFAULT_RADIUS ) ) {
				return false;
			}
		}
		if ( ! empty( $f['search'] ) && ! self::matches_term( $event, $f['search'] ) ) {
			return false;
		}
		return true;
	}

	/**
	 * Sorts events by start, then title.
	 *
	 * @param array[] $events Events.
	 * @return array[]
	 */
	public static function sort( array $events ): array {
		usort(
			$events,
			static function ( array $a, array $b ): int {
				$by_start = Normalize::millis( $a['beginsOn'] ) <=> Normalize::millis( $b['beginsOn'] );
				return 0 !== $by_start ? $by_start : strcmp( $a['title'], $b['title'] );
			}
		);
		return $events;
	}

	/**
	 * Drops events seen twice (several groups or instances), keeping the first.
	 *
	 * @param array[] $events Events.
	 * @return array[]
	 */
	public static function dedupe( array $events ): array {
		$seen = array();
		$out  = array();
		foreach ( $events as $event ) {
			$key = $event['url'] ?? $event['instance'] . '/' . $event['uuid'];
			if ( isset( $seen[ $key ] ) ) {
				continue;
			}
			$seen[ $key ] = true;
			$out[]        = $event;
		}
		return $out;
	}

	/**
	 * Geohash of a point (what Mobilizon's location arguments take), precision 9.
	 *
	 * @param float $lat       Latitude.
	 * @param float $lon       Longitude.
	 * @param int   $precision Characters.
	 */
	public static function geohash( float $lat, float $lon, int $precision = 9 ): string {
		$base32  = '0123456789bcdefghjkmnpqrstuvwxyz';
		$lat_min = -90.0;
		$lat_max = 90.0;
		$lon_min = -180.0;
		$lon_max = 180.0;
		$hash    = '';
		$length  = 0;
		$bit     = 0;
		$ch      = 0;
		$even    = true;
		while ( $length < $precision ) {
			if ( $even ) {
				$mid = ( $lon_min + $lon_max ) / 2;
				if ( $lon > $mid ) {
					$ch      = ( $ch << 1 ) + 1;
					$lon_min = $mid;
				} else {
					$ch      = $ch << 1;
					$lon_max = $mid;
				}
			} else {
				$mid = ( $lat_min + $lat_max ) / 2;
				if ( $lat > $mid ) {
					$ch      = ( $ch << 1 ) + 1;
					$lat_min = $mid;
				} else {
					$ch      = $ch << 1;
					$lat_max = $mid;
				}
			}
			$even = ! $even;
			if ( 4 === $bit ) {
				$hash .= $base32[ $ch ];
				++$length;
				$bit = 0;
				$ch  = 0;
			} else {
				++$bit;
			}
		}
		return $hash;
	}
}
