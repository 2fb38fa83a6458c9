<?php
/**
 * Reads a Mobilizon instance from the server: instance info (with the version that decides
 * which documents are valid), event lists and single events, every answer through the cache.
 * The logic follows the client's events() (packages/client/src/client.ts).
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Server-side Mobilizon reads.
 */
final class Api {

	/**
	 * How long instance info is fresh: the version rarely changes.
	 */
	private const CONFIG_TTL = 6 * HOUR_IN_SECONDS;

	/**
	 * Before 5.1, organizedEvents(afterDatetime) compares with the start: ask a day earlier
	 * and keep events whose end is after `from`, so ongoing events stay.
	 */
	private const ONGOING_MARGIN_MS = 86400000;

	/**
	 * Request timeout in seconds.
	 */
	public static function timeout(): int {
		/**
		 * Filters the timeout of requests to Mobilizon instances, in seconds.
		 *
		 * @param int $seconds Default 8.
		 */
		return max( 1, (int) apply_filters( 'kiosque_request_timeout', 8 ) );
	}

	/**
	 * Sends one operation. Returns [ 'data' => array, 'errors' => array ] (errors that came with
	 * usable data), or throws Upstream_Error as the client's transport does.
	 *
	 * @param string $instance Instance origin.
	 * @param array  $op       Operation from Documents.
	 * @param array  $headers  Extra headers (Accept-Language for mutations).
	 * @return array{data: array, errors: array}
	 * @throws Upstream_Error On any failure.
	 */
	public static function send( string $instance, array $op, array $headers = array() ): array {
		$endpoint = $instance . '/api';
		$response = Http::request(
			'POST',
			$endpoint,
			array(
				'timeout' => self::timeout(),
				'headers' => array_merge(
					array(
						'Content-Type' => 'application/json',
						'Accept'       => 'application/graphql-response+json, application/json',
					),
					$headers
				),
				'body'    => wp_json_encode(
					array(
						'query'         => $op['query'],
						'variables'     => (object) $op['variables'],
						'operationName' => $op['name'],
					),
					JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
				),
			)
		);
		return self::interpret( $response['status'], $response['body'], $endpoint );
	}

	/**
	 * A status and a body → data, or the Upstream_Error that says what went wrong.
	 *
	 * @param int    $status   HTTP status.
	 * @param string $body     Body.
	 * @param string $endpoint For messages.
	 * @return array{data: array, errors: array}
	 * @throws Upstream_Error On any failure.
	 */
	public static function interpret( int $status, string $body, string $endpoint ): array {
		$json = self::decode_json( $body );
		if ( $status < 200 || $status >= 300 ) {
			throw new Upstream_Error( 'http', esc_html( sprintf( 'HTTP %1$d from %2$s', $status, $endpoint ) ) );
		}
		if ( ! Normalize::is_record( $json ) ) {
			throw new Upstream_Error( 'invalid-response', esc_html( sprintf( 'Invalid response from %s: not a JSON object', $endpoint ) ) );
		}
		$data   = $json['data'] ?? null;
		$errors = $json['errors'] ?? array();
		if ( ( null !== $data && ! Normalize::is_record( $data ) ) || ! is_array( $errors ) ) {
			throw new Upstream_Error( 'invalid-response', esc_html( sprintf( 'Invalid response from %s: not a GraphQL result', $endpoint ) ) );
		}
		$has_data = is_array( $data ) && array_filter( $data, static fn( $v ) => null !== $v );
		if ( $errors && ! $has_data ) {
			$first     = is_array( $errors[0] ?? null ) ? $errors[0] : array();
			$code      = $first['code'] ?? ( $first['extensions']['code'] ?? null );
			$not_found = in_array( $code, array( 'event_not_found', 'group_not_found', 'not_found' ), true );
			$message   = is_string( $first['message'] ?? null ) ? $first['message'] : 'GraphQL error';
			throw new Upstream_Error( $not_found ? 'not-found' : 'graphql', esc_html( $message ) );
		}
		if ( ! is_array( $data ) ) {
			throw new Upstream_Error( 'invalid-response', 'The response has no data object' );
		}
		return array(
			'data'   => $data,
			'errors' => $errors,
		);
	}

