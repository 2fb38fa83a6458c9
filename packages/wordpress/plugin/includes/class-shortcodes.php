<?php
/**
 * Shortcodes [kiosque_events], [kiosque_calendar], [kiosque_map], [kiosque_event] and
 * [kiosque_rsvp], with the attributes of the matching blocks in the elements' spelling:
 * `[kiosque_events group="climate-action" limit="5" without-images]`.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode registration.
 */
final class Shortcodes {

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'init', array( self::class, 'add' ) );
	}

	/**
	 * Adds the shortcodes.
	 */
	public static function add(): void {
		foreach ( Render::KINDS as $kind ) {
			add_shortcode(
				'kiosque_' . $kind,
				static function ( $atts ) use ( $kind ): string {
					return Render::element( $kind, Render::from_shortcode( $kind, $atts ) );
				}
			);
		}
	}
}
