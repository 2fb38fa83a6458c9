<?php
/**
 * Plugin Name:       Kiosque
 * Description:       The events of a Mobilizon instance on your site: blocks, shortcodes and a widget for lists, calendars, maps, single events and participation, rendered on the server for search engines and visitors without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Kiosque contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       kiosque
 * Domain Path:       /languages
 *
 * @package Kiosque
 */

defined( 'ABSPATH' ) || exit;

define( 'KIOSQUE_VERSION', '0.1.0' );
define( 'KIOSQUE_FILE', __FILE__ );
define( 'KIOSQUE_DIR', plugin_dir_path( __FILE__ ) );
define( 'KIOSQUE_URL', plugin_dir_url( __FILE__ ) );

require_once KIOSQUE_DIR . 'includes/class-plugin.php';

Kiosque\Plugin::boot();
