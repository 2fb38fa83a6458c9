<?php
/**
 * Settings -> Kiosque: default instance and group, cache TTL, map tiles and consent, privacy
 * mode and the other instances the privacy proxy may serve. One option, `kiosque_settings`.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * The settings option and its page.
 */
final class Settings {

	public const OPTION = 'kiosque_settings';
	public const PAGE   = 'kiosque';

	/**
	 * Default values.
	 *
	 * @return array<string, mixed>
	 */
	public static function defaults(): array {
		return array(
			'instance'          => '',
			'group'             => '',
			'cache_ttl'         => 600,
			'map_tiles'         => '',
			'map_attribution'   => '',
			'map_consent'       => false,
			'privacy_mode'      => false,
			'allowed_instances' => array(),
		);
	}

	/**
	 * One setting.
	 *
	 * @param string $name Setting name.
	 * @return mixed
	 */
	public static function get( string $name ) {
		$saved = get_option( self::OPTION, array() );
		$all   = array_merge( self::defaults(), is_array( $saved ) ? $saved : array() );
		return $all[ $name ] ?? null;
	}

	/**
	 * The instances the privacy proxy serves: the default one and the listed ones.
	 *
	 * @return string[]
	 */
	public static function allowed_instances(): array {
		$list = array_merge( array( (string) self::get( 'instance' ) ), (array) self::get( 'allowed_instances' ) );
		return array_values( array_unique( array_filter( array_map( array( Http::class, 'normalize_instance' ), $list ) ) ) );
	}

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_action( 'admin_init', array( self::class, 'register_setting' ) );
		add_action( 'update_option_' . self::OPTION, array( Cache::class, 'flush' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( KIOSQUE_FILE ), array( self::class, 'action_links' ) );
	}

