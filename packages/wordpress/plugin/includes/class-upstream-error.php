<?php
/**
 * The one error type of the plugin's upstream calls, with a kind as in @kiosque/client.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * A failed call to a Mobilizon instance. The message is for editors and logs, never visitors,
 * and is HTML-escaped where the error is made (esc_html()), as WordPress expects of exceptions.
 */
final class Upstream_Error extends \Exception {

	/**
	 * Failures for which the last good data is better than an error.
	 */
	public const FALLBACK_KINDS = array( 'network', 'timeout', 'http', 'graphql', 'invalid-response', 'busy' );

	/**
	 * One of network, timeout, http, graphql, not-found, invalid-response, invalid-input,
	 * refused (the address is not allowed), busy (another request is fetching).
	 *
	 * @var string
	 */
	public string $kind;

	/**
	 * Constructor.
	 *
	 * @param string $kind    Kind.
	 * @param string $message Message for editors, HTML-escaped.
	 */
	public function __construct( string $kind, string $message ) {
		parent::__construct( $message );
		$this->kind = $kind;
	}

	/**
	 * Whether last good data may stand in for this failure.
	 */
	public function allows_last_good(): bool {
		return in_array( $this->kind, self::FALLBACK_KINDS, true );
	}
}