	/**
	 * An answer's JSON, decoded as a browser's JSON.parse() reads it. A lone UTF-16 surrogate
	 * escape ("\ud800" without its pair) is valid JSON that PHP refuses: one such character in
	 * one event would fail the whole answer, so it becomes U+FFFD, as browsers show it.
	 *
	 * @param string $body JSON text.
	 * @return mixed Null when it is not JSON.
	 */
	public static function decode_json( string $body ) {
		$value = json_decode( $body, true );
		if ( null !== $value || JSON_ERROR_UTF16 !== json_last_error() ) {
			return $value;
		}
		// Escapes in order: a surrogate pair stays, a lone surrogate is replaced, "\\" is skipped whole.
		$repaired = preg_replace_callback(
			'/\\\\u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\\\\./s',
			static fn( array $m ): string => 6 === strlen( $m[0] ) && 'u' === strtolower( $m[0][1] ) ? '\\ufffd' : $m[0],
			$body
		);
		return is_string( $repaired ) ? json_decode( $repaired, true ) : null;
	}

	/**
	 * Instance info (InstanceInfo of the client), cached.
	 *
	 * @param string $instance Instance origin.
	 * @param bool   $fresh    Skip the cache (the connection test of the settings page).
	 * @return array<string, mixed>
	 * @throws Upstream_Error When the instance cannot be read and nothing is cached.
	 */
	public static function instance_info( string $instance, bool $fresh = false ): array {
		$fetch = static function () use ( $instance ): array {
			$portable = Documents::profile_for( null );
			$base     = self::send( $instance, Documents::config( $portable ) )['data']['config'] ?? null;
			if ( ! Normalize::is_record( $base ) ) {
				throw new Upstream_Error( 'invalid-response', esc_html( sprintf( 'config is missing from the answer of %s', $instance ) ) );
			}
			$profile = Documents::profile_for( is_string( $base['version'] ?? null ) ? $base['version'] : null );
			$extras  = null;
			$op      = Documents::config_extras( $profile );
			if ( null !== $op ) {
				try {
					$extras = self::send( $instance, $op )['data']['config'] ?? null;
				} catch ( Upstream_Error $error ) {
					// The extras are optional (category labels, routing, feeds).
					$extras = null;
				}
			}
			$info = Normalize::instance_info( $instance, $base, $extras );
			if ( null === $info ) {
				throw new Upstream_Error( 'invalid-response', 'config has an unexpected shape' );
			}
			return array(
				'value'     => $info,
				'cacheable' => true,
			);
		};
		if ( $fresh ) {
			return $fetch()['value'];
		}
		return Cache::remember( Cache::key( 'config', $instance ), $fetch, max( Cache::ttl(), self::CONFIG_TTL ) )['value'];
	}

	/**
	 * The profile (documents) and category labels for an instance.
	 *
	 * @param string $instance Instance origin.
	 * @return array{profile: array, categories: array<string, string>, info: array}
	 * @throws Upstream_Error When the instance info cannot be read.
	 */
	private static function context( string $instance ): array {
		$info       = self::instance_info( $instance );
		$categories = array();
		foreach ( $info['categories'] as $category ) {
			$categories[ $category['id'] ] = $category['label'];
		}
		return array(
			'profile'    => Documents::profile_for( $info['version'] ),
			'categories' => $categories,
			'info'       => $info,
		);
	}

