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

	private const MEDIA_TYPES = array(
		'image/jpeg'    => 'jpg',
		'image/png'     => 'png',
		'image/gif'     => 'gif',
		'image/webp'    => 'webp',
		'image/avif'    => 'avif',
		'image/svg+xml' => 'svg',
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
	 * Signature of a value, so only URLs this site wrote are served.
	 *
	 * @param string $value Value.
	 */
	public static function sign( string $value ): string {
		return substr( hash_hmac( 'sha256', $value, wp_salt( 'auth' ) . 'kiosque' ), 0, 32 );
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
	 * Whether an incoming operation is one the elements send, with the same variables.
	 *
	 * @param string $name      Operation name.
	 * @param string $query     Document.
	 * @param array  $variables Variables.
	 * @param array  $profile   Documents profile.
	 */
	private static function allowed( string $name, string $query, array $variables, array $profile ): bool {
		$compact = self::compact( $query );
		foreach ( self::candidates( $name, $variables, $profile, $query ) as $candidate ) {
			if ( self::compact( $candidate['query'] ) === $compact && $candidate['variables'] == $variables ) { // phpcs:ignore Universal.Operators.StrictComparisons -- same keys in any order.
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
		try {
			$result = Cache::remember(
				Cache::key(
					'proxy',
					array(
						'instance'  => $op['instance'],
						'name'      => $op['name'],
						'query'     => self::compact( $op['query'] ),
						'variables' => $op['variables'],
					)
				),
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
					$json = Api::decode_json( $upstream['body'] );
					if ( 200 !== $upstream['status'] || ! is_array( $json ) ) {
						throw new Upstream_Error( $upstream['status'] >= 300 && $upstream['status'] < 400 ? 'refused' : 'http', sprintf( 'HTTP %d from the instance', $upstream['status'] ) );
					}
					return array(
						'value'     => $json,
						'cacheable' => empty( $json['errors'] ),
					);
				}
			);
		} catch ( Upstream_Error $error ) {
			return self::error( 502, 'upstream_unavailable', 'The instance could not be reached.' );
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
	 * At most 10 participations per visitor address in 10 minutes.
	 */
	private static function within_rate_limit(): bool {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/**
		 * Filters how many join or leave requests one visitor address may send in 10 minutes.
		 *
		 * @param int $limit Default 10.
		 */
		$limit = (int) apply_filters( 'kiosque_rsvp_rate_limit', 10 );
		$key   = 'kiosque_rl_' . substr( hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) ), 0, 24 );
		$count = (int) get_transient( $key );
		if ( $count >= $limit ) {
			return false;
		}
		set_transient( $key, $count + 1, 10 * MINUTE_IN_SECONDS );
		return true;
	}

	/**
	 * GET media: a remote picture, fetched once and then served from the uploads folder.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|void
	 */
	public static function media( \WP_REST_Request $request ) {
		$url = (string) $request['u'];
		if ( ! self::enabled() || ! hash_equals( self::sign( $url ), (string) $request['s'] ) || null === Normalize::safe_url( $url ) ) {
			return new \WP_REST_Response( null, 404 );
		}
		$uploads = wp_upload_dir( null, false );
		$dir     = trailingslashit( $uploads['basedir'] ) . 'kiosque-media';
		$base    = $dir . '/' . sha1( $url );
		$file    = null;
		$type    = null;
		foreach ( self::MEDIA_TYPES as $mime => $ext ) {
			if ( is_readable( "{$base}.{$ext}.cache" ) ) {
				$file = "{$base}.{$ext}.cache";
				$type = $mime;
				break;
			}
		}
		if ( null === $file ) {
			try {
				$upstream = Http::get_following_redirects( $url, array( 'timeout' => Api::timeout() ) );
			} catch ( Upstream_Error $error ) {
				return new \WP_REST_Response( null, 502 );
			}
			$type = strtolower( trim( explode( ';', $upstream['headers']['content-type'] ?? '' )[0] ) );
			if ( 200 !== $upstream['status'] || ! isset( self::MEDIA_TYPES[ $type ] ) ) {
				return new \WP_REST_Response( null, 502 );
			}
			wp_mkdir_p( $dir );
			// A ".cache" name: a web server serving the uploads folder directly never renders
			// these files (an SVG opened on the site's origin could run scripts).
			$file = $base . '.' . self::MEDIA_TYPES[ $type ] . '.cache';
			file_put_contents( $file, $upstream['body'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a cache file in uploads.
		}
		header( 'Content-Type: ' . $type );
		header( 'Content-Length: ' . (string) filesize( $file ) );
		header( 'Cache-Control: public, max-age=86400' );
		header( 'X-Content-Type-Options: nosniff' );
		header( "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; sandbox" );
		readfile( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- streaming the cached picture.
		exit;
	}
}
