<?php
/**
 * Outgoing HTTP with SSRF protection: every request of the plugin goes through here.
 *
 * Only http(s) URLs without credentials; the host is resolved once, every address must be
 * public (private, loopback, link-local, reserved and carrier-grade NAT ranges are refused,
 * unless a site owner allows one host explicitly), and the connection is pinned to the
 * checked address so a DNS answer cannot change between the check and the request.
 * Redirects are never followed blindly: API calls refuse them, media downloads re-check
 * every hop.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * HTTP helpers.
 */
final class Http {

	private const MAX_REDIRECTS = 3;

	/**
	 * "https://mobilizon.example/", ".../api" → "https://mobilizon.example"; null when the URL
	 * is not the base address of an instance (as normalizeInstance() of the client).
	 *
	 * @param mixed $url URL.
	 */
	public static function normalize_instance( $url ): ?string {
		if ( ! is_string( $url ) ) {
			return null;
		}
		$url = trim( $url );
		if ( '' === $url || preg_match( '/[\s?#<>"\'\\\\]/', $url ) ) {
			return null;
		}
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return null;
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( ( 'http' !== $scheme && 'https' !== $scheme ) || isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			return null;
		}
		$path = rtrim( $parts['path'] ?? '', '/' );
		if ( '' !== $path && '/api' !== $path ) {
			return null;
		}
		$host    = strtolower( $parts['host'] );
		$port    = isset( $parts['port'] ) ? (int) $parts['port'] : null;
		$default = 'https' === $scheme ? 443 : 80;
		return $scheme . '://' . $host . ( null !== $port && $port !== $default ? ':' . $port : '' );
	}

