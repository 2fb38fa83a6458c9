<?php
/**
 * Removes everything the plugin stored: settings, widget settings, cached answers, locks,
 * rate-limit counters and cached pictures.
 *
 * @package Kiosque
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'kiosque_settings' );
delete_option( 'kiosque_cache_generation' );
delete_option( 'widget_kiosque_events' );

global $wpdb;
// phpcs:disable WordPress.DB.DirectDatabaseQuery -- transients by prefix have no WordPress API.
$wpdb->query(
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_kiosque_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_kiosque_' ) . '%',
		$wpdb->esc_like( '_kiosque_lock_' ) . '%',
		$wpdb->esc_like( '_kiosque_rl_' ) . '%'
	)
);
// phpcs:enable WordPress.DB.DirectDatabaseQuery

$kiosque_uploads = wp_upload_dir( null, false );
/** This filter is documented in includes/class-proxy.php */
$kiosque_media = untrailingslashit( (string) apply_filters( 'kiosque_media_dir', trailingslashit( $kiosque_uploads['basedir'] ) . 'kiosque-media' ) );
if ( is_dir( $kiosque_media ) ) {
	foreach ( array_merge( (array) glob( $kiosque_media . '/*' ), array( $kiosque_media . '/.htaccess' ) ) as $kiosque_file ) {
		if ( is_string( $kiosque_file ) && is_file( $kiosque_file ) ) {
			wp_delete_file( $kiosque_file );
		}
	}
	@rmdir( $kiosque_media ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged, WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- best effort.
}