	/**
	 * A page of events (EventPage of the client, with `errors` as messages), cached.
	 *
	 * @param string               $instance Instance origin.
	 * @param array<string, mixed> $q        Normalized query (Query::normalize()).
	 * @return array{events: array, total: int|null, hasMore: bool, stale: bool, fetchedAt: int, errors: string[]}
	 * @throws Upstream_Error When nothing can be shown.
	 */
	public static function events( string $instance, array $q ): array {
		$ctx    = self::context( $instance );
		$result = Cache::remember(
			Cache::key(
				'events',
				array(
					'instance' => $instance,
					'query'    => $q,
					'profile'  => $ctx['profile']['name'],
				)
			),
			static function () use ( $instance, $q, $ctx ): array {
				switch ( Query::strategy( $q ) ) {
					case 'group-events':
						return self::fetch_group_events( $instance, $q, $ctx );
					case 'search':
						return self::fetch_search( $instance, $q, $ctx );
					default:
						return self::fetch_upcoming( $instance, $q, $ctx );
				}
			}
		);
		$page   = $result['value'];
		return array(
			'events'    => $page['events'],
			'total'     => $page['total'],
			'hasMore'   => $page['hasMore'],
			'stale'     => $result['stale'],
			'fetchedAt' => $result['fetchedAt'],
			'errors'    => $page['errors'] ?? array(),
		);
	}

	/**
	 * Whether more events exist after this page.
	 *
	 * @param int|float|null $total    Total, when known.
	 * @param int            $received Elements received.
	 * @param array          $q        Query.
	 */
	private static function has_more( $total, int $received, array $q ): bool {
		return null !== $total ? $q['page'] * $q['limit'] < $total : $received >= $q['limit'];
	}

	/**
	 * The instance's upcoming events.
	 *
	 * @param string $instance Instance.
	 * @param array  $q        Query.
	 * @param array  $ctx      Context.
	 * @throws Upstream_Error On failure.
	 */
	private static function fetch_upcoming( string $instance, array $q, array $ctx ): array {
		$data = self::send( $instance, Documents::events( $ctx['profile'], $q['page'], $q['limit'] ) )['data'];
		$list = Normalize::raw_list( $data['events'] ?? null );
		if ( null === $list ) {
			throw new Upstream_Error( 'invalid-response', 'events has an unexpected shape' );
		}
		$filter = array(
			'includeCancelled' => $q['includeCancelled'],
			'localOnly'        => $q['localOnly'],
		);
		$events = array_values( array_filter( Normalize::events( $list['elements'], $instance, $ctx['categories'] ), static fn( $e ) => Query::matches( $e, $filter ) ) );
		return array(
			'value'     => array(
				'events'  => Query::sort( $events ),
				'total'   => $list['total'],
				'hasMore' => self::has_more( $list['total'], count( $list['elements'] ), $q ),
			),
			'cacheable' => true,
		);
	}

	/**
	 * Events of searchEvents, with client-side filtering of what the version cannot filter.
	 *
	 * @param string $instance Instance.
	 * @param array  $q        Query.
	 * @param array  $ctx      Context.
	 * @throws Upstream_Error On failure.
	 */
	private static function fetch_search( string $instance, array $q, array $ctx ): array {
		$flags = $ctx['profile']['flags'];
		$op    = Documents::search(
			$ctx['profile'],
			array(
				'term'             => $q['search'],
				'tags'             => $q['tags'],
				'category'         => $q['category'],
				'type'             => $q['type'],
				'location'         => $q['near'] ? Query::geohash( $q['near']['lat'], $q['near']['lon'], 9 ) : null,
				'radius'           => $q['radius'],
				'beginsOn'         => $q['from'],
				'endsOn'           => $q['to'],
				'includeCancelled' => $q['includeCancelled'],
				'localOnly'        => $q['localOnly'],
				'page'             => $q['page'],
				'limit'            => $q['limit'],
			)
		);
		$data  = self::send( $instance, $op )['data'];
		$list  = Normalize::raw_list( $data['searchEvents'] ?? null );
		if ( null === $list ) {
			throw new Upstream_Error( 'invalid-response', 'searchEvents has an unexpected shape' );
		}
		$filter = array(
			'includeCancelled' => $q['includeCancelled'],
			'localOnly'        => $q['localOnly'],
			'category'         => $flags['searchCategory'] ? null : $q['category'],
			'type'             => $flags['searchType'] ? null : $q['type'],
		);
		$events = array_values( array_filter( Normalize::events( $list['elements'], $instance, $ctx['categories'] ), static fn( $e ) => Query::matches( $e, $filter ) ) );
		return array(
			'value'     => array(
				'events'  => Query::sort( $events ),
				'total'   => $list['total'],
				'hasMore' => self::has_more( $list['total'], count( $list['elements'] ), $q ),
			),
			'cacheable' => true,
		);
	}

