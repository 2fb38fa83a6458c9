<?php
/**
 * Dynamic blocks kiosque/events, calendar, map, event, rsvp: registered from their
 * block.json (built into build/blocks/), rendered on the server by Render.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Block registration.
 */
final class Blocks {

	/**
	 * Hooks.
	 */
	public static function register(): void {
		add_action( 'init', array( self::class, 'register_blocks' ) );
	}

	/**
	 * Registers every block type and the editor data its controls need.
	 */
	public static function register_blocks(): void {
		foreach ( Render::KINDS as $kind ) {
			// In the editor, the elements and the fallback's style are the blocks' own, which
			// WordPress also loads into the editor's iframe; on the site they are enqueued only
			// where a block is rendered (Render).
			$type = register_block_type(
				KIOSQUE_DIR . 'build/blocks/' . $kind,
				array(
					'render_callback' => array( Render::class, 'block' ),
					'script_handles'  => is_admin() ? array( Assets::LOADER ) : array(),
					'style_handles'   => is_admin() ? array( Assets::STYLE ) : array(),
				)
			);
			if ( $type && ! empty( $type->editor_script ) ) {
				wp_set_script_translations( $type->editor_script, 'kiosque', KIOSQUE_DIR . 'languages' );
			}
		}
		if ( is_admin() ) {
			add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_settings' ) );
		}
	}

	/**
	 * The site defaults the inspector shows as placeholders.
	 */
	public static function editor_settings(): void {
		foreach ( Render::KINDS as $kind ) {
			$handle = generate_block_asset_handle( 'kiosque/' . $kind, 'editorScript' );
			wp_add_inline_script(
				$handle,
				'window.kiosqueEditor = ' . wp_json_encode(
					array(
						'instance' => (string) Settings::get( 'instance' ),
						'group'    => (string) Settings::get( 'group' ),
						'lang'     => Render::lang( '' ),
					)
				) . ';',
				'before'
			);
		}
	}
}
