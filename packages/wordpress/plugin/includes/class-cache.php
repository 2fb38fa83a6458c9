<?php
/**
 * The server-side cache of upstream answers, in transients.
 *
 * - Fresh for the TTL (setting): served without a request.
 * - Then, for the stale-while-revalidate window, served at once and refreshed after the page
 *   is sent (one refresh at a time).
 * - A lock makes many concurrent page loads cause one upstream request: the others serve the
 *   last answer, or wait briefly for the one being fetched.
 * - Last good data: an entry is kept for 30 days, so an instance that is down leaves the last
 *   answer on the page instead of an error.
 * - A failure with nothing to show is remembered for a few seconds, so a dead instance is not
 *   asked again by every visitor.
 *
 * Keys are built from the canonical form of a request (see key()), so identical requests
 * always share an entry.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Transient cache with TTL, stale-while-revalidate, a lock and last good data.
 */
final class Cache {

	private const FORMAT          = 1;
	private const PREFIX          = 'kiosque_c_';
	private const FAILURE_PREFIX  = 'kiosque_f_';
	private const LOCK_PREFIX     = '_kiosque_lock_';
	private const KEEP_SECONDS    = 30 * DAY_IN_SECONDS;
	private const FAILURE_SECONDS = 20;
	private const LOCK_SECONDS    = 30;

	/**
	 * Refreshes to run once the page has been sent.
	 *
	 * @var array<string, array{0: callable, 1: int}>
	 */
	private static array $pending = array();

