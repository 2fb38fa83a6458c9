<?php
/**
 * Privacy mode: a same-origin GraphQL endpoint per configured instance, so visitors' browsers
 * never contact the instance, and a media route that serves event pictures from the site.
 *
 *   GET  /wp-json/kiosque/v1/graphql/<key>?query=…&variables=…&operationName=…  (reads)
 *   POST /wp-json/kiosque/v1/graphql/<key>  {query, variables, operationName}     (join, leave)
 *   GET  /wp-json/kiosque/v1/media?u=<url>&s=<signature>
 *
 * `<key>` names one of the configured instances (Settings::allowed_instances()); nothing else
 * can be reached. Only the documents the elements send are accepted, rebuilt here from the
 * variables and compared; every upstream call goes through Http (no private addresses, no
 * redirects). Reads are cached like everything else and carry Cache-Control and an ETag so
 * a CDN can serve them; join and leave are rate-limited per visitor.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * The privacy proxy.
 */
final class Proxy {

	public const READS     = array( 'KiosqueConfig', 'KiosqueConfigExtras', 'KiosqueEvents', 'KiosqueEvent', 'KiosqueGroupEvents', 'KiosqueSearchEvents', 'KiosqueEventsWithConfig', 'KiosqueEventWithConfig', 'KiosqueGroupEventsWithConfig', 'KiosqueSearchEventsWithConfig' );
	public const MUTATIONS = array( 'KiosqueJoinEvent', 'KiosqueLeaveEvent' );

	/** Pictures served by the media route: never SVG (it can hold scripts), only these. */
	private const MEDIA_TYPES = array( 'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif' );

	/** How long a cached picture is served before it is fetched again, and then deleted. */
	private const MEDIA_KEEP_SECONDS = 7 * DAY_IN_SECONDS;

	/** At most this many cached pictures; the oldest go first. */
	private const MEDIA_MAX_FILES = 2000;

	/** At most this many cached proxy answers; the least recently fetched go first. */
	private const MAX_CACHED_ANSWERS = 500;

	/** How long the answer of a search (a visitor's free text) is kept. */
	private const SEARCH_KEEP_SECONDS = HOUR_IN_SECONDS;

	/** The most group aliases one request of the elements carries (see groupsPerRequest()). */
	private const MAX_GROUPS = 4;