	/**
	 * A "Settings" link on the Plugins screen.
	 *
	 * @param string[] $links Links.
	 * @return string[]
	 */
	public static function action_links( array $links ): array {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ) . '">' . esc_html__( 'Settings', 'kiosque' ) . '</a>' );
		return $links;
	}

	/**
	 * Settings -> Kiosque.
	 */
	public static function add_page(): void {
		$hook = add_options_page(
			__( 'Kiosque', 'kiosque' ),
			__( 'Kiosque', 'kiosque' ),
			'manage_options',
			self::PAGE,
			array( self::class, 'render_page' )
		);
		add_action( 'admin_print_scripts-' . $hook, array( self::class, 'enqueue' ) );
	}

	/**
	 * The "Test connection" script of the page.
	 */
	public static function enqueue(): void {
		wp_enqueue_script( 'kiosque-settings', KIOSQUE_URL . 'assets/settings.js', array( 'wp-api-fetch', 'wp-i18n' ), KIOSQUE_VERSION, true );
		wp_set_script_translations( 'kiosque-settings', 'kiosque', KIOSQUE_DIR . 'languages' );
	}

	/**
	 * The setting, its sections and fields.
	 */
	public static function register_setting(): void {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::defaults(),
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'kiosque_instance', __( 'Mobilizon instance', 'kiosque' ), '__return_null', self::PAGE );
		add_settings_section( 'kiosque_display', __( 'Display and cache', 'kiosque' ), '__return_null', self::PAGE );
		add_settings_section( 'kiosque_privacy', __( 'Privacy', 'kiosque' ), array( self::class, 'privacy_intro' ), self::PAGE );

		$fields = array(
			array( 'instance', __( 'Default instance', 'kiosque' ), 'kiosque_instance' ),
			array( 'group', __( 'Default group', 'kiosque' ), 'kiosque_instance' ),
			array( 'cache_ttl', __( 'Cache lifetime', 'kiosque' ), 'kiosque_display' ),
			array( 'map_tiles', __( 'Map tiles', 'kiosque' ), 'kiosque_display' ),
			array( 'map_attribution', __( 'Map attribution', 'kiosque' ), 'kiosque_display' ),
			array( 'map_consent', __( 'Map consent', 'kiosque' ), 'kiosque_display' ),
			array( 'privacy_mode', __( 'Privacy mode', 'kiosque' ), 'kiosque_privacy' ),
			array( 'allowed_instances', __( 'Other instances', 'kiosque' ), 'kiosque_privacy' ),
		);
		foreach ( $fields as $field ) {
			add_settings_field(
				'kiosque_' . $field[0],
				$field[1],
				array( self::class, 'render_field' ),
				self::PAGE,
				$field[2],
				array(
					'name'      => $field[0],
					'label_for' => 'kiosque_' . $field[0],
				)
			);
		}
	}

	/**
	 * Sanitizes the submitted settings. Invalid values keep the previous value and say why.
	 *
	 * @param mixed $input Submitted value.
	 * @return array<string, mixed>
	 */
	public static function sanitize( $input ): array {
		$previous = array_merge( self::defaults(), (array) get_option( self::OPTION, array() ) );
		$input    = is_array( $input ) ? $input : array();
		$out      = $previous;

		$instance = trim( (string) ( $input['instance'] ?? '' ) );
		if ( '' === $instance ) {
			$out['instance'] = '';
		} elseif ( null !== Http::normalize_instance( $instance ) ) {
			$out['instance'] = Http::normalize_instance( $instance );
		} else {
			self::error(
				'kiosque_instance',
				/* translators: %s: the URL the administrator typed. */
				sprintf( __( '"%s" is not the address of a Mobilizon instance: use e.g. https://mobilizon.example.', 'kiosque' ), $instance )
			);
		}

		$group = ltrim( sanitize_text_field( (string) ( $input['group'] ?? '' ) ), '@' );
		if ( '' === $group || preg_match( '/^[^@\s\/?#,]+(@[^@\s\/?#,]+)?$/', $group ) ) {
			$out['group'] = $group;
		} else {
			/* translators: %s: the group handle the administrator typed. */
			self::error( 'kiosque_group', sprintf( __( '"%s" is not a group handle: use "name" or "name@instance.example".', 'kiosque' ), $group ) );
		}

		$ttl              = absint( $input['cache_ttl'] ?? 600 );
		$out['cache_ttl'] = min( max( $ttl, 0 ), WEEK_IN_SECONDS );

		$tiles = trim( (string) ( $input['map_tiles'] ?? '' ) );
		if ( '' === $tiles || preg_match( '#^https://[^\s"<>]+\{z\}[^\s"<>]*$#', $tiles ) ) {
			$out['map_tiles'] = $tiles;
		} else {
			self::error( 'kiosque_map_tiles', __( 'The tile address must be an https URL template with {z}, {x} and {y}.', 'kiosque' ) );
		}
		$out['map_attribution'] = sanitize_text_field( (string) ( $input['map_attribution'] ?? '' ) );
		$out['map_consent']     = ! empty( $input['map_consent'] );
		$out['privacy_mode']    = ! empty( $input['privacy_mode'] );

		$allowed = array();
		foreach ( preg_split( '/[\s,]+/', (string) ( $input['allowed_instances'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY ) as $url ) {
			$normalized = Http::normalize_instance( $url );
			if ( null === $normalized ) {
				/* translators: %s: a URL from the list of other instances. */
				self::error( 'kiosque_allowed_instances', sprintf( __( '"%s" is not the address of a Mobilizon instance and was left out.', 'kiosque' ), $url ) );
				continue;
			}
			$allowed[] = $normalized;
		}
		$out['allowed_instances'] = array_values( array_unique( $allowed ) );
		return $out;
	}

	/**
	 * Reports an invalid value once (WordPress sanitizes a new option twice on its first save).
	 * WordPress prints settings errors as HTML, and the messages quote what was submitted: they
	 * are escaped here, the one place they pass through.
	 *
	 * @param string $code    Error code.
	 * @param string $message Message, plain text.
	 */
	private static function error( string $code, string $message ): void {
		$message = esc_html( $message );
		foreach ( get_settings_errors( self::OPTION ) as $error ) {
			if ( $error['code'] === $code && $error['message'] === $message ) {
				return;
			}
		}
		add_settings_error( self::OPTION, $code, $message );
	}

	/**
	 * Text above the privacy fields.
	 */
	public static function privacy_intro(): void {
		echo '<p>' . esc_html__( 'In privacy mode, visitors\' browsers never contact the Mobilizon instance: the site fetches events, pictures and participations for them.', 'kiosque' ) . '</p>';
	}

	/**
	 * One field.
	 *
	 * @param array{name: string, label_for: string} $args Field arguments.
	 */
	public static function render_field( array $args ): void {
		$name  = $args['name'];
		$id    = $args['label_for'];
		$value = self::get( $name );
		$field = self::OPTION . '[' . $name . ']';
		switch ( $name ) {
			case 'instance':
				printf(
					'<input type="url" class="regular-text code" id="%1$s" name="%2$s" value="%3$s" placeholder="https://mobilizon.example" aria-describedby="%1$s-help kiosque-test-result" /> <button type="button" class="button" id="kiosque-test-connection">%4$s</button><p class="description" id="%1$s-help">%5$s</p><p id="kiosque-test-result" role="status" aria-live="polite"></p>',
					esc_attr( $id ),
					esc_attr( $field ),
					esc_attr( (string) $value ),
					esc_html__( 'Test connection', 'kiosque' ),
					esc_html__( 'Used by every block, shortcode and widget that does not name its own instance.', 'kiosque' )
				);
				break;
			case 'group':
				printf(
					'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" placeholder="climate-action" aria-describedby="%1$s-help" /><p class="description" id="%1$s-help">%4$s</p>',
					esc_attr( $id ),
					esc_attr( $field ),
					esc_attr( (string) $value ),
					esc_html__( 'Handle of a group ("name" or "name@other.instance"). Empty: the instance\'s upcoming events.', 'kiosque' )
				);
				break;
			case 'cache_ttl':
				printf(
					'<input type="number" min="0" max="%5$d" step="1" class="small-text" id="%1$s" name="%2$s" value="%3$d" aria-describedby="%1$s-help" /> %4$s<p class="description" id="%1$s-help">%6$s</p>',
					esc_attr( $id ),
					esc_attr( $field ),
					(int) $value,
					esc_html__( 'seconds', 'kiosque' ),
					(int) WEEK_IN_SECONDS,
					esc_html__( 'How long fetched events are shown without asking the instance again. After that they are still shown while being refreshed, and kept when the instance is down.', 'kiosque' )
				);
				break;
			case 'map_tiles':
			case 'map_attribution':
				printf(
					'<input type="text" class="regular-text code" id="%1$s" name="%2$s" value="%3$s" placeholder="%4$s" aria-describedby="%1$s-help" /><p class="description" id="%1$s-help">%5$s</p>',
					esc_attr( $id ),
					esc_attr( $field ),
					esc_attr( (string) $value ),
					'map_tiles' === $name ? 'https://tile.example/{z}/{x}/{y}.png' : '',
					'map_tiles' === $name
						? esc_html__( 'Empty: the tiles the instance is configured with.', 'kiosque' )
						: esc_html__( 'Credit shown on the map for these tiles.', 'kiosque' )
				);
				break;
			case 'map_consent':
			case 'privacy_mode':
				printf(
					'<label><input type="checkbox" id="%1$s" name="%2$s" value="1" %3$s /> %4$s</label>',
					esc_attr( $id ),
					esc_attr( $field ),
					checked( (bool) $value, true, false ),
					'map_consent' === $name
						? esc_html__( 'Show a "Show map" button, and load no map tile before the visitor presses it.', 'kiosque' )
						: esc_html__( 'Serve events, pictures and participations from this site.', 'kiosque' )
				);
				break;
			case 'allowed_instances':
				printf(
					'<textarea class="large-text code" rows="3" id="%1$s" name="%2$s" aria-describedby="%1$s-help">%3$s</textarea><p class="description" id="%1$s-help">%4$s</p>',
					esc_attr( $id ),
					esc_attr( $field ),
					esc_textarea( implode( "\n", (array) $value ) ),
					esc_html__( 'One address per line: other instances that blocks on this site show. In privacy mode the site only serves the default instance and these.', 'kiosque' )
				);
				break;
		}
	}

	/**
	 * The settings page.
	 */
	public static function render_page(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<p>' . esc_html__( 'Kiosque shows the events of a Mobilizon instance with the Kiosque blocks, the [kiosque_events] shortcodes and the Kiosque widget.', 'kiosque' ) . '</p>';
		echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form></div>';
	}
}