	/**
	 * A stable key for a request: the same parts give the same key on every page load.
	 *
	 * @param string $kind  What is cached (config, events, event, proxy…).
	 * @param mixed  $parts Anything JSON-encodable that identifies the request.
	 */
	public static function key( string $kind, $parts ): string {
		$generation = (int) get_option( 'kiosque_cache_generation', 0 );
		return $kind . '_' . md5( $generation . ' ' . wp_json_encode( self::canonical( $parts ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
	}

	/**
	 * Objects with sorted keys, recursively (lists keep their order): equal values in any key
	 * order compare equal (the cache's keys, the proxy's variables).
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	public static function canonical( $value ) {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		if ( ! array_is_list( $value ) ) {
			ksort( $value, SORT_STRING );
		}
		return array_map( array( self::class, 'canonical' ), $value );
	}

	/**
	 * Fresh-for seconds (the TTL setting).
	 */
	public static function ttl(): int {
		return max( 0, (int) Settings::get( 'cache_ttl' ) );
	}

	/**
	 * Stale-while-revalidate window in seconds.
	 */
	public static function stale_while_revalidate(): int {
		/**
		 * Filters how long after the TTL a cached answer is still served while it is refreshed.
		 *
		 * @param int $seconds Default one day.
		 */
		return max( 0, (int) apply_filters( 'kiosque_stale_while_revalidate', DAY_IN_SECONDS ) );
	}

	/**
	 * The cached value for a key, or fetches it.
	 *
	 * @param string   $key     From key().
	 * @param callable $fetch   Returns [ 'value' => mixed, 'cacheable' => bool ]; throws Upstream_Error.
	 * @param int|null $ttl     Fresh-for seconds; default the TTL setting.
	 * @param float    $wait    Seconds to wait for another request fetching the same key.
	 * @param int|null $keep    Seconds the answer is kept as last good data; default 30 days.
	 * @return array{value: mixed, fetchedAt: int, stale: bool}
	 * @throws Upstream_Error When there is nothing to show.
	 */
	public static function remember( string $key, callable $fetch, ?int $ttl = null, float $wait = 8.0, ?int $keep = null ): array {
		$keep  = $keep ?? self::KEEP_SECONDS;
		$ttl   = $ttl ?? self::ttl();
		$entry = self::read( $key );
		$age   = null !== $entry ? ( self::now_ms() - $entry['t'] ) / 1000 : null;

		if ( null !== $entry && $age < $ttl ) {
			return self::result( $entry, false );
		}
		if ( null !== $entry && $age < $ttl + self::stale_while_revalidate() ) {
			self::revalidate_later( $key, $fetch, $keep );
			return self::result( $entry, false );
		}
		$failure = get_transient( self::FAILURE_PREFIX . $key );
		if ( is_array( $failure ) ) {
			if ( null !== $entry && in_array( $failure['kind'], Upstream_Error::FALLBACK_KINDS, true ) ) {
				return self::result( $entry, true );
			}
			throw new Upstream_Error( sanitize_key( (string) $failure['kind'] ), esc_html( (string) $failure['message'] ) );
		}
		if ( ! self::lock( $key ) ) {
			if ( null !== $entry ) {
				return self::result( $entry, true );
			}
			return self::wait_for( $key, $wait );
		}
		try {
			return self::fetch_and_store( $key, $fetch, $keep );
		} catch ( Upstream_Error $error ) {
			if ( null !== $entry && $error->allows_last_good() ) {
				return self::result( $entry, true );
			}
			throw $error;
		} finally {
			self::unlock( $key );
		}
	}

	/**
	 * Fetches, stores a cacheable answer, and remembers a failure briefly.
	 *
	 * @param string   $key   Key.
	 * @param callable $fetch Fetcher.
	 * @param int      $keep  Seconds the answer is kept.
	 * @return array{value: mixed, fetchedAt: int, stale: bool}
	 * @throws Upstream_Error From the fetcher.
	 */
	private static function fetch_and_store( string $key, callable $fetch, int $keep ): array {
		try {
			$fetched = $fetch();
		} catch ( Upstream_Error $error ) {
			set_transient(
				self::FAILURE_PREFIX . $key,
				array(
					'kind'    => $error->kind,
					'message' => $error->getMessage(),
				),
				self::FAILURE_SECONDS
			);
			throw $error;
		}
		$entry = array(
			'v' => self::FORMAT,
			't' => self::now_ms(),
			'd' => $fetched['value'],
		);
		if ( ! empty( $fetched['cacheable'] ) ) {
			set_transient( self::PREFIX . $key, $entry, $keep );
			delete_transient( self::FAILURE_PREFIX . $key );
		}
		return self::result( $entry, false );
	}

	/**
	 * Another request holds the lock and nothing is cached yet: wait for its answer.
	 *
	 * @param string $key     Key.
	 * @param float  $seconds How long to wait.
	 * @return array{value: mixed, fetchedAt: int, stale: bool}
	 * @throws Upstream_Error When no answer arrived in time.
	 */
	private static function wait_for( string $key, float $seconds ): array {
		$deadline = microtime( true ) + $seconds;
		while ( microtime( true ) < $deadline ) {
			usleep( 100000 );
			$entry = self::read( $key, true );
			if ( null !== $entry ) {
				return self::result( $entry, false );
			}
			$failure = get_transient( self::FAILURE_PREFIX . $key );
			if ( is_array( $failure ) ) {
				throw new Upstream_Error( sanitize_key( (string) $failure['kind'] ), esc_html( (string) $failure['message'] ) );
			}
		}
		throw new Upstream_Error( 'busy', 'Another request is fetching this data.' );
	}

	/**
	 * Schedules a refresh after the page is sent (once per key and request, one at a time).
	 *
	 * @param string   $key   Key.
	 * @param callable $fetch Fetcher.
	 * @param int      $keep  Seconds the answer is kept.
	 */
	private static function revalidate_later( string $key, callable $fetch, int $keep ): void {
		if ( isset( self::$pending[ $key ] ) ) {
			return;
		}
		if ( ! self::$pending ) {
			add_action( 'shutdown', array( self::class, 'run_pending' ), 1000 );
		}
		self::$pending[ $key ] = array( $fetch, $keep );
	}

	/**
	 * Runs the scheduled refreshes. Hooked on shutdown: the visitor has the page already where
	 * the server can finish the response early (PHP-FPM, LiteSpeed).
	 */
	public static function run_pending(): void {
		if ( function_exists( 'fastcgi_finish_request' ) ) {
			fastcgi_finish_request();
		} elseif ( function_exists( 'litespeed_finish_request' ) ) {
			litespeed_finish_request();
		}
		$pending       = self::$pending;
		self::$pending = array();
		foreach ( $pending as $key => list( $fetch, $keep ) ) {
			if ( ! self::lock( $key ) ) {
				continue;
			}
			try {
				self::fetch_and_store( $key, $fetch, $keep );
			} catch ( Upstream_Error $error ) {
				// The last good data stays; the failure is remembered briefly by fetch_and_store().
				unset( $error );
			} finally {
				self::unlock( $key );
			}
		}
	}

	/**
	 * A valid stored entry, or null.
	 *
	 * @param string $key         Key.
	 * @param bool   $skip_memory Read the database, not WordPress's per-request option cache.
	 * @return array{v: int, t: int, d: mixed}|null
	 */
	private static function read( string $key, bool $skip_memory = false ): ?array {
		if ( $skip_memory && ! wp_using_ext_object_cache() ) {
			wp_cache_delete( '_transient_' . self::PREFIX . $key, 'options' );
			wp_cache_delete( '_transient_timeout_' . self::PREFIX . $key, 'options' );
			wp_cache_delete( 'notoptions', 'options' );
		}
		$entry = get_transient( self::PREFIX . $key );
		if ( ! is_array( $entry ) || ( $entry['v'] ?? null ) !== self::FORMAT || ! is_int( $entry['t'] ?? null ) || ! array_key_exists( 'd', $entry ) ) {
			return null;
		}
		return $entry;
	}

	/**
	 * The public shape of an entry.
	 *
	 * @param array $entry Entry.
	 * @param bool  $stale Whether it is last good data after a failure.
	 * @return array{value: mixed, fetchedAt: int, stale: bool}
	 */
	private static function result( array $entry, bool $stale ): array {
		return array(
			'value'     => $entry['d'],
			'fetchedAt' => $entry['t'],
			'stale'     => $stale,
		);
	}

	/**
	 * Current time in epoch milliseconds.
	 */
	public static function now_ms(): int {
		return (int) floor( microtime( true ) * 1000 );
	}

	/**
	 * Takes the lock of a key. Atomic: an object cache's add(), else a unique row in the
	 * options table (INSERT IGNORE); a lock left by a crashed request expires.
	 *
	 * @param string $key Key.
	 */
	private static function lock( string $key ): bool {
		if ( wp_using_ext_object_cache() ) {
			return wp_cache_add( $key, 1, 'kiosque_locks', self::LOCK_SECONDS );
		}
		global $wpdb;
		$name    = self::LOCK_PREFIX . $key;
		$expires = time() + self::LOCK_SECONDS;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- an atomic insert has no WordPress API; never cached.
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", $name, (string) $expires ) );
		if ( 1 === $inserted ) {
			return true;
		}
		$taken = $wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = %s WHERE option_name = %s AND CAST(option_value AS UNSIGNED) < %d", (string) $expires, $name, time() ) );
		// phpcs:enable WordPress.DB.DirectDatabaseQuery
		return 1 === $taken;
	}

	/**
	 * Releases the lock of a key.
	 *
	 * @param string $key Key.
	 */
	private static function unlock( string $key ): void {
		if ( wp_using_ext_object_cache() ) {
			wp_cache_delete( $key, 'kiosque_locks' );
			return;
		}
		global $wpdb;
		$wpdb->delete( $wpdb->options, array( 'option_name' => self::LOCK_PREFIX . $key ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- see lock().
	}

	/**
	 * Whether an answer is stored for a key (fresh or not).
	 *
	 * @param string $key From key().
	 */
	public static function has( string $key ): bool {
		return null !== self::read( $key );
	}

	/**
	 * Keeps at most `$max` stored answers of a kind (the first part of their key()), deleting
	 * those that would expire first. For kinds whose keys come from visitors' input.
	 *
	 * @param string $kind Kind, as given to key().
	 * @param int    $max  How many to keep.
	 */
	public static function trim( string $kind, int $max ): void {
		if ( wp_using_ext_object_cache() ) {
			return; // An object cache evicts by itself.
		}
		global $wpdb;
		$prefix = '_transient_timeout_' . self::PREFIX . $kind . '_';
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- transients by prefix have no WordPress API.
		$names = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s ORDER BY CAST(option_value AS UNSIGNED) DESC, option_id DESC LIMIT 100000 OFFSET %d",
				$wpdb->esc_like( $prefix ) . '%',
				$max
			)
		);
		// phpcs:enable WordPress.DB.DirectDatabaseQuery
		foreach ( $names as $name ) {
			delete_transient( substr( $name, strlen( '_transient_timeout_' ) ) );
		}
	}

	/**
	 * Forgets every cached answer: a new generation changes every key (also in an object
	 * cache), and the rows of the options table are deleted.
	 */
	public static function flush(): void {
		global $wpdb;
		update_option( 'kiosque_cache_generation', (int) get_option( 'kiosque_cache_generation', 0 ) + 1, false );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- transients by prefix have no WordPress API.
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
				$wpdb->esc_like( '_transient_kiosque_' ) . '%',
				$wpdb->esc_like( '_transient_timeout_kiosque_' ) . '%',
				$wpdb->esc_like( self::LOCK_PREFIX ) . '%',
				$wpdb->esc_like( '_site_transient_kiosque_' ) . '%'
			)
		);
		// phpcs:enable WordPress.DB.DirectDatabaseQuery
	}
}