	/**
	 * The variables each operation of the elements may carry, and the rule of each (see
	 * invalid_variable()). An operation "…WithConfig" carries those of the operation.
	 */
	private const VARIABLES = array(
		'KiosqueConfig'       => array(),
		'KiosqueConfigExtras' => array(),
		'KiosqueEvents'       => array(
			'page'  => 'page',
			'limit' => 'limit',
		),
		'KiosqueEvent'        => array( 'uuid' => 'uuid' ),
		'KiosqueGroupEvents'  => array(
			'g0'     => 'group',
			'g1'     => 'group',
			'g2'     => 'group',
			'g3'     => 'group',
			'after'  => 'datetime',
			'before' => 'datetime',
			'page'   => 'page',
			'limit'  => 'limit',
		),
		'KiosqueSearchEvents' => array(
			'term'          => 'term',
			'tags'          => 'tags',
			'location'      => 'geohash',
			'radius'        => 'radius',
			'beginsOn'      => 'datetime',
			'endsOn'        => 'datetime',
			'type'          => 'type',
			'categoryOneOf' => 'categories',
			'category'      => 'category',
			'page'          => 'page',
			'limit'         => 'limit',
		),
		'KiosqueJoinEvent'    => array(
			'eventId' => 'id',
			'actorId' => 'id',
			'email'   => 'email',
			'message' => 'message',
			'locale'  => 'locale',
		),
		'KiosqueLeaveEvent'   => array(
			'eventId' => 'id',
			'actorId' => 'id',
			'token'   => 'token',
		),
	);

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
	}

	/**
	 * Whether privacy mode is on.
	 */
	public static function enabled(): bool {
		return (bool) Settings::get( 'privacy_mode' );
	}

	/**
	 * The key of an instance in proxy URLs.
	 *
	 * @param string $instance Instance origin.
	 */
	public static function key( string $instance ): string {
		return substr( hash( 'sha256', $instance ), 0, 16 );
	}

	/**
	 * Whether the proxy serves an instance.
	 *
	 * @param string $instance Instance origin.
	 */
	public static function serves( string $instance ): bool {
		return in_array( $instance, Settings::allowed_instances(), true );
	}

	/**
	 * The same-origin GraphQL endpoint of an instance.
	 *
	 * @param string $instance Instance origin.
	 */
	public static function endpoint( string $instance ): string {
		return rest_url( 'kiosque/v1/graphql/' . self::key( $instance ) );
	}

	/**
	 * The instance of a key, or null.
	 *
	 * @param string $key Key.
	 */
	private static function instance_of( string $key ): ?string {
		foreach ( Settings::allowed_instances() as $instance ) {
			if ( hash_equals( self::key( $instance ), $key ) ) {
				return $instance;
			}
		}
		return null;
	}

	/**
	 * A signed same-origin URL for a remote picture.
	 *
	 * @param string $url Picture URL.
	 */
	public static function media_url( string $url ): string {
		return add_query_arg(
			array(
				'u' => rawurlencode( $url ),
				's' => self::sign( $url ),
			),
			rest_url( 'kiosque/v1/media' )
		);
	}

	/**
	 * Signature of a media URL, so only URLs this site wrote are served. Its key is for media
	 * URLs only (the iCalendar feeds sign with their own).
	 *
	 * @param string $value Value.
	 */
	public static function sign( string $value ): string {
		return substr( hash_hmac( 'sha256', 'media ' . $value, wp_salt( 'auth' ) . 'kiosque-media' ), 0, 32 );
	}

	/**
	 * In privacy mode, an event whose picture and avatar come from the site.
	 *
	 * @param array $event Event.
	 */
	public static function rewrite_event( array $event ): array {
		if ( ! self::enabled() ) {
			return $event;
		}
		if ( isset( $event['picture']['url'] ) && null !== Normalize::safe_url( $event['picture']['url'] ) ) {
			$event['picture']['url'] = self::media_url( $event['picture']['url'] );
		}
		if ( isset( $event['organizer']['avatarUrl'] ) && null !== Normalize::safe_url( $event['organizer']['avatarUrl'] ) ) {
			$event['organizer']['avatarUrl'] = self::media_url( $event['organizer']['avatarUrl'] );
		}
		if ( isset( $event['description'] ) && is_string( $event['description'] ) ) {
			$event['description'] = self::rewrite_html( $event['description'] );
		}
		return $event;
	}

	/**
	 * Images of a description → media URLs of the site. An absolute http(s) `src` is served by
	 * the site, a `data:` one stays, and any other (relative, protocol-relative, unsafe) is
	 * removed, since the elements would resolve it against the instance.
	 *
	 * @param string $html Description HTML.
	 */
	public static function rewrite_html( string $html ): string {
		return (string) preg_replace_callback(
			'/<img\b((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>/i',
			static function ( array $tag ): string {
				$written    = array();
				$attributes = (string) preg_replace_callback(
					'/([\s\/]*)([^\s=\/>"\']+)(?:(\s*=\s*)("[^"]*"|\'[^\']*\'|[^\s"\'>]+))?/',
					static function ( array $attribute ) use ( &$written ): string {
						if ( 'src' !== strtolower( $attribute[2] ) ) {
							return $attribute[0];
						}
						$value = $attribute[4] ?? '';
						if ( '' !== $value && ( '"' === $value[0] || "'" === $value[0] ) ) {
							$value = substr( $value, 1, -1 );
						}
						$value = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
						if ( 0 === stripos( trim( $value ), 'data:' ) ) {
							return $attribute[0];
						}
						$url = Normalize::safe_url( $value );
						if ( null === $url ) {
							return '';
						}
						$written[] = esc_attr( self::media_url( $url ) );
						return $attribute[1] . 'src="' . end( $written ) . '"';
					},
					$tag[1]
				);
				// Markup this reading does not follow (a browser might find a src in it): no image.
				preg_match_all( '/(?<![\w-])src\s*=\s*["\']?([^"\'\s>]*)/i', $attributes, $sources );
				foreach ( $sources[1] as $source ) {
					if ( ! in_array( $source, $written, true ) && 0 !== stripos( $source, 'data:' ) ) {
						return '';
					}
				}
				return '<img ' . ltrim( $attributes ) . '>';
			},
			$html
		);
	}

	/**
	 * Picture and avatar URLs of raw GraphQL data → media URLs of the site.
	 *
	 * @param mixed $value Raw data.
	 * @return mixed
	 */
	private static function rewrite_raw( $value ) {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		foreach ( $value as $key => $item ) {
			if ( ( 'picture' === $key || 'avatar' === $key ) && is_array( $item ) && isset( $item['url'] ) && null !== Normalize::safe_url( $item['url'] ) ) {
				$item['url'] = self::media_url( $item['url'] );
			}
			if ( 'description' === $key && is_string( $item ) ) {
				$item = self::rewrite_html( $item );
			}
			$value[ $key ] = self::rewrite_raw( $item );
		}
		return $value;
	}

	/**
	 * Routes.
	 */
	public static function routes(): void {
		register_rest_route(
			'kiosque/v1',
			'/graphql/(?P<key>[a-f0-9]{16})',
			array(
				array(
					'methods'             => 'GET',
					'callback'            => array( self::class, 'read' ),
					'permission_callback' => '__return_true',
				),
				array(
					'methods'             => 'POST',
					'callback'            => array( self::class, 'mutate' ),
					'permission_callback' => '__return_true',
				),
			)
		);
		register_rest_route(
			'kiosque/v1',
			'/media',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'media' ),
				'permission_callback' => '__return_true',
				'args'                => array(
					'u' => array(
						'type'     => 'string',
						'required' => true,
					),
					's' => array(
						'type'     => 'string',
						'required' => true,
					),
				),
			)
		);
	}

	/**
	 * A GraphQL-shaped error answer (the client maps these by status and code).
	 *
	 * @param int    $status  HTTP status.
	 * @param string $code    Code.
	 * @param string $message Message.
	 */
	private static function error( int $status, string $code, string $message ): \WP_REST_Response {
		$response = new \WP_REST_Response(
			array(
				'errors' => array(
					array(
						'message' => $message,
						'code'    => $code,
					),
				),
			),
			$status
		);
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * Collapses whitespace and commas, which GraphQL ignores (as the client does for GET).
	 *
	 * @param string $query Document.
	 */
	private static function compact( string $query ): string {
		return trim( (string) preg_replace( '/([\s,]|#[^\n\r]+)+/', ' ', $query ) );
	}

	/**
	 * The documents the elements may send for these variables, rebuilt from the variables.
	 *
	 * @param string $name      Operation name.
	 * @param array  $variables Variables.
	 * @param array  $profile   Documents profile of the instance.
	 * @param string $query     The query received (for the inlined join time zone).
	 * @return array[] Candidate operations.
	 */
	private static function candidates( string $name, array $variables, array $profile, string $query ): array {
		$portable = Documents::profile_for( null );
		if ( str_ends_with( $name, 'WithConfig' ) ) {
			// A first visit's read, built for the newest version whatever this instance runs.
			$newest = Documents::newest();
			return array_map(
				static fn( array $op ): array => Documents::with_config( $op, $newest ),
				self::candidates( substr( $name, 0, -strlen( 'WithConfig' ) ), $variables, $newest, $query )
			);
		}
		switch ( $name ) {
			case 'KiosqueConfig':
				return array( Documents::config( $portable ) );
			case 'KiosqueConfigExtras':
				return array_filter( array( Documents::config_extras( $profile ) ) );
			case 'KiosqueEvents':
				return array( Documents::events( $profile, (int) ( $variables['page'] ?? 1 ), (int) ( $variables['limit'] ?? 10 ) ) );
			case 'KiosqueEvent':
				return array( Documents::event( $profile, (string) ( $variables['uuid'] ?? '' ) ) );
			case 'KiosqueGroupEvents':
				$groups = array();
				for ( $i = 0; isset( $variables[ "g{$i}" ] ); $i++ ) {
					$groups[] = (string) $variables[ "g{$i}" ];
				}
				return array( Documents::group_events( $profile, $groups, $variables['after'] ?? null, $variables['before'] ?? null, (int) ( $variables['page'] ?? 1 ), (int) ( $variables['limit'] ?? 10 ) ) );
			case 'KiosqueSearchEvents':
				$args = array(
					'term'     => $variables['term'] ?? null,
					'tags'     => isset( $variables['tags'] ) ? explode( ',', (string) $variables['tags'] ) : array(),
					'category' => $variables['categoryOneOf'][0] ?? ( $variables['category'] ?? null ),
					'type'     => isset( $variables['type'] ) ? ( 'ONLINE' === $variables['type'] ? 'online' : 'in-person' ) : null,
					'location' => $variables['location'] ?? null,
					'radius'   => $variables['radius'] ?? null,
					'beginsOn' => $variables['beginsOn'] ?? null,
					'endsOn'   => $variables['endsOn'] ?? null,
					'page'     => $variables['page'] ?? 1,
					'limit'    => $variables['limit'] ?? 10,
				);
				$out  = array();
				foreach ( array( false, true ) as $include_cancelled ) {
					foreach ( array( false, true ) as $local_only ) {
						$out[] = Documents::search(
							$profile,
							$args + array(
								'includeCancelled' => $include_cancelled,
								'localOnly'        => $local_only,
							)
						);
					}
				}
				return $out;
			case 'KiosqueJoinEvent':
				$timezone = preg_match( '/timezone: "([^"]*)"/', $query, $m ) ? $m[1] : null;
				return array(
					Documents::join(
						$profile,
						array(
							'eventId'  => $variables['eventId'] ?? '',
							'actorId'  => $variables['actorId'] ?? '',
							'email'    => $variables['email'] ?? '',
							'message'  => $variables['message'] ?? null,
							'locale'   => $variables['locale'] ?? null,
							'timezone' => $timezone,
						)
					),
				);
			case 'KiosqueLeaveEvent':
				return array( Documents::leave( $profile, (string) ( $variables['eventId'] ?? '' ), (string) ( $variables['actorId'] ?? '' ), (string) ( $variables['token'] ?? '' ) ) );
		}
		return array();
	}

	/**
	 * Why a variable of an operation is not one the elements send, or null when all are.
	 *
	 * @param string $name      Operation name.
	 * @param array  $variables Variables.
	 */
	public static function invalid_variable( string $name, array $variables ): ?string {
		$rules = self::VARIABLES[ str_ends_with( $name, 'WithConfig' ) ? substr( $name, 0, -strlen( 'WithConfig' ) ) : $name ] ?? array();
		foreach ( $variables as $key => $value ) {
			$rule = $rules[ $key ] ?? null;
			if ( null === $rule ) {
				return sprintf( 'The variable "%1$s" is not one that %2$s takes.', $key, $name );
			}
			$expected = self::rule_broken( $rule, $value );
			if ( null !== $expected ) {
				return sprintf( 'The variable "%1$s" must be %2$s.', $key, $expected );
			}
		}
		return null;
	}

	/**
	 * What a value must be under a rule of VARIABLES, or null when it is.
	 *
	 * @param string $rule  Rule.
	 * @param mixed  $value Value.
	 */
	private static function rule_broken( string $rule, $value ): ?string {
		$text = static fn( int $max, string $pattern = '/^[^\\x00-\\x1f\\x7f]*$/u' ): bool => is_string( $value ) && mb_strlen( $value, 'UTF-8' ) <= $max && 1 === preg_match( $pattern, $value );
		switch ( $rule ) {
			case 'page':
				return is_int( $value ) && $value >= 1 && $value <= 10000 ? null : 'a whole number from 1 to 10000';
			case 'limit':
				return is_int( $value ) && $value >= 1 && $value <= 99 ? null : 'a whole number from 1 to 99';
			case 'uuid':
				return $text( 36, '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i' ) ? null : 'an event UUID';
			case 'group':
				return $text( 255, '/^[^\\s@\\/]+(@[^\\s@\\/]+)?$/u' ) ? null : 'a group name, or name@domain';
			case 'datetime':
				return $text( 40, '/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$/' ) ? null : 'a date and time (ISO 8601)';
			case 'term':
				return $text( 200 ) ? null : 'a text of at most 200 characters';
			case 'tags':
				return $text( 1000 ) && count( explode( ',', $value ) ) <= 20 ? null : 'at most 20 comma-separated tags';
			case 'geohash':
				return $text( 12, '/^[0-9b-hjkmnp-z]+$/' ) ? null : 'a geohash';
			case 'radius':
				return ( is_int( $value ) || is_float( $value ) ) && $value > 0 && $value <= 20000 ? null : 'a number of kilometres from 0 to 20000';
			case 'type':
				return 'ONLINE' === $value || 'IN_PERSON' === $value ? null : 'ONLINE or IN_PERSON';
			case 'categories':
				return is_array( $value ) && array_is_list( $value ) && 1 === count( $value ) && null === self::rule_broken( 'category', $value[0] ) ? null : 'a list of one category';
			case 'category':
				return $text( 100 ) ? null : 'a category of at most 100 characters';
			case 'id':
				return $text( 20, '/^\\d+$/' ) ? null : 'a numeric id';
			case 'email':
				return $text( 254 ) ? null : 'an email address of at most 254 characters';
			case 'message':
				return $text( 10000, '/^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]*$/u' ) ? null : 'a text of at most 10000 characters';
			case 'locale':
				return $text( 35, '/^[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8})*$/' ) ? null : 'a language tag';
			case 'token':
				return $text( 255 ) ? null : 'a text of at most 255 characters';
		}
		return 'absent';
	}

	/**
	 * Whether an incoming operation is one the elements send, with the same variables.
	 *
	 * @param string $name      Operation name.
	 * @param string $query     Document.
	 * @param array  $variables Variables.
	 * @param array  $profile   Documents profile.
	 */
	private static function allowed( string $name, string $query, array $variables, array $profile ): bool {
		$compact = self::compact( $query );
		$sorted  = Cache::canonical( $variables );
		foreach ( self::candidates( $name, $variables, $profile, $query ) as $candidate ) {
			if ( self::compact( $candidate['query'] ) === $compact && Cache::canonical( $candidate['variables'] ) === $sorted ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Parses and checks an incoming operation.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @param string[]         $names   Accepted operation names.
	 * @return array{instance: string, name: string, query: string, variables: array}|\WP_REST_Response
	 */
	private static function incoming( \WP_REST_Request $request, array $names ) {
		if ( ! self::enabled() ) {
			return self::error( 404, 'proxy_disabled', 'Privacy mode is off on this site.' );
		}
		$instance = self::instance_of( (string) $request['key'] );
		if ( null === $instance ) {
			return self::error( 404, 'unknown_instance', 'This site does not serve that instance.' );
		}
		if ( 'GET' === $request->get_method() ) {
			$query     = (string) $request->get_param( 'query' );
			$name      = (string) $request->get_param( 'operationName' );
			$variables = json_decode( (string) ( $request->get_param( 'variables' ) ?? '{}' ), true );
		} else {
			$body      = $request->get_json_params();
			$query     = (string) ( $body['query'] ?? '' );
			$name      = (string) ( $body['operationName'] ?? '' );
			$variables = $body['variables'] ?? array();
		}
		if ( ! in_array( $name, $names, true ) || ! is_array( $variables ) ) {
			return self::error( 400, 'operation_not_allowed', 'Only the operations of the Kiosque elements are served.' );
		}
		$invalid = self::invalid_variable( $name, $variables );
		if ( null !== $invalid ) {
			return self::error( 400, 'invalid_variables', $invalid );
		}
		try {
			$profile = Documents::profile_for( Api::instance_info( $instance )['version'] );
		} catch ( Upstream_Error $error ) {
			return self::error( 502, 'upstream_unavailable', 'The instance could not be reached.' );
		}
		if ( ! self::allowed( $name, $query, $variables, $profile ) ) {
			return self::error( 400, 'operation_not_allowed', 'Only the operations of the Kiosque elements are served.' );
		}
		return array(
			'instance'  => $instance,
			'name'      => $name,
			'query'     => $query,
			'variables' => $variables,
		);
	}

	/**
	 * GET: a read operation, cached, with Cache-Control and ETag.
	 *
	 * @param \WP_REST_Request $request Request.
	 */
	public static function read( \WP_REST_Request $request ): \WP_REST_Response {
		$op = self::incoming( $request, self::READS );
		if ( $op instanceof \WP_REST_Response ) {
			return $op;
		}
		$key    = Cache::key(
			'proxy',
			array(
				'instance'  => $op['instance'],
				'name'      => $op['name'],
				'query'     => self::compact( $op['query'] ),
				'variables' => $op['variables'],
			)
		);
		$stored = Cache::has( $key );
		// A search's key holds a visitor's text: its answer is kept an hour, not a month.
		$keep = str_starts_with( $op['name'], 'KiosqueSearchEvents' ) ? self::SEARCH_KEEP_SECONDS : null;
		try {
			$result = Cache::remember(
				$key,
				static function () use ( $op ): array {
					$upstream = Http::request(
						'POST',
						$op['instance'] . '/api',
						array(
							'timeout' => Api::timeout(),
							'headers' => array(
								'Content-Type' => 'application/json',
								'Accept'       => 'application/json',
							),
							'body'    => wp_json_encode(
								array(
									'query'         => $op['query'],
									'variables'     => (object) $op['variables'],
									'operationName' => $op['name'],
								)
							),
						)
					);
					$json     = Api::decode_json( $upstream['body'] );
					if ( 200 !== $upstream['status'] || ! is_array( $json ) ) {
						throw new Upstream_Error( $upstream['status'] >= 300 && $upstream['status'] < 400 ? 'refused' : 'http', esc_html( sprintf( 'HTTP %d from the instance', $upstream['status'] ) ) );
					}
					return array(
						'value'     => $json,
						'cacheable' => empty( $json['errors'] ),
					);
				},
				null,
				8.0,
				$keep
			);
		} catch ( Upstream_Error $error ) {
			return self::error( 502, 'upstream_unavailable', 'The instance could not be reached.' );
		}
		if ( ! $stored ) {
			/**
			 * Filters how many answers of the privacy proxy are kept at most.
			 *
			 * @param int $max Default 500.
			 */
			Cache::trim( 'proxy', max( 1, (int) apply_filters( 'kiosque_proxy_cache_size', self::MAX_CACHED_ANSWERS ) ) );
		}
		$body = self::rewrite_raw( $result['value'] );
		$etag = '"' . md5( (string) wp_json_encode( $body ) ) . '"';
		$ttl  = Cache::ttl();
		if ( trim( (string) $request->get_header( 'if_none_match' ) ) === $etag ) {
			$response = new \WP_REST_Response( null, 304 );
		} else {
			$response = new \WP_REST_Response( $body, 200 );
		}
		$response->header( 'ETag', $etag );
		$response->header( 'Cache-Control', sprintf( 'public, max-age=%d, stale-while-revalidate=%d', $ttl, Cache::stale_while_revalidate() ) );
		$response->header( 'Vary', 'Accept-Encoding' );
		return $response;
	}

	/**
	 * POST: join or leave an event for a visitor, rate-limited.
	 *
	 * @param \WP_REST_Request $request Request.
	 */
	public static function mutate( \WP_REST_Request $request ): \WP_REST_Response {
		$op = self::incoming( $request, self::MUTATIONS );
		if ( $op instanceof \WP_REST_Response ) {
			return $op;
		}
		if ( ! self::within_rate_limit() ) {
			$response = self::error( 429, 'rate_limited', 'Too many participations from this address: try again in a few minutes.' );
			$response->header( 'Retry-After', '600' );
			return $response;
		}
		$locale = sanitize_text_field( (string) $request->get_header( 'accept_language' ) );
		try {
			$upstream = Http::request(
				'POST',
				$op['instance'] . '/api',
				array(
					'timeout' => Api::timeout(),
					'headers' => array_filter(
						array(
							'Content-Type'    => 'application/json',
							'Accept'          => 'application/json',
							'Accept-Language' => substr( $locale, 0, 64 ),
						)
					),
					'body'    => wp_json_encode(
						array(
							'query'         => $op['query'],
							'variables'     => (object) $op['variables'],
							'operationName' => $op['name'],
						)
					),
				)
			);
		} catch ( Upstream_Error $error ) {
			return self::error( 502, 'upstream_unavailable', 'The instance could not be reached.' );
		}
		$json = Api::decode_json( $upstream['body'] );
		if ( 200 !== $upstream['status'] || ! is_array( $json ) ) {
			return self::error( 502, 'upstream_unavailable', 'The instance could not be reached.' );
		}
		$response = new \WP_REST_Response( $json, 200 );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * At most 10 participations per visitor address in 10 minutes. The count is one row of the
	 * options table per address and 10-minute window, raised by one atomic statement, so
	 * concurrent requests cannot all read the same count.
	 */
	private static function within_rate_limit(): bool {
		global $wpdb;
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/**
		 * Filters how many join or leave requests one visitor address may send in 10 minutes.
		 *
		 * @param int $limit Default 10.
		 */
		$limit  = (int) apply_filters( 'kiosque_rsvp_rate_limit', 10 );
		$window = (string) intdiv( time(), 10 * MINUTE_IN_SECONDS );
		$prefix = '_kiosque_rl_';
		$name   = $prefix . substr( hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) ), 0, 24 ) . '_' . $window;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- an atomic counter has no WordPress API.
		// LAST_INSERT_ID(x) hands this connection the count it wrote (one row affected: inserted).
		$affected = $wpdb->query(
			$wpdb->prepare(
				"INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, '1', 'no') ON DUPLICATE KEY UPDATE option_value = LAST_INSERT_ID(CAST(option_value AS UNSIGNED) + 1)",
				$name
			)
		);
		$count    = 1 === $affected ? 1 : (int) $wpdb->get_var( 'SELECT LAST_INSERT_ID()' );
		if ( 1 === $count ) {
			// The first request of a window forgets the counts of the windows before.
			$wpdb->query(
				$wpdb->prepare(
					"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s AND option_name NOT LIKE %s",
					$wpdb->esc_like( $prefix ) . '%',
					'%' . $wpdb->esc_like( '_' . $window )
				)
			);
		}
		// phpcs:enable WordPress.DB.DirectDatabaseQuery
		return $count <= $limit;
	}

	/**
	 * GET media: a remote picture, fetched once and then served from the site's cache.
	 *
	 * Only JPEG, PNG, GIF, WebP and AVIF are served, recognised by their first bytes (whatever
	 * type the remote server claims); an SVG or anything else is refused. The cache file is
	 * named by a keyed hash of the URL, has no extension, and is only ever sent by this route
	 * with the type read from its bytes: a web server that serves the uploads folder directly
	 * finds no name to guess and nothing it would run.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|void
	 */
	public static function media( \WP_REST_Request $request ) {
		$url = (string) $request['u'];
		if ( ! self::enabled() || ! hash_equals( self::sign( $url ), (string) $request['s'] ) || null === Normalize::safe_url( $url ) ) {
			return new \WP_REST_Response( null, 404 );
		}
		$dir  = self::media_dir();
		$file = $dir . '/' . hash_hmac( 'sha256', $url, wp_salt( 'auth' ) . 'kiosque-media-file' );
		$type = null;
		if ( is_readable( $file ) && filemtime( $file ) > time() - self::MEDIA_KEEP_SECONDS ) {
			$type = self::image_type( (string) file_get_contents( $file, false, null, 0, 16 ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		}
		if ( null === $type ) {
			try {
				$upstream = Http::get_following_redirects( $url, array( 'timeout' => Api::timeout() ) );
			} catch ( Upstream_Error $error ) {
				return new \WP_REST_Response( null, 502 );
			}
			$type = 200 === $upstream['status'] ? self::image_type( $upstream['body'] ) : null;
			if ( null === $type ) {
				return new \WP_REST_Response( null, 502 );
			}
			if ( ! self::store( $file, $upstream['body'] ) ) {
				return new \WP_REST_Response( null, 500 );
			}
		}
		header( 'Content-Type: ' . $type );
		header( 'Content-Length: ' . (string) filesize( $file ) );
		header( 'Cache-Control: public, max-age=86400' );
		header( 'X-Content-Type-Options: nosniff' );
		header( "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox" );
		readfile( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- streaming the cached picture.
		exit;
	}

	/**
	 * The type of a picture from its first bytes: JPEG, PNG, GIF, WebP or AVIF, else null.
	 *
	 * @param string $bytes The file, or at least its first 16 bytes.
	 */
	public static function image_type( string $bytes ): ?string {
		if ( str_starts_with( $bytes, "\xFF\xD8\xFF" ) ) {
			return 'image/jpeg';
		}
		if ( str_starts_with( $bytes, "\x89PNG\r\n\x1A\n" ) ) {
			return 'image/png';
		}
		if ( str_starts_with( $bytes, 'GIF87a' ) || str_starts_with( $bytes, 'GIF89a' ) ) {
			return 'image/gif';
		}
		if ( str_starts_with( $bytes, 'RIFF' ) && 'WEBP' === substr( $bytes, 8, 4 ) ) {
			return 'image/webp';
		}
		if ( 'ftyp' === substr( $bytes, 4, 4 ) && in_array( substr( $bytes, 8, 4 ), array( 'avif', 'avis' ), true ) ) {
			return 'image/avif';
		}
		return null;
	}

	/**
	 * The folder of cached pictures (uploads/kiosque-media, or the `kiosque_media_dir` filter's,
	 * e.g. outside the web root), with files that keep a web server from listing or serving it.
	 */
	public static function media_dir(): string {
		$uploads = wp_upload_dir( null, false );
		/**
		 * Filters the folder where privacy mode caches event pictures.
		 *
		 * @param string $dir Default: the uploads folder's kiosque-media.
		 */
		$dir = untrailingslashit( (string) apply_filters( 'kiosque_media_dir', trailingslashit( $uploads['basedir'] ) . 'kiosque-media' ) );
		if ( ! is_dir( $dir ) ) {
			wp_mkdir_p( $dir );
		}
		$guards = array(
			'index.php' => "<?php\n// Silence is golden.\n",
			'.htaccess' => "# Pictures of Kiosque's privacy mode: served by WordPress only.\nRequire all denied\n",
		);
		foreach ( $guards as $name => $content ) {
			if ( ! file_exists( "{$dir}/{$name}" ) ) {
				file_put_contents( "{$dir}/{$name}", $content ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- files of the plugin's cache folder.
			}
		}
		return $dir;
	}

	/**
	 * Writes a cached picture atomically (a temporary file renamed), then, once a day, deletes
	 * pictures older than a week and the oldest beyond MEDIA_MAX_FILES.
	 *
	 * @param string $file  Path.
	 * @param string $bytes Content.
	 */
	private static function store( string $file, string $bytes ): bool {
		$temporary = $file . '.' . wp_generate_password( 12, false ) . '.tmp';
		if ( false === file_put_contents( $temporary, $bytes ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a cache file, renamed into place.
			return false;
		}
		if ( ! rename( $temporary, $file ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.rename_rename -- an atomic replace has no WordPress API.
			wp_delete_file( $temporary );
			return false;
		}
		if ( false === get_transient( 'kiosque_media_swept' ) ) {
			set_transient( 'kiosque_media_swept', 1, DAY_IN_SECONDS );
			self::sweep_media( dirname( $file ) );
		}
		return true;
	}

	/**
	 * Deletes cached pictures older than MEDIA_KEEP_SECONDS (and temporary files left by a
	 * crash an hour ago or more), then the oldest beyond MEDIA_MAX_FILES.
	 *
	 * @param string $dir The folder of cached pictures.
	 */
	public static function sweep_media( string $dir ): void {
		$files = array();
		foreach ( (array) glob( $dir . '/*' ) as $path ) {
			if ( is_string( $path ) && 1 === preg_match( '/^[0-9a-f]{64}(\.[A-Za-z0-9]{12}\.tmp)?$/', basename( $path ) ) ) {
				$files[ $path ] = (int) filemtime( $path );
			}
		}
		arsort( $files );
		$kept = 0;
		foreach ( $files as $path => $time ) {
			if ( str_ends_with( $path, '.tmp' ) ) {
				// A write in progress is young; one left by a crash is not.
				if ( $time < time() - HOUR_IN_SECONDS ) {
					wp_delete_file( $path );
				}
				continue;
			}
			if ( $time > time() - self::MEDIA_KEEP_SECONDS && $kept < self::MEDIA_MAX_FILES ) {
				++$kept;
				continue;
			}
			wp_delete_file( $path );
		}
	}
}
