<?php
/**
 * Raw Mobilizon JSON → the Kiosque event model (KiosqueEvent of @kiosque/client), in PHP.
 *
 * A port of packages/client/src/normalize.ts: the embedded data the elements paint from must
 * have exactly the client's shape, so test/normalize.test.ts compares both on the dev
 * instance's answers. Every value is checked; a missing or wrong-typed field becomes null.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Normalization helpers. Events are associative arrays with the KiosqueEvent keys, in order.
 */
final class Normalize {

	public const EVENT_STATUSES    = array( 'CONFIRMED', 'TENTATIVE', 'CANCELLED' );
	public const JOIN_MODES        = array( 'free', 'restricted', 'invite', 'external' );
	public const PARTICIPANT_ROLES = array( 'NOT_CONFIRMED', 'NOT_APPROVED', 'PARTICIPANT', 'REJECTED', 'MODERATOR', 'ADMINISTRATOR', 'CREATOR' );

	/**
	 * Whether a value is a JSON object (an associative array, or an empty array).
	 *
	 * @param mixed $v Value.
	 */
	public static function is_record( $v ): bool {
		return is_array( $v ) && ( array() === $v || ! array_is_list( $v ) );
	}

	/**
	 * The value when it is a JSON object, else null.
	 *
	 * @param mixed $v Value.
	 */
	private static function rec( $v ): ?array {
		return self::is_record( $v ) ? $v : null;
	}

	/**
	 * A non-empty string, else null.
	 *
	 * @param mixed $v Value.
	 */
	public static function str( $v ): ?string {
		return is_string( $v ) && '' !== $v ? $v : null;
	}

	/**
	 * A text of the instance, cleaned (Text::clean); null when it is not a string or nothing is
	 * left of it.
	 *
	 * @param mixed $v Value.
	 */
	private static function text( $v ): ?string {
		$value = self::str( $v );
		return null === $value ? null : self::str( Text::clean( $value ) );
	}

	/**
	 * A finite number, else null.
	 *
	 * @param mixed $v Value.
	 * @return int|float|null
	 */
	private static function num( $v ) {
		return ( is_int( $v ) || ( is_float( $v ) && is_finite( $v ) ) ) ? $v : null;
	}

	/**
	 * A boolean, else null.
	 *
	 * @param mixed $v Value.
	 */
	private static function bool( $v ): ?bool {
		return is_bool( $v ) ? $v : null;
	}

	/**
	 * An ID scalar (string, sometimes a number) as a string.
	 *
	 * @param mixed $v Value.
	 */
	private static function id( $v ): ?string {
		if ( is_string( $v ) && '' !== $v ) {
			return $v;
		}
		if ( is_int( $v ) || ( is_float( $v ) && is_finite( $v ) ) ) {
			return (string) $v;
		}
		return null;
	}