	/**
	 * Events of one or several groups, batched as the complexity cap allows, merged.
	 *
	 * @param string $instance Instance.
	 * @param array  $q        Query.
	 * @param array  $ctx      Context.
	 * @throws Upstream_Error When no group answered.
	 */
	private static function fetch_group_events( string $instance, array $q, array $ctx ): array {
		$profile   = $ctx['profile'];
		$from      = null !== $q['from'] ? Normalize::millis( $q['from'] ) : Cache::now_ms();
		$after_ms  = $profile['flags']['longEvent'] ? $from : $from - self::ONGOING_MARGIN_MS;
		$after     = gmdate( 'Y-m-d\TH:i:s', intdiv( $after_ms, 1000 ) ) . sprintf( '.%03dZ', $after_ms % 1000 );
		$per_group = $q['page'] * $q['limit'];
		$size      = max( 1, (int) ( $profile['groupsPerRequest'] ?? 1 ) );
		$errors    = array();
		$collected = array();
		$total     = 0;
		$more      = false;
		$succeeded = 0;
		foreach ( array_chunk( $q['groups'], $size ) as $groups ) {
			try {
				$result = self::send( $instance, Documents::group_events( $profile, $groups, $after, $q['to'], 1, $per_group ) );
			} catch ( Upstream_Error $error ) {
				if ( 'not-found' !== $error->kind ) {
					$errors[] = $error;
					continue;
				}
				// No data at all: none of these groups exists (a known one would have answered).
				foreach ( $groups as $handle ) {
					/* translators: %s: group handle. */
					$errors[] = new Upstream_Error( 'not-found', esc_html( sprintf( __( 'The group "%s" was not found on this instance.', 'kiosque' ), $handle ) ) );
				}
				continue;
			}
			foreach ( $groups as $i => $handle ) {
				$group = $result['data'][ "g{$i}" ] ?? null;
				if ( ! Normalize::is_record( $group ) ) {
					/* translators: %s: group handle. */
					$errors[] = new Upstream_Error( 'not-found', esc_html( sprintf( __( 'The group "%s" was not found on this instance.', 'kiosque' ), $handle ) ) );
					continue;
				}
				$list = Normalize::raw_list( $group['organizedEvents'] ?? null );
				if ( null === $list ) {
					$errors[] = new Upstream_Error( 'invalid-response', esc_html( sprintf( 'organizedEvents of "%s" has an unexpected shape', $handle ) ) );
					continue;
				}
				++$succeeded;
				$total += $list['total'] ?? count( $list['elements'] );
				if ( ( $list['total'] ?? 0 ) > count( $list['elements'] ) ) {
					$more = true;
				}
				array_push( $collected, ...Normalize::events( $list['elements'], $instance, $ctx['categories'] ) );
			}
		}
		if ( 0 === $succeeded ) {
			throw $errors[0] ?? new Upstream_Error( 'invalid-response', 'no group answered' );
		}
		$filter   = array(
			'from'             => $from,
			'to'               => null !== $q['to'] ? Normalize::millis( $q['to'] ) : null,
			'tags'             => $q['tags'],
			'category'         => $q['category'],
			'type'             => $q['type'],
			'near'             => $q['near'],
			'radius'           => $q['radius'],
			'search'           => $q['search'],
			'includeCancelled' => $q['includeCancelled'],
			'localOnly'        => $q['localOnly'],
		);
		$matching = Query::sort( array_values( array_filter( Query::dedupe( $collected ), static fn( $e ) => Query::matches( $e, $filter ) ) ) );
		$start    = ( $q['page'] - 1 ) * $q['limit'];
		$filtered = $q['tags'] || $q['category'] || $q['type'] || $q['near'] || $q['search'] || $q['localOnly'] || ! $q['includeCancelled'];
		return array(
			'value'     => array(
				'events'  => array_slice( $matching, $start, $q['limit'] ),
				'total'   => $filtered || count( $q['groups'] ) > 1 ? null : $total,
				'hasMore' => count( $matching ) > $start + $q['limit'] || $more,
				'errors'  => array_map( static fn( Upstream_Error $e ) => $e->getMessage(), $errors ),
			),
			'cacheable' => ! $errors,
		);
	}

