<?php
/**
 * The no-JS fallback contract (docs/fallback-contract.md) in PHP: the HTML rendered inside a
 * Kiosque element and the schema.org Event JSON-LD. A port of renderFallback() of
 * the module @kiosque/render/fallback; test/wordpress.test.ts compares both outputs for the
 * same events.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Fallback HTML and JSON-LD.
 */
final class Fallback {

	/**
	 * Escapes text for element content and double-quoted attributes, exactly as the reference
	 * does. Not esc_html(): it leaves existing entities alone, so a title "&amp;" would show
	 * as "&" — remote text is text, every character of it escaped.
	 *
	 * @param string $value Text.
	 */
	public static function escape( string $value ): string {
		return str_replace( '&#039;', '&#39;', htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401, 'UTF-8', true ) );
	}

	/**
	 * JSON that can sit inside a script element: nothing in it can close the element.
	 *
	 * @param mixed $value Value.
	 */
	public static function script_json( $value ): string {
		$json = (string) wp_json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS );
		return str_replace(
			array( '<', '>', '&', "\u{2028}", "\u{2029}" ),
			array( '\u003c', '\u003e', '\u0026', '\u2028', '\u2029' ),
			$json
		);
	}

	/**
	 * The localized texts of the fallback.
	 *
	 * @return array<string, string>
	 */
	private static function texts(): array {
		return array(
			'online'    => __( 'Online', 'kiosque' ),
			'empty'     => __( 'No upcoming events.', 'kiosque' ),
			'error'     => __( 'The events could not be loaded.', 'kiosque' ),
			'CANCELLED' => __( 'Cancelled', 'kiosque' ),
			'TENTATIVE' => __( 'To be confirmed', 'kiosque' ),
		);
	}

	/**
	 * A valid IANA zone, or null.
	 *
	 * @param string|null $zone Zone name.
	 */
	private static function zone( ?string $zone ): ?\DateTimeZone {
		if ( null === $zone || '' === $zone ) {
			return null;
		}
		try {
			return new \DateTimeZone( $zone );
		} catch ( \Exception $e ) {
			return null;
		}
	}

	/**
	 * A date (and time) as the reference formats it: weekday, day, month, year, in the event's
	 * zone. Uses ICU when PHP has intl (the same data browsers use), else WordPress's own
	 * localized date formats.
	 *
	 * @param string             $iso       UTC instant.
	 * @param string             $locale    BCP 47 language.
	 * @param \DateTimeZone|null $zone      Zone of the event (UTC when unknown).
	 * @param bool               $with_time Whether to show the time.
	 */
	public static function format_instant( string $iso, string $locale, ?\DateTimeZone $zone, bool $with_time ): string {
		$zone      = $zone ?? new \DateTimeZone( 'UTC' );
		$timestamp = (int) floor( Normalize::millis( $iso ) / 1000 );
		if ( class_exists( '\IntlDatePatternGenerator' ) && class_exists( '\IntlDateFormatter' ) ) {
			$generator = new \IntlDatePatternGenerator( $locale );
			$pattern   = $generator->getBestPattern( $with_time ? 'EEEdMMMyjmm' : 'EEEdMMMy' );
			if ( false !== $pattern ) {
				$formatter = new \IntlDateFormatter( $locale, \IntlDateFormatter::NONE, \IntlDateFormatter::NONE, $zone->getName(), null, $pattern );
				$text      = $formatter->format( $timestamp );
				if ( is_string( $text ) ) {
					return $text;
				}
			}
		}
		$format = $with_time
			/* translators: PHP date format of an event start with its time (https://www.php.net/manual/datetime.format.php). */
			? _x( 'D j M Y, H:i', 'event date with time', 'kiosque' )
			/* translators: PHP date format of an event date without time (https://www.php.net/manual/datetime.format.php). */
			: _x( 'D j M Y', 'event date', 'kiosque' );
		return (string) wp_date( $format, $timestamp, $zone );
	}

	/**
	 * UTC instant without zero milliseconds: "2026-05-03T08:00:00Z".
	 *
	 * @param string $iso Instant.
	 */
	public static function utc( string $iso ): string {
		$ms = Normalize::millis( $iso );
		$s  = gmdate( 'Y-m-d\TH:i:s', intdiv( $ms, 1000 ) );
		return 0 === $ms % 1000 ? $s . 'Z' : $s . sprintf( '.%03dZ', $ms % 1000 );
	}

	/**
	 * "Venue, Locality", or null.
	 *
	 * @param array $event Event.
	 */
	public static function place_label( array $event ): ?string {
		$parts = array();
		foreach ( array( $event['address']['venue'] ?? null, $event['address']['locality'] ?? null ) as $part ) {
			if ( is_string( $part ) && '' !== trim( $part ) && ! in_array( $part, $parts, true ) ) {
				$parts[] = $part;
			}
		}
		return $parts ? implode( ', ', $parts ) : null;
	}

	/**
	 * Where an event links to: its page on the instance it was read from, else its canonical
	 * page (as @kiosque/render's eventLink); null when neither is a safe http(s) URL.
	 *
	 * @param array $event Event.
	 */
	public static function event_link( array $event ): ?string {
		return Normalize::safe_url( $event['instanceUrl'] ) ?? Normalize::safe_url( $event['url'] );
	}

	/**
	 * One schema.org Event object.
	 *
	 * @param array $event Event.
	 * @return array<string, mixed>
	 */
	public static function json_ld( array $event ): array {
		$url        = self::event_link( $event );
		$online_url = Normalize::safe_url( $event['onlineUrl'] );
		$address    = $event['address'];
		$place      = null;
		if ( null !== $address ) {
			$place = array(
				'@type'   => 'Place',
				'name'    => $address['venue'] ?? self::place_label( $event ),
				'address' => array(
					'@type'           => 'PostalAddress',
					'streetAddress'   => $address['street'],
					'addressLocality' => $address['locality'],
					'postalCode'      => $address['postalCode'],
					'addressRegion'   => $address['region'],
					'addressCountry'  => $address['country'],
				),
				'geo'     => null !== $address['coordinates'] ? array(
					'@type'     => 'GeoCoordinates',
					'latitude'  => $address['coordinates']['lat'],
					'longitude' => $address['coordinates']['lon'],
				) : null,
			);
		}
		$online = Query::is_online( $event );
		// Online without a known address: its page is where participants get the link.
		$virtual_url = $online_url ?? ( $online && null === $place ? $url : null );
		$virtual     = null !== $virtual_url ? array(
			'@type' => 'VirtualLocation',
			'url'   => $virtual_url,
		) : null;
		if ( $place && $virtual ) {
			$mode     = 'Mixed';
			$location = array( $place, $virtual );
		} else {
			$mode     = ( $virtual || ( $online && ! $place ) ) ? 'Online' : 'Offline';
			$location = $place ?? $virtual;
		}
		$organizer = $event['organizer'];
		$capacity  = $event['capacity'];
		$days      = self::hidden_time_days( $event );
		if ( null !== $days ) {
			$start = $days['first'];
			$end   = null !== $event['endsOn'] ? $days['last'] : null;
		} else {
			$start = self::utc( $event['beginsOn'] );
			$end   = null !== $event['endsOn'] ? self::utc( $event['endsOn'] ) : null;
		}
		return self::prune(
			array(
				'@context'                  => 'https://schema.org',
				'@type'                     => 'Event',
				'name'                      => $event['title'],
				'startDate'                 => $start,
				'endDate'                   => $end,
				'eventStatus'               => 'CANCELLED' === $event['status'] ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
				'eventAttendanceMode'       => "https://schema.org/{$mode}EventAttendanceMode",
				'location'                  => $location,
				'image'                     => Normalize::safe_url( $event['picture']['url'] ?? null ),
				'description'               => $event['excerpt'],
				'url'                       => $url,
				'inLanguage'                => null !== $event['language'] && 'und' !== $event['language'] ? $event['language'] : null,
				'organizer'                 => null !== $organizer ? array(
					'@type' => $organizer['isGroup'] ? 'Organization' : 'Person',
					'name'  => $organizer['name'] ?? $organizer['handle'],
					'url'   => Normalize::safe_url( $organizer['url'] ),
				) : null,
				'maximumAttendeeCapacity'   => ! $capacity['hideCount'] ? $capacity['maximum'] : null,
				'remainingAttendeeCapacity' => ! $capacity['hideCount'] ? $capacity['remaining'] : null,
			)
		);
	}

	/**
	 * The days of an event whose organizer hid its times, in its zone (UTC when unknown), as
	 * YYYY-MM-DD; null when the times are shown.
	 *
	 * @param array $event Event.
	 * @return array{first: string, last: string}|null
	 */
	public static function hidden_time_days( array $event ): ?array {
		if ( $event['showStartTime'] ) {
			return null;
		}
		$zone  = self::zone( $event['timezone'] ) ?? new \DateTimeZone( 'UTC' );
		$day   = static fn( string $iso ): string => ( new \DateTimeImmutable( '@' . intdiv( Normalize::millis( $iso ), 1000 ) ) )->setTimezone( $zone )->format( 'Y-m-d' );
		$first = $day( $event['beginsOn'] );
		$last  = null !== $event['endsOn'] ? $day( $event['endsOn'] ) : $first;
		return array(
			'first' => $first,
			'last'  => $last < $first ? $first : $last,
		);
	}

	/**
	 * Drops null values, and objects left with nothing but their @type, recursively.
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private static function prune( $value ) {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		$list = array_is_list( $value );
		$out  = array();
		foreach ( $value as $key => $item ) {
			if ( null === $item ) {
				continue;
			}
			$item = self::prune( $item );
			if ( is_array( $item ) && ( array() === $item || ( ! array_is_list( $item ) && array() === array_diff( array_keys( $item ), array( '@type' ) ) ) ) ) {
				continue;
			}
			$out[ $key ] = $item;
		}
		return $list ? array_values( $out ) : $out;
	}

	/**
	 * One event as an h-event list item.
	 *
	 * @param array  $event  Event.
	 * @param string $locale Language.
	 * @param array  $text   Localized texts.
	 */
	private static function render_event( array $event, string $locale, array $text ): string {
		$zone  = self::zone( $event['timezone'] );
		$href  = self::event_link( $event );
		$title = self::escape( $event['title'] );
		$name  = null !== $href
			? '<a class="p-name u-url" href="' . self::escape( $href ) . '">' . $title . '</a>'
			: '<span class="p-name">' . $title . '</span>';
		$start = '<time class="dt-start" datetime="' . self::utc( $event['beginsOn'] ) . '">' . self::escape( self::format_instant( $event['beginsOn'], $locale, $zone, $event['showStartTime'] ) ) . '</time>';
		$end   = null !== $event['endsOn'] && $event['showEndTime']
			? ' – <time class="dt-end" datetime="' . self::utc( $event['endsOn'] ) . '">' . self::escape( self::format_instant( $event['endsOn'], $locale, $zone, $event['showStartTime'] ) ) . '</time>'
			: '';
		$place = self::place_label( $event ) ?? ( Query::is_online( $event ) ? $text['online'] : null );
		$where = null !== $place ? ' <span class="p-location">' . self::escape( $place ) . '</span>' : '';
		$badge = 'CANCELLED' === $event['status'] || 'TENTATIVE' === $event['status']
			? ' <span class="kiosque-fallback-status" data-status="' . $event['status'] . '">' . self::escape( $text[ $event['status'] ] ) . '</span>'
			: '';
		return '<li class="h-event kiosque-fallback-event" data-uuid="' . self::escape( $event['uuid'] ) . '">' . $name . ' ' . $start . $end . $where . $badge . '</li>';
	}

	/**
	 * The whole fallback for a list of events.
	 *
	 * @param array[]              $events  Events (KiosqueEvent arrays).
	 * @param array<string, mixed> $options locale, withoutJsonLd, withoutData, fetchedAt, error.
	 */
	public static function render( array $events, array $options = array() ): string {
		$locale = (string) ( $options['locale'] ?? 'en' );
		$text   = self::texts();
		$sorted = $events;
		usort( $sorted, static fn( $a, $b ) => Normalize::millis( $a['beginsOn'] ) <=> Normalize::millis( $b['beginsOn'] ) );
		if ( ! empty( $options['error'] ) ) {
			$visible = '<p class="kiosque-fallback-error">' . self::escape( $text['error'] ) . '</p>';
		} elseif ( ! $sorted ) {
			$visible = '<p class="kiosque-fallback-empty">' . self::escape( $text['empty'] ) . '</p>';
		} else {
			$visible = '<ul class="kiosque-fallback-list">' . implode( '', array_map( static fn( $e ) => self::render_event( $e, $locale, $text ), $sorted ) ) . '</ul>';
		}
		$html = '<div class="kiosque-fallback" data-kiosque-fallback="1">' . $visible . '</div>';
		if ( empty( $options['withoutJsonLd'] ) && $sorted ) {
			$html .= '<script type="application/ld+json">' . self::script_json( array_map( array( self::class, 'json_ld' ), $sorted ) ) . '</script>';
		}
		if ( empty( $options['withoutData'] ) && empty( $options['error'] ) ) {
			$html .= '<script type="application/json" data-kiosque-data="1">' . self::script_json(
				array(
					'fetchedAt' => (int) ( $options['fetchedAt'] ?? Cache::now_ms() ),
					'events'    => $sorted,
				)
			) . '</script>';
		}
		return $html;
	}
}
