<?php
/**
 * Wires the plugin's parts to WordPress.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Bootstrap.
 */
final class Plugin {

	/**
	 * Loads every class and registers the hooks.
	 */
	public static function boot(): void {
		spl_autoload_register(
			static function ( string $class_name ): void {
				if ( ! str_starts_with( $class_name, __NAMESPACE__ . '\\' ) ) {
					return;
				}
				$name = strtolower( str_replace( '_', '-', substr( $class_name, strlen( __NAMESPACE__ ) + 1 ) ) );
				$file = KIOSQUE_DIR . 'includes/class-' . $name . '.php';
				if ( is_readable( $file ) ) {
					require_once $file;
				}
			}
		);
		add_action( 'init', array( self::class, 'load_textdomain' ), 0 );
		// switch_to_locale() (e-mails, REST requests in the user's language) unloads our domain.
		add_action( 'change_locale', array( self::class, 'load_textdomain' ) );
		Settings::register();
		Assets::register();
		Blocks::register();
		Shortcodes::register();
		Widget::register();
		Rest::register();
		Proxy::register();
		Ics::register();
	}

	/**
	 * Translations shipped in languages/ (WordPress.org language packs take precedence).
	 */
	public static function load_textdomain(): void {
		unload_textdomain( 'kiosque' );
		load_plugin_textdomain( 'kiosque', false, dirname( plugin_basename( KIOSQUE_FILE ) ) . '/languages' );
	}
}