	/**
	 * Whether an IP address is publicly routable.
	 *
	 * @param string $ip IPv4 or IPv6 address.
	 */
	public static function is_public_ip( string $ip ): bool {
		if ( preg_match( '/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i', $ip, $m ) ) {
			$ip = $m[1];
		}
		if ( ! filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_NO_PRIV_RANGE | FILTER_FLAG_NO_RES_RANGE ) ) {
			return false;
		}
		if ( filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 ) ) {
			$long = ip2long( $ip );
			// Ranges filter_var lets through: carrier-grade NAT, IETF protocol assignments, benchmarking.
			$blocked = array( array( '100.64.0.0', 10 ), array( '192.0.0.0', 24 ), array( '198.18.0.0', 15 ) );
			foreach ( $blocked as $range ) {
				$mask = -1 << ( 32 - $range[1] );
				if ( ( $long & $mask ) === ( ip2long( $range[0] ) & $mask ) ) {
					return false;
				}
			}
			return true;
		}
		// IPv6: unique local fc00::/7, link-local fe80::/10, NAT64 64:ff9b::/96, documentation 2001:db8::/32.
		$bin = inet_pton( $ip );
		if ( false === $bin ) {
			return false;
		}
		$first = ord( $bin[0] );
		if ( 0xfc === ( $first & 0xfe ) || ( 0xfe === $first && 0x80 === ( ord( $bin[1] ) & 0xc0 ) ) ) {
			return false;
		}
		return ! str_starts_with( bin2hex( $bin ), '0064ff9b' ) && ! str_starts_with( bin2hex( $bin ), '20010db8' );
	}

	/**
	 * Whether the site owner allowed this non-public host (for a Mobilizon on the same network,
	 * or a development instance): `define( 'KIOSQUE_ALLOW_PRIVATE_HOSTS', 'mobilizon.lan,127.0.0.1:4000' );`
	 * or the `kiosque_allow_private_host` filter.
	 *
	 * @param string   $host Host.
	 * @param int|null $port Port.
	 */
	public static function private_host_allowed( string $host, ?int $port ): bool {
		$allowed = defined( 'KIOSQUE_ALLOW_PRIVATE_HOSTS' ) ? Query::split( strtolower( (string) KIOSQUE_ALLOW_PRIVATE_HOSTS ) ) : array();
		$match   = in_array( $host, $allowed, true ) || ( null !== $port && in_array( $host . ':' . $port, $allowed, true ) );
		/**
		 * Filters whether the plugin may contact a host that resolves to a non-public address.
		 *
		 * @param bool     $match Whether KIOSQUE_ALLOW_PRIVATE_HOSTS lists it.
		 * @param string   $host  Host name or address.
		 * @param int|null $port  Port, when the URL has one.
		 */
		return (bool) apply_filters( 'kiosque_allow_private_host', $match, $host, $port );
	}

	/**
	 * Checks a URL and resolves its host. Throws Upstream_Error kind "refused" when the URL or
	 * one of its addresses is not allowed, "network" when the host does not resolve.
	 *
	 * @param string $url URL.
	 * @return array{host: string, port: int, ip: string}
	 * @throws Upstream_Error When the URL may not be fetched.
	 */
	public static function check( string $url ): array {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
			throw new Upstream_Error( 'refused', sprintf( 'Only http(s) URLs may be fetched, not %s.', $url ) );
		}
		if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
			throw new Upstream_Error( 'refused', 'URLs with credentials are refused.' );
		}
		$host = strtolower( trim( $parts['host'], '[]' ) );
		$port = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === strtolower( $parts['scheme'] ) ? 443 : 80 );
		if ( filter_var( $host, FILTER_VALIDATE_IP ) ) {
			$ips = array( $host );
		} else {
			$ips = gethostbynamel( $host );
			$ips = is_array( $ips ) ? $ips : array();
			if ( function_exists( 'dns_get_record' ) ) {
				$records = @dns_get_record( $host, DNS_AAAA ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a failed lookup is handled below.
				foreach ( is_array( $records ) ? $records : array() as $record ) {
					if ( isset( $record['ipv6'] ) ) {
						$ips[] = $record['ipv6'];
					}
				}
			}
		}
		if ( ! $ips ) {
			throw new Upstream_Error( 'network', sprintf( 'The host %s could not be resolved.', $host ) );
		}
		$allowed = null;
		foreach ( $ips as $ip ) {
			if ( ! self::is_public_ip( $ip ) ) {
				$allowed = $allowed ?? self::private_host_allowed( $host, isset( $parts['port'] ) ? (int) $parts['port'] : null );
				if ( ! $allowed ) {
					throw new Upstream_Error( 'refused', sprintf( '%s resolves to a private or reserved address; it is refused.', $host ) );
				}
			}
		}
		return array(
			'host' => $host,
			'port' => $port,
			'ip'   => $ips[0],
		);
	}

	/**
	 * One request to a checked URL, pinned to the checked address, no redirect followed.
	 *
	 * @param string               $method  GET or POST.
	 * @param string               $url     URL.
	 * @param array<string, mixed> $args    wp_remote_request() arguments (headers, body, timeout…).
	 * @return array{status: int, headers: array<string, string>, body: string}
	 * @throws Upstream_Error On a refused URL, a network failure or a timeout.
	 */
	public static function request( string $method, string $url, array $args = array() ): array {
		$target = self::check( $url );
		$pin    = static function ( $handle ) use ( $target ): void {
			if ( defined( 'CURLOPT_RESOLVE' ) ) {
				$ip = str_contains( $target['ip'], ':' ) ? '[' . $target['ip'] . ']' : $target['ip'];
				curl_setopt( $handle, CURLOPT_RESOLVE, array( $target['host'] . ':' . $target['port'] . ':' . $ip ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.curl_curl_setopt -- pinning the checked address has no WordPress API.
			}
		};
		add_action( 'http_api_curl', $pin );
		$response = wp_remote_request(
			$url,
			array_merge(
				array(
					'timeout'             => 8,
					'redirection'         => 0,
					'limit_response_size' => 5 * MB_IN_BYTES,
					'user-agent'          => 'Kiosque/' . KIOSQUE_VERSION . ' (WordPress; ' . home_url( '/' ) . ')',
				),
				$args,
				array(
					'method'             => $method,
					'reject_unsafe_urls' => false,
				)
			)
		);
		remove_action( 'http_api_curl', $pin );
		if ( is_wp_error( $response ) ) {
			$message = $response->get_error_message();
			$kind    = preg_match( '/timed? ?out|timeout/i', $message ) ? 'timeout' : 'network';
			throw new Upstream_Error( $kind, sprintf( 'Could not reach %1$s: %2$s', $url, $message ) );
		}
		$headers = array();
		foreach ( wp_remote_retrieve_headers( $response ) as $name => $value ) {
			$headers[ strtolower( (string) $name ) ] = is_array( $value ) ? implode( ', ', $value ) : (string) $value;
		}
		return array(
			'status'  => (int) wp_remote_retrieve_response_code( $response ),
			'headers' => $headers,
			'body'    => (string) wp_remote_retrieve_body( $response ),
		);
	}

	/**
	 * GET that follows up to three redirects, checking every hop (for media files).
	 *
	 * @param string               $url  URL.
	 * @param array<string, mixed> $args Request arguments.
	 * @return array{status: int, headers: array<string, string>, body: string}
	 * @throws Upstream_Error On a refused hop, too many redirects or a network failure.
	 */
	public static function get_following_redirects( string $url, array $args = array() ): array {
		for ( $hop = 0; $hop <= self::MAX_REDIRECTS; $hop++ ) {
			$response = self::request( 'GET', $url, $args );
			if ( $response['status'] < 300 || $response['status'] >= 400 || empty( $response['headers']['location'] ) ) {
				return $response;
			}
			$url = \WP_Http::make_absolute_url( $response['headers']['location'], $url );
		}
		throw new Upstream_Error( 'http', 'Too many redirects.' );
	}
}
