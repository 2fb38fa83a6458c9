<?php
/**
 * Routes for the editor and the settings page: the connection test and the group check.
 * Read-only. They make the site contact an instance, so they must not let people who can
 * only edit posts probe other hosts: the connection test, which takes any address, is for
 * administrators (`manage_options`); the group check is for people who can edit posts, on the
 * instances of Settings -> Kiosque only, and tells them no more than "the instance could not
 * be asked". Administrators may check any instance and read why it failed.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Editor routes.
 */
final class Rest {

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
	}

	/**
	 * Routes.
	 */
	public static function routes(): void {
		$can_edit   = static fn(): bool => current_user_can( 'edit_posts' );
		$can_manage = static fn(): bool => current_user_can( 'manage_options' );
		register_rest_route(
			'kiosque/v1',
			'/instance',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'instance' ),
				'permission_callback' => $can_manage,
				'args'                => array(
					'url' => array(
						'type'     => 'string',
						'required' => true,
					),
				),
			)
		);
		register_rest_route(
			'kiosque/v1',
			'/group',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'group' ),
				'permission_callback' => $can_edit,
				'args'                => array(
					'instance' => array( 'type' => 'string' ),
					'handle'   => array(
						'type'     => 'string',
						'required' => true,
					),
				),
			)
		);
	}

	/**
	 * Whether the current user may ask any instance and read why it failed.
	 */
	private static function diagnoses(): bool {
		return current_user_can( 'manage_options' );
	}

	/**
	 * A message from an upstream failure: why it failed for administrators; for others one
	 * message whatever happened, so that they cannot tell a private address from a host that
	 * does not resolve.
	 *
	 * @param Upstream_Error $error Error.
	 */
	private static function failure( Upstream_Error $error ): \WP_Error {
		if ( ! self::diagnoses() ) {
			return new \WP_Error(
				'kiosque_unavailable',
				__( 'The instance could not be asked. An administrator can test the connection in Settings → Kiosque.', 'kiosque' ),
				array( 'status' => 502 )
			);
		}
		switch ( $error->kind ) {
			case 'refused':
				$message = __( 'This address is not allowed: it points to a private network.', 'kiosque' );
				break;
			case 'timeout':
				$message = __( 'The instance did not answer in time.', 'kiosque' );
				break;
			case 'network':
				$message = __( 'The instance could not be reached: check the address.', 'kiosque' );
				break;
			default:
				$message = __( 'This address did not answer like a Mobilizon instance.', 'kiosque' );
		}
		return new \WP_Error(
			'kiosque_' . $error->kind,
			$message,
			array(
				'status' => 502,
				// The message is HTML-escaped (Upstream_Error); JSON carries the plain text.
				'detail' => wp_specialchars_decode( $error->getMessage(), ENT_QUOTES ),
			)
		);
	}

	/**
	 * GET instance: name and version, asked now (not from the cache).
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return array<string, string>|\WP_Error
	 */
	public static function instance( \WP_REST_Request $request ) {
		$instance = Http::normalize_instance( (string) $request['url'] );
		if ( null === $instance ) {
			return new \WP_Error( 'kiosque_invalid_url', __( 'This is not the address of a Mobilizon instance: use e.g. https://mobilizon.example.', 'kiosque' ), array( 'status' => 400 ) );
		}
		try {
			$info = Api::instance_info( $instance, true );
		} catch ( Upstream_Error $error ) {
			return self::failure( $error );
		}
		return array(
			'instance' => $instance,
			'name'     => $info['name'],
			'version'  => $info['version'],
		);
	}

	/**
	 * GET group: whether a group handle exists on the instance.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return array<string, mixed>|\WP_Error
	 */
	public static function group( \WP_REST_Request $request ) {
		$given    = (string) $request['instance'];
		$instance = Http::normalize_instance( '' !== $given ? $given : Settings::get( 'instance' ) );
		if ( null === $instance ) {
			return new \WP_Error( 'kiosque_invalid_url', __( 'Set the instance first.', 'kiosque' ), array( 'status' => 400 ) );
		}
		if ( ! self::diagnoses() && ! in_array( $instance, Settings::allowed_instances(), true ) ) {
			return new \WP_Error(
				'kiosque_instance_not_configured',
				__( 'Groups can be checked here only on the instances of Settings → Kiosque.', 'kiosque' ),
				array( 'status' => 403 )
			);
		}
		$unknown = array();
		try {
			foreach ( Query::split( (string) $request['handle'] ) as $handle ) {
				$handle = ltrim( $handle, '@' );
				if ( ! preg_match( '/^[^@\s\/?#]+(@[^@\s\/?#]+)?$/', $handle ) || ! Api::group_exists( $instance, $handle ) ) {
					$unknown[] = $handle;
				}
			}
		} catch ( Upstream_Error $error ) {
			return self::failure( $error );
		}
		return array(
			'instance' => $instance,
			'unknown'  => $unknown,
		);
	}
}
