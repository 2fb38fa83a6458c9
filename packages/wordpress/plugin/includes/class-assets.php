<?php
/**
 * The elements script (packages/elements/dist/kiosque.js, an ES module with lazily loaded
 * chunks beside it) and the fallback's few styles, enqueued only on pages that render a
 * Kiosque block, shortcode or widget.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Script and style registration.
 */
final class Assets {

	public const SCRIPT = 'kiosque-elements';
	public const LOADER = 'kiosque-elements-loader';
	public const STYLE  = 'kiosque-fallback';

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'init', array( self::class, 'register_assets' ) );
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 2 );
		add_action( 'enqueue_block_editor_assets', array( self::class, 'enqueue' ) );
	}

	/**
	 * Registers the scripts and the style (enqueued later, when an element is rendered). The
	 * loader is the blocks' script in the editor (Blocks): a classic script that imports the
	 * elements module inside the editor's iframe.
	 */
	public static function register_assets(): void {
		wp_register_script( self::SCRIPT, KIOSQUE_URL . 'elements/kiosque.js', array(), KIOSQUE_VERSION, true );
		wp_register_script( self::LOADER, KIOSQUE_URL . 'assets/elements-loader.js', array(), KIOSQUE_VERSION, true );
		wp_register_style( self::STYLE, false, array(), KIOSQUE_VERSION );
		wp_add_inline_style(
			self::STYLE,
			'kiosque-events,kiosque-calendar,kiosque-map,kiosque-event,kiosque-rsvp{display:block}'
			. '.kiosque-fallback-list{padding-inline-start:1.25em}'
			. '.kiosque-fallback-event{margin-block:.6em}'
			. '.kiosque-fallback-event .p-name{display:block;font-weight:600}'
			. '.kiosque-fallback-event .p-location{display:block}'
			. '.kiosque-fallback-status{font-size:.85em;font-weight:600;border:1px solid;border-radius:.3em;padding:0 .3em}'
			. '.kiosque-subscribe{font-size:.9em}'
			. '.kiosque-notice{border-inline-start:4px solid #d63638;padding:.25em 1em;background:#fcf0f1;color:#1e1e1e}'
		);
	}

	/**
	 * Enqueues both; safe to call many times, from the content or the editor.
	 */
	public static function enqueue(): void {
		if ( ! wp_script_is( self::SCRIPT, 'registered' ) ) {
			self::register_assets();
		}
		wp_enqueue_script( self::SCRIPT );
		wp_enqueue_style( self::STYLE );
		if ( did_action( 'wp_print_styles' ) && ! wp_style_is( self::STYLE, 'done' ) ) {
			// Rendered after the head (classic themes): print the few rules inline once.
			wp_print_styles( self::STYLE );
		}
	}

	/**
	 * `type="module"` on the elements script (WordPress 6.1 has no script modules API).
	 *
	 * @param string $tag    Script tag.
	 * @param string $handle Handle.
	 */
	public static function module_tag( string $tag, string $handle ): string {
		if ( self::SCRIPT !== $handle ) {
			return $tag;
		}
		return (string) preg_replace( '/<script(?![^>]*\btype=)/', '<script type="module"', $tag, 1 );
	}
}
