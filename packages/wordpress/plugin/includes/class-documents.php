<?php
/**
 * The GraphQL documents the plugin sends: the same as @kiosque/client's, per Mobilizon version.
 *
 * The fixed documents and the event selection come from data/documents.json, generated at
 * build time from the client's own builders (scripts/documents.ts). The documents whose shape
 * depends on the caller (group batches, search, join) are assembled here from that selection,
 * exactly as packages/client/src/documents.ts does; test/documents.test.ts compares both.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Builds operations: arrays with `name`, `query`, `variables` and `mutation`.
 */
final class Documents {

	/**
	 * Decoded data/documents.json.
	 *
	 * @var array<string, mixed>|null
	 */
	private static ?array $data = null;

	/**
	 * The profiles of data/documents.json, keyed by profile name ("5.1.3", "portable", …).
	 *
	 * @return array<string, array<string, mixed>>
	 */
	public static function profiles(): array {
		if ( null === self::$data ) {
			$json       = file_get_contents( KIOSQUE_DIR . 'data/documents.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
			$decoded    = is_string( $json ) ? json_decode( $json, true ) : null;
			self::$data = is_array( $decoded ) ? $decoded : array( 'profiles' => array() );
		}
		return self::$data['profiles'];
	}

	/**
	 * Parses "5.1.3", "v3.0", "2.1.0-rc.1" into [major, minor, patch]; null for anything else.
	 *
	 * @param mixed $version Version string.
	 * @return int[]|null
	 */
	public static function parse_version( $version ): ?array {
		if ( ! is_string( $version ) ) {
			return null;
		}
		if ( ! preg_match( '/^\s*v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?![\d.])/', $version, $m ) ) {
			return null;
		}
		return array( (int) $m[1], (int) $m[2], isset( $m[3] ) && '' !== $m[3] ? (int) $m[3] : 0 );
	}

	/**
	 * The capability flags of a version, as capabilitiesFor() in packages/client/src/version.ts.
	 * An unknown version, or one older than 1.1, gets the portable set.
	 *
	 * @param string|null $version Mobilizon version as reported by config.version.
	 * @return array<string, bool|int>
	 */
	public static function capabilities( ?string $version ): array {
		$v = null === $version ? null : self::parse_version( $version );
		if ( null !== $v && self::compare( $v, array( 1, 1, 0 ) ) < 0 ) {
			$v = null;
		}
		$at_least = static function ( int $major, int $minor = 0, int $patch = 0 ) use ( $v ): bool {
			return null !== $v && self::compare( $v, array( $major, $minor, $patch ) ) >= 0;
		};
		return array(
			'routing'                  => $at_least( 1, 1 ),
			'instanceFeeds'            => $at_least( 1, 2 ),
			'mediaMetadata'            => $at_least( 1, 2 ),
			'insertedAt'               => $at_least( 1, 1 ),
			'eventMetadata'            => $at_least( 2 ),
			'language'                 => $at_least( 2 ),
			'optionsTimezone'          => $at_least( 2 ),
			'optionsIsOnline'          => $at_least( 2 ),
			'addressTimezone'          => $at_least( 2 ),
			'searchType'               => $at_least( 2 ),
			'joinTimezone'             => $at_least( 2 ),
			'searchCategory'           => $at_least( 2, 1 ),
			'eventCategories'          => $at_least( 2, 1 ),
			'searchResultInterface'    => $at_least( 3 ),
			'searchSortBy'             => $at_least( 3 ),
			'searchStatusOneOf'        => $at_least( 3 ),
			'searchCategoryOneOf'      => $at_least( 3 ),
			'configSearch'             => $at_least( 3 ),
			'searchStartTimeAsc'       => $at_least( 3, 1 ),
			'timezoneScalar'           => $at_least( 3, 1, 2 ),
			'externalParticipationUrl' => $at_least( 3, 2 ),
			'searchTargetSelf'         => $at_least( 4, 1 ),
			'hideNumberOfParticipants' => $at_least( 5 ),
			'longEvent'                => $at_least( 5, 1 ),
			'maxComplexity'            => $at_least( 4, 1 ) ? 300 : ( $at_least( 2 ) ? 250 : 200 ),
		);
	}

	/**
	 * Compares two parsed versions.
	 *
	 * @param int[] $a Version.
	 * @param int[] $b Version.
	 */
	private static function compare( array $a, array $b ): int {
		foreach ( array( 0, 1, 2 ) as $part ) {
			if ( $a[ $part ] !== $b[ $part ] ) {
				return $a[ $part ] - $b[ $part ];
			}
		}
		return 0;
	}

	/**
	 * The generated profile whose flags equal those of the version; the portable one (valid on
	 * every version from 1.1 to 5.x) when none does. The returned array has a `name` key.
	 *
	 * @param string|null $version Mobilizon version.
	 * @return array<string, mixed>
	 */
	public static function profile_for( ?string $version ): array {
		$flags    = self::capabilities( $version );
		$profiles = self::profiles();
		foreach ( $profiles as $name => $profile ) {
			if ( 'portable' !== $name && $profile['flags'] == $flags ) { // phpcs:ignore Universal.Operators.StrictComparisons -- same keys, order-insensitive.
				return array( 'name' => (string) $name ) + $profile;
			}
		}
		return array( 'name' => 'portable' ) + ( $profiles['portable'] ?? array() );
	}

	/**
	 * An operation array.
	 *
	 * @param string               $name      Operation name.
	 * @param string               $query     Document.
	 * @param array<string, mixed> $variables Variables.
	 * @param bool                 $mutation  Whether it is a mutation.
	 * @return array{name: string, query: string, variables: array<string, mixed>, mutation: bool}
	 */
	private static function operation( string $name, string $query, array $variables, bool $mutation = false ): array {
		return array(
			'name'      => $name,
			'query'     => $query,
			'variables' => $variables,
			'mutation'  => $mutation,
		);
	}

	/**
	 * The profile a first visit's reads are built for (the client's newest version).
	 */
	public static function newest(): array {
		self::profiles();
		$name = (string) ( self::$data['newest'] ?? 'portable' );
		return array( 'name' => $name ) + ( self::profiles()[ $name ] ?? array() );
	}

	/**
	 * A read with every config field of the profile selected beside it, as the client sends
	 * it on a first visit: "KiosqueEvents" becomes "KiosqueEventsWithConfig".
	 *
	 * @param array<string, mixed> $op      An operation of this class.
	 * @param array<string, mixed> $profile A profile from profile_for() or newest().
	 */
	public static function with_config( array $op, array $profile ): array {
		$name = $op['name'] . 'WithConfig';
		$at   = strpos( $op['query'], '{' ) + 1;
		$head = substr( $op['query'], 0, $at );
		$from = 'query ' . $op['name'];
		$pos  = strpos( $head, $from );
		if ( false !== $pos ) {
			$head = substr_replace( $head, 'query ' . $name, $pos, strlen( $from ) );
		}
		return array(
			'name'      => $name,
			'query'     => $head . ' config { ' . $profile['configSelection'] . ' }' . substr( $op['query'], $at ),
			'variables' => $op['variables'],
			'mutation'  => false,
		);
	}

	/**
	 * Instance name, version, anonymous participation and map tiles.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 */
	public static function config( array $profile ): array {
		return self::operation( 'KiosqueConfig', $profile['config'], array() );
	}

	/**
	 * The version-dependent part of config, or null when the version has none.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 */
	public static function config_extras( array $profile ): ?array {
		return null === $profile['configExtras'] ? null : self::operation( 'KiosqueConfigExtras', $profile['configExtras'], array() );
	}

	/**
	 * Upcoming events seen by the instance.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 * @param int                  $page    1-based page.
	 * @param int                  $limit   1..99.
	 */
	public static function events( array $profile, int $page, int $limit ): array {
		return self::operation(
			'KiosqueEvents',
			$profile['events'],
			array(
				'page'  => $page,
				'limit' => $limit,
			)
		);
	}

	/**
	 * One event.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 * @param string               $uuid    Event uuid.
	 */
	public static function event( array $profile, string $uuid ): array {
		return self::operation( 'KiosqueEvent', $profile['event'], array( 'uuid' => $uuid ) );
	}

	/**
	 * Several groups in one request, as aliases g0, g1, …
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 * @param string[]             $groups  Group handles.
	 * @param string|null          $after   ISO instant or null.
	 * @param string|null          $before  ISO instant or null.
	 * @param int                  $page    Page.
	 * @param int                  $limit   Events per group.
	 */
	public static function group_events( array $profile, array $groups, ?string $after, ?string $before, int $page, int $limit ): array {
		$declared   = array();
		$variables  = array(
			'page'  => $page,
			'limit' => $limit,
		);
		$event_args = array( 'page: $page', 'limit: $limit' );
		if ( null !== $after ) {
			$declared[] = '$after: DateTime';
			array_unshift( $event_args, 'afterDatetime: $after' );
			$variables['after'] = $after;
		}
		if ( null !== $before ) {
			$declared[] = '$before: DateTime';
			array_unshift( $event_args, 'beforeDatetime: $before' );
			$variables['before'] = $before;
		}
		$aliases = array();
		foreach ( array_values( $groups ) as $i => $group ) {
			$declared[]           = "\$g{$i}: String!";
			$variables[ "g{$i}" ] = $group;
			$aliases[]            = "g{$i}: group(preferredUsername: \$g{$i}) { organizedEvents(" . implode( ', ', $event_args ) . ") { total elements { {$profile['selection']} } } }";
		}
		$declared[] = '$page: Int';
		$declared[] = '$limit: Int';
		return self::operation(
			'KiosqueGroupEvents',
			'query KiosqueGroupEvents(' . implode( ', ', $declared ) . ') { ' . implode( ' ', $aliases ) . ' }',
			$variables
		);
	}

	/**
	 * The searchEvents query, with only the arguments the version knows and the caller set.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 * @param array<string, mixed> $args    term, tags, category, type, location, radius, beginsOn,
	 *                                      endsOn, includeCancelled, localOnly, page, limit.
	 */
	public static function search( array $profile, array $args ): array {
		$flags     = $profile['flags'];
		$declared  = array();
		$passed    = array();
		$variables = array();
		$arg       = static function ( string $name, string $type, $value ) use ( &$declared, &$passed, &$variables ): void {
			$declared[]         = "\${$name}: {$type}";
			$passed[]           = "{$name}: \${$name}";
			$variables[ $name ] = $value;
		};
		if ( ! empty( $args['term'] ) ) {
			$arg( 'term', 'String', $args['term'] );
		}
		if ( ! empty( $args['tags'] ) ) {
			$arg( 'tags', 'String', implode( ',', $args['tags'] ) );
		}
		if ( ! empty( $args['location'] ) ) {
			$arg( 'location', 'String', $args['location'] );
			if ( isset( $args['radius'] ) ) {
				$arg( 'radius', 'Float', $args['radius'] );
			}
		}
		if ( ! empty( $args['beginsOn'] ) ) {
			$arg( 'beginsOn', 'DateTime', $args['beginsOn'] );
		}
		if ( ! empty( $args['endsOn'] ) ) {
			$arg( 'endsOn', 'DateTime', $args['endsOn'] );
		}
		if ( ! empty( $args['type'] ) && $flags['searchType'] ) {
			$arg( 'type', 'EventType', 'online' === $args['type'] ? 'ONLINE' : 'IN_PERSON' );
		}
		if ( ! empty( $args['category'] ) ) {
			if ( $flags['searchCategoryOneOf'] ) {
				$arg( 'categoryOneOf', '[String]', array( $args['category'] ) );
			} elseif ( $flags['searchCategory'] ) {
				$arg( 'category', 'String', $args['category'] );
			}
		}
		if ( $flags['searchStatusOneOf'] && empty( $args['includeCancelled'] ) ) {
			$passed[] = 'statusOneOf: [CONFIRMED, TENTATIVE]';
		}
		if ( $flags['searchStartTimeAsc'] ) {
			$passed[] = 'sortBy: START_TIME_ASC';
		}
		if ( $flags['searchTargetSelf'] && ! empty( $args['localOnly'] ) ) {
			$passed[] = 'searchTarget: SELF';
		}
		$arg( 'page', 'Int', $args['page'] ?? 1 );
		$arg( 'limit', 'Int', $args['limit'] ?? 10 );
		return self::operation(
			'KiosqueSearchEvents',
			'query KiosqueSearchEvents(' . implode( ', ', $declared ) . ') { searchEvents(' . implode( ', ', $passed ) . ") { total elements { {$profile['selection']} } } }",
			$variables
		);
	}

	/**
	 * Anonymous join. The time zone is inlined as a literal (validated first), as the client does.
	 *
	 * @param array<string, mixed> $profile A profile from profile_for().
	 * @param array<string, mixed> $args    eventId, actorId, email, message, locale, timezone.
	 */
	public static function join( array $profile, array $args ): array {
		$declared  = array( '$eventId: ID!', '$actorId: ID!', '$email: String' );
		$passed    = array( 'eventId: $eventId', 'actorId: $actorId', 'email: $email' );
		$variables = array(
			'eventId' => (string) $args['eventId'],
			'actorId' => (string) $args['actorId'],
			'email'   => (string) $args['email'],
		);
		if ( ! empty( $args['message'] ) ) {
			$declared[]           = '$message: String';
			$passed[]             = 'message: $message';
			$variables['message'] = (string) $args['message'];
		}
		if ( ! empty( $args['locale'] ) ) {
			$declared[]          = '$locale: String';
			$passed[]            = 'locale: $locale';
			$variables['locale'] = (string) $args['locale'];
		}
		$timezone = $args['timezone'] ?? null;
		if ( $profile['flags']['joinTimezone'] && is_string( $timezone ) && self::is_timezone_literal( $timezone ) ) {
			$passed[] = 'timezone: ' . wp_json_encode( $timezone, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		}
		return self::operation(
			'KiosqueJoinEvent',
			'mutation KiosqueJoinEvent(' . implode( ', ', $declared ) . ') { joinEvent(' . implode( ', ', $passed ) . ') { id role metadata { cancellationToken } } }',
			$variables,
			true
		);
	}

	/**
	 * Whether a time zone name is safe to inline into a document.
	 *
	 * @param string $timezone IANA zone name.
	 */
	public static function is_timezone_literal( string $timezone ): bool {
		return 1 === preg_match( '#^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$#', $timezone );
	}

	/**
	 * Cancels an anonymous participation.
	 *
	 * @param array<string, mixed> $profile  A profile from profile_for().
	 * @param string               $event_id Numeric event id.
	 * @param string               $actor_id Anonymous actor id.
	 * @param string               $token    Cancellation token.
	 */
	public static function leave( array $profile, string $event_id, string $actor_id, string $token ): array {
		return self::operation(
			'KiosqueLeaveEvent',
			$profile['leave'],
			array(
				'eventId' => $event_id,
				'actorId' => $actor_id,
				'token'   => $token,
			),
			true
		);
	}
}