	/**
	 * The URL when it is an absolute http(s) URL, else null. Use before any href or src.
	 *
	 * @param mixed $u URL.
	 */
	public static function safe_url( $u ): ?string {
		if ( ! is_string( $u ) || '' === trim( $u ) ) {
			return null;
		}
		$u     = trim( $u );
		$parts = wp_parse_url( $u );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return null;
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return null;
		}
		if ( preg_match( '/[\s<>"\'`\\\\]/', $u ) ) {
			return null;
		}
		// A bare origin gets the trailing slash a WHATWG URL serializer adds.
		if ( ! isset( $parts['path'] ) && ! isset( $parts['query'] ) && ! isset( $parts['fragment'] ) ) {
			$u .= '/';
		}
		return $u;
	}

	/**
	 * Mobilizon's Point scalar "lon;lat" (longitude first) → ['lat' => …, 'lon' => …] or null.
	 *
	 * @param mixed $geom Point.
	 */
	public static function parse_geom( $geom ): ?array {
		if ( ! is_string( $geom ) ) {
			return null;
		}
		$parts = explode( ';', $geom );
		if ( 2 !== count( $parts ) ) {
			return null;
		}
		$lon_text = trim( $parts[0] );
		$lat_text = trim( $parts[1] );
		$numeric  = '/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i';
		if ( ! preg_match( $numeric, $lon_text ) || ! preg_match( $numeric, $lat_text ) ) {
			return null;
		}
		$lon = (float) $lon_text;
		$lat = (float) $lat_text;
		if ( ! is_finite( $lat ) || ! is_finite( $lon ) || abs( $lat ) > 90 || abs( $lon ) > 180 ) {
			return null;
		}
		return array(
			'lat' => $lat,
			'lon' => $lon,
		);
	}

	/**
	 * An ISO-8601 instant → UTC "Y-m-d\TH:i:s.v\Z"; null when it is not a valid date.
	 *
	 * @param mixed $v Date string.
	 */
	public static function iso_date( $v ): ?string {
		if ( ! is_string( $v ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}T/', $v ) ) {
			return null;
		}
		try {
			$date = new \DateTimeImmutable( $v, new \DateTimeZone( 'UTC' ) );
		} catch ( \Exception $e ) {
			return null;
		}
		return $date->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d\TH:i:s.v\Z' );
	}

	/**
	 * Epoch milliseconds of an ISO instant (0 when invalid).
	 *
	 * @param string|null $iso ISO instant.
	 */
	public static function millis( ?string $iso ): int {
		if ( null === $iso ) {
			return 0;
		}
		try {
			$date = new \DateTimeImmutable( $iso, new \DateTimeZone( 'UTC' ) );
		} catch ( \Exception $e ) {
			return 0;
		}
		return (int) $date->format( 'Uv' );
	}

	/**
	 * Character references decoded as in HTML text (Text::decode_entities).
	 *
	 * @param string $text Text.
	 */
	public static function decode_entities( string $text ): string {
		return Text::decode_entities( $text );
	}

	/**
	 * HTML → plain text by the text rule of @kiosque/render (Text::html_to_text; never a
	 * sanitizer).
	 *
	 * @param string $html HTML.
	 */
	public static function html_to_text( string $html ): string {
		return Text::html_to_text( $html );
	}

	/**
	 * At most $max characters, cut on a word boundary, with an ellipsis when cut.
	 *
	 * @param string $text Text.
	 * @param int    $max  Maximum length in characters.
	 */
	public static function truncate_text( string $text, int $max = 280 ): string {
		if ( mb_strlen( $text, 'UTF-8' ) <= $max ) {
			return $text;
		}
		$head       = mb_substr( $text, 0, $max - 1, 'UTF-8' );
		$last_space = mb_strrpos( $head, ' ', 0, 'UTF-8' );
		$cut        = ( false !== $last_space && $last_space > $max * 0.5 ) ? mb_substr( $head, 0, $last_space, 'UTF-8' ) : $head;
		return preg_replace( '/[\s.,;:!?-]+$/u', '', $cut ) . '…';
	}

	/**
	 * Plain-text excerpt of an HTML description, or null.
	 *
	 * @param string|null $description HTML.
	 */
	public static function excerpt( ?string $description ): ?string {
		if ( null === $description ) {
			return null;
		}
		$text = self::html_to_text( $description );
		return '' !== $text ? self::truncate_text( $text, 280 ) : null;
	}

	/**
	 * Organizer of an event.
	 *
	 * @param mixed $actor    Raw actor.
	 * @param bool  $is_group Whether it is a group.
	 */
	private static function organizer( $actor, bool $is_group ): ?array {
		$a        = self::rec( $actor );
		$username = $a ? self::text( $a['preferredUsername'] ?? null ) : null;
		if ( ! $a || null === $username ) {
			return null;
		}
		$domain = self::text( $a['domain'] ?? null );
		return array(
			'name'      => self::text( $a['name'] ?? null ),
			'handle'    => $domain ? "{$username}@{$domain}" : $username,
			'url'       => self::str( $a['url'] ?? null ),
			'avatarUrl' => self::str( self::rec( $a['avatar'] ?? null )['url'] ?? null ),
			'isGroup'   => $is_group,
		);
	}

	/**
	 * Address of an event, or null when every field is empty.
	 *
	 * @param mixed $raw Raw physicalAddress.
	 */
	private static function address( $raw ): ?array {
		$a = self::rec( $raw );
		if ( ! $a ) {
			return null;
		}
		$address = array(
			'venue'       => self::text( $a['description'] ?? null ),
			'street'      => self::text( $a['street'] ?? null ),
			'locality'    => self::text( $a['locality'] ?? null ),
			'postalCode'  => self::text( $a['postalCode'] ?? null ),
			'region'      => self::text( $a['region'] ?? null ),
			'country'     => self::text( $a['country'] ?? null ),
			'coordinates' => self::parse_geom( $a['geom'] ?? null ),
			'timezone'    => self::text( $a['timezone'] ?? null ),
		);
		foreach ( $address as $value ) {
			if ( null !== $value ) {
				return $address;
			}
		}
		return null;
	}

	/**
	 * Picture of an event.
	 *
	 * @param mixed $raw Raw picture.
	 */
	private static function picture( $raw ): ?array {
		$p   = self::rec( $raw );
		$url = $p ? self::str( $p['url'] ?? null ) : null;
		if ( ! $p || null === $url ) {
			return null;
		}
		$meta = self::rec( $p['metadata'] ?? null );
		return array(
			'url'      => $url,
			'alt'      => self::text( $p['alt'] ?? null ),
			'width'    => self::num( $meta['width'] ?? null ),
			'height'   => self::num( $meta['height'] ?? null ),
			'blurhash' => self::str( $meta['blurhash'] ?? null ),
		);
	}

	/**
	 * "true"/"false" metadata → bool or null.
	 *
	 * @param string|null $v Value.
	 */
	private static function metadata_bool( ?string $v ): ?bool {
		return 'true' === $v ? true : ( 'false' === $v ? false : null );
	}

	/**
	 * Accessibility metadata, keys as in Mobilizon's src/services/EventMetadata.ts.
	 *
	 * @param mixed $raw Raw metadata list.
	 */
	private static function accessibility( $raw ): array {
		$values = array();
		if ( is_array( $raw ) && array_is_list( $raw ) ) {
			foreach ( $raw as $item ) {
				$m     = self::rec( $item );
				$key   = self::str( $m['key'] ?? null );
				$value = isset( $m['value'] ) && is_string( $m['value'] ) ? $m['value'] : null;
				if ( null !== $key && null !== $value ) {
					$values[ $key ] = $value;
				}
			}
		}
		$wheelchair = $values['mz:accessibility:wheelchairAccessible'] ?? null;
		return array(
			'wheelchair'    => in_array( $wheelchair, array( 'fully', 'partially', 'no' ), true ) ? $wheelchair : null,
			'liveSubtitles' => self::metadata_bool( $values['mz:accessibility:live:subtitle'] ?? null ),
			'signLanguage'  => self::metadata_bool( $values['mz:accessibility:live:sign_language'] ?? null ),
			'smokeFree'     => self::metadata_bool( $values['mz:accessibility:smokeFree'] ?? $values['mz:accessibility:smoke_free'] ?? null ),
		);
	}

	/**
	 * One raw event → KiosqueEvent array, or null when uuid, title or beginsOn is missing.
	 *
	 * @param mixed                $raw        Raw event.
	 * @param string               $instance   Normalized instance origin.
	 * @param array<string,string> $categories Category labels by id.
	 */
	public static function event( $raw, string $instance, array $categories = array() ): ?array {
		$e = self::rec( $raw );
		if ( ! $e ) {
			return null;
		}
		$uuid      = self::str( $e['uuid'] ?? null );
		$title     = self::text( $e['title'] ?? null );
		$begins_on = self::iso_date( $e['beginsOn'] ?? null );
		if ( null === $uuid || null === $title || null === $begins_on ) {
			return null;
		}
		$options      = self::rec( $e['options'] ?? null ) ?? array();
		$address      = self::address( $e['physicalAddress'] ?? null );
		$maximum_raw  = self::num( $options['maximumAttendeeCapacity'] ?? null );
		$maximum      = null !== $maximum_raw && $maximum_raw > 0 ? $maximum_raw : null;
		$participants = self::num( self::rec( $e['participantStats'] ?? null )['participant'] ?? null );
		$remaining    = null !== $maximum && null !== $participants ? max( 0, $maximum - $participants ) : null;
		$category_id  = self::str( $e['category'] ?? null );
		$description  = self::text( $e['description'] ?? null );
		$tags         = array();
		if ( isset( $e['tags'] ) && is_array( $e['tags'] ) && array_is_list( $e['tags'] ) ) {
			foreach ( $e['tags'] as $tag ) {
				$text = self::text( self::rec( $tag )['title'] ?? null );
				if ( null !== $text ) {
					$tags[] = $text;
				}
			}
		}
		$join_mode = isset( $e['joinOptions'] ) && is_string( $e['joinOptions'] ) ? strtolower( $e['joinOptions'] ) : '';
		$status    = $e['status'] ?? null;
		return array(
			'id'                     => self::id( $e['id'] ?? null ) ?? '',
			'uuid'                   => $uuid,
			'url'                    => self::str( $e['url'] ?? null ),
			'instanceUrl'            => $instance . '/events/' . rawurlencode( $uuid ),
			'title'                  => $title,
			'description'            => $description,
			'excerpt'                => self::excerpt( $description ),
			'beginsOn'               => $begins_on,
			'endsOn'                 => self::iso_date( $e['endsOn'] ?? null ),
			'timezone'               => self::text( $options['timezone'] ?? null ) ?? ( $address['timezone'] ?? null ),
			'showStartTime'          => self::bool( $options['showStartTime'] ?? null ) ?? true,
			'showEndTime'            => self::bool( $options['showEndTime'] ?? null ) ?? true,
			'status'                 => in_array( $status, self::EVENT_STATUSES, true ) ? $status : 'CONFIRMED',
			'isOnline'               => self::bool( $options['isOnline'] ?? null ) ?? false,
			'onlineUrl'              => self::str( $e['onlineAddress'] ?? null ),
			'address'                => $address,
			'picture'                => self::picture( $e['picture'] ?? null ),
			'tags'                   => $tags,
			'category'               => null !== $category_id ? array(
				'id'    => $category_id,
				'label' => self::text( $categories[ $category_id ] ?? null ),
			) : null,
			'language'               => self::text( $e['language'] ?? null ),
			'organizer'              => self::organizer( $e['attributedTo'] ?? null, true ) ?? self::organizer( $e['organizerActor'] ?? null, false ),
			'capacity'               => array(
				'maximum'      => $maximum,
				'participants' => $participants,
				'remaining'    => $remaining,
				'hideCount'    => self::bool( $options['hideNumberOfParticipants'] ?? null ) ?? false,
			),
			'joinMode'               => in_array( $join_mode, self::JOIN_MODES, true ) ? $join_mode : 'free',
			'externalUrl'            => self::str( $e['externalParticipationUrl'] ?? null ),
			'anonymousParticipation' => self::bool( $options['anonymousParticipation'] ?? null ) ?? false,
			'local'                  => self::bool( $e['local'] ?? null ) ?? false,
			'accessibility'          => self::accessibility( $e['metadata'] ?? null ),
			'instance'               => $instance,
		);
	}

	/**
	 * `{ total, elements }` → [elements, total]; null when the shape is wrong.
	 *
	 * @param mixed $v PaginatedEventList or Events.
	 * @return array{elements: array, total: int|float|null}|null
	 */
	public static function raw_list( $v ): ?array {
		$r = self::rec( $v );
		if ( ! $r || ! isset( $r['elements'] ) || ! is_array( $r['elements'] ) || ! array_is_list( $r['elements'] ) ) {
			return null;
		}
		return array(
			'elements' => $r['elements'],
			'total'    => self::num( $r['total'] ?? null ),
		);
	}

	/**
	 * Every valid event of a raw list.
	 *
	 * @param array                $elements   Raw events.
	 * @param string               $instance   Instance origin.
	 * @param array<string,string> $categories Category labels.
	 */
	public static function events( array $elements, string $instance, array $categories = array() ): array {
		$out = array();
		foreach ( $elements as $raw ) {
			$event = self::event( $raw, $instance, $categories );
			if ( null !== $event ) {
				$out[] = $event;
			}
		}
		return $out;
	}

	/**
	 * Base config + extras → InstanceInfo array, or null when config has the wrong shape.
	 *
	 * @param string $instance Instance origin.
	 * @param mixed  $base     Raw config.
	 * @param mixed  $extras   Raw config extras.
	 */
	public static function instance_info( string $instance, $base, $extras ): ?array {
		$c = self::rec( $base );
		if ( ! $c ) {
			return null;
		}
		$x             = self::rec( $extras ) ?? array();
		$anonymous     = self::rec( $c['anonymous'] ?? null );
		$participation = self::rec( $anonymous['participation'] ?? null );
		$email         = self::rec( self::rec( $participation['validation'] ?? null )['email'] ?? null );
		$tiles         = self::rec( self::rec( $c['maps'] ?? null )['tiles'] ?? null );
		$endpoint      = self::str( $tiles['endpoint'] ?? null );
		$routing       = self::rec( self::rec( $x['maps'] ?? null )['routing'] ?? null )['type'] ?? null;
		$categories    = array();
		if ( isset( $x['eventCategories'] ) && is_array( $x['eventCategories'] ) ) {
			foreach ( $x['eventCategories'] as $item ) {
				$cat = self::rec( $item );
				$id  = self::str( $cat['id'] ?? null );
				if ( null !== $id ) {
					$categories[] = array(
						'id'    => $id,
						'label' => self::str( $cat['label'] ?? null ) ?? $id,
					);
				}
			}
		}
		return array(
			'instance'               => $instance,
			'name'                   => self::str( $c['name'] ?? null ) ?? (string) wp_parse_url( $instance, PHP_URL_HOST ),
			'description'            => self::str( $c['description'] ?? null ),
			'version'                => self::str( $c['version'] ?? null ) ?? '',
			'anonymousParticipation' => array(
				'allowed'         => self::bool( $participation['allowed'] ?? null ) ?? false,
				'emailValidation' => self::bool( $email['enabled'] ?? null ) ?? false,
				'actorId'         => self::id( $anonymous['actorId'] ?? null ),
			),
			'maps'                   => array(
				'tiles'   => null !== $endpoint ? array(
					'endpoint'    => $endpoint,
					'attribution' => self::str( $tiles['attribution'] ?? null ),
				) : null,
				'routing' => in_array( $routing, array( 'OPENSTREETMAP', 'GOOGLE_MAPS' ), true ) ? $routing : null,
			),
			'categories'             => $categories,
			'instanceFeeds'          => self::bool( self::rec( $x['instanceFeeds'] ?? null )['enabled'] ?? null ) ?? false,
			'globalSearchDefault'    => self::bool( self::rec( self::rec( $x['search'] ?? null )['global'] ?? null )['isDefault'] ?? null ) ?? false,
		);
	}

	/**
	 * Raw joinEvent result → Participation array, or null.
	 *
	 * @param mixed $raw Raw participant.
	 */
	public static function participation( $raw ): ?array {
		$p = self::rec( $raw );
		if ( ! $p || ! in_array( $p['role'] ?? null, self::PARTICIPANT_ROLES, true ) ) {
			return null;
		}
		return array(
			'id'                => self::id( $p['id'] ?? null ),
			'role'              => $p['role'],
			'cancellationToken' => self::str( self::rec( $p['metadata'] ?? null )['cancellationToken'] ?? null ),
		);
	}
}