	/**
	 * One event (KiosqueEvent), cached.
	 *
	 * @param string $instance Instance origin.
	 * @param string $uuid     Event uuid.
	 * @return array{event: array, stale: bool, fetchedAt: int}
	 * @throws Upstream_Error When it cannot be shown.
	 */
	public static function event( string $instance, string $uuid ): array {
		$uuid = strtolower( trim( $uuid ) );
		if ( ! self::is_uuid( $uuid ) ) {
			/* translators: %s: what the editor typed as an event uuid. */
			throw new Upstream_Error( 'invalid-input', esc_html( sprintf( __( '"%s" is not an event UUID.', 'kiosque' ), $uuid ) ) );
		}
		$ctx    = self::context( $instance );
		$result = Cache::remember(
			Cache::key(
				'event',
				array(
					'instance' => $instance,
					'uuid'     => $uuid,
					'profile'  => $ctx['profile']['name'],
				)
			),
			static function () use ( $instance, $uuid, $ctx ): array {
				try {
					$data = self::send( $instance, Documents::event( $ctx['profile'], $uuid ) )['data'];
				} catch ( Upstream_Error $error ) {
					if ( 'not-found' !== $error->kind ) {
						throw $error;
					}
					$data = array();
				}
				if ( null === ( $data['event'] ?? null ) ) {
					/* translators: %s: event UUID. */
					throw new Upstream_Error( 'not-found', esc_html( sprintf( __( 'The event %s was not found on this instance.', 'kiosque' ), $uuid ) ) );
				}
				$event = Normalize::event( $data['event'], $instance, $ctx['categories'] );
				if ( null === $event ) {
					throw new Upstream_Error( 'invalid-response', 'the event lacks a uuid, title or start date' );
				}
				return array(
					'value'     => $event,
					'cacheable' => true,
				);
			}
		);
		return array(
			'event'     => $result['value'],
			'stale'     => $result['stale'],
			'fetchedAt' => $result['fetchedAt'],
		);
	}

	/**
	 * Whether a string is a UUID.
	 *
	 * @param string $uuid Text.
	 */
	public static function is_uuid( string $uuid ): bool {
		return 1 === preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i', $uuid );
	}

	/**
	 * Whether a group exists on an instance (the editor's check of the group field). Asks
	 * with the client's own group document, for one event.
	 *
	 * @param string $instance Instance origin.
	 * @param string $handle   Group handle.
	 * @return bool
	 * @throws Upstream_Error When the instance cannot be asked.
	 */
	public static function group_exists( string $instance, string $handle ): bool {
		$ctx    = self::context( $instance );
		$result = Cache::remember(
			Cache::key(
				'group',
				array(
					'instance' => $instance,
					'handle'   => $handle,
				)
			),
			static function () use ( $instance, $handle, $ctx ): array {
				try {
					$data = self::send( $instance, Documents::group_events( $ctx['profile'], array( $handle ), null, null, 1, 1 ) )['data'];
				} catch ( Upstream_Error $error ) {
					if ( 'not-found' !== $error->kind ) {
						throw $error;
					}
					$data = array();
				}
				return array(
					'value'     => Normalize::is_record( $data['g0'] ?? null ),
					'cacheable' => true,
				);
			}
		);
		return (bool) $result['value'];
	}
}
