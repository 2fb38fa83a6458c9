<?php
/**
 * The classic "Mobilizon events" widget: a compact list for sidebars.
 *
 * @package Kiosque
 */

namespace Kiosque;

defined( 'ABSPATH' ) || exit;

/**
 * Sidebar event list.
 */
final class Widget extends \WP_Widget {

	/**
	 * Constructor.
	 */
	public function __construct() {
		parent::__construct(
			'kiosque_events',
			__( 'Mobilizon events', 'kiosque' ),
			array(
				'description'                 => __( 'Upcoming events of a Mobilizon instance or group, as a compact list.', 'kiosque' ),
				'customize_selective_refresh' => true,
				'show_instance_in_rest'       => true,
			)
		);
	}

	/**
	 * Registers the widget.
	 */
	public static function register(): void {
		add_action(
			'widgets_init',
			static function (): void {
				register_widget( self::class );
			}
		);
	}

	/**
	 * Front end.
	 *
	 * @param array $args     Sidebar arguments.
	 * @param array $instance Widget settings.
	 */
	public function widget( $args, $instance ) {
		$title = apply_filters( 'widget_title', (string) ( $instance['title'] ?? '' ), $instance, $this->id_base );
		echo $args['before_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- markup of the theme.
		if ( '' !== $title ) {
			echo $args['before_title'] . esc_html( $title ) . $args['after_title']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- markup of the theme.
		}
		$element = Render::element(
			'events',
			array(
				'instance'      => (string) ( $instance['instance'] ?? '' ),
				'group'         => (string) ( $instance['group'] ?? '' ),
				'limit'         => (int) ( $instance['limit'] ?? 5 ),
				'layout'        => 'compact',
				'withoutImages' => true,
			)
		);
		echo $element; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by Render.
		echo $args['after_widget']; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- markup of the theme.
	}

	/**
	 * Settings form.
	 *
	 * @param array $instance Widget settings.
	 * @return string
	 */
	public function form( $instance ) {
		$fields = array(
			'title'    => array( __( 'Title:', 'kiosque' ), 'text', (string) ( $instance['title'] ?? __( 'Upcoming events', 'kiosque' ) ) ),
			'instance' => array( __( 'Instance (empty: the site setting):', 'kiosque' ), 'url', (string) ( $instance['instance'] ?? '' ) ),
			'group'    => array( __( 'Group (empty: the site setting):', 'kiosque' ), 'text', (string) ( $instance['group'] ?? '' ) ),
			'limit'    => array( __( 'Number of events:', 'kiosque' ), 'number', (string) ( $instance['limit'] ?? 5 ) ),
		);
		foreach ( $fields as $name => $field ) {
			printf(
				'<p><label for="%1$s">%2$s</label> <input class="%5$s" id="%1$s" name="%3$s" type="%4$s" value="%6$s"%7$s /></p>',
				esc_attr( $this->get_field_id( $name ) ),
				esc_html( $field[0] ),
				esc_attr( $this->get_field_name( $name ) ),
				esc_attr( $field[1] ),
				'number' === $field[1] ? 'tiny-text' : 'widefat',
				esc_attr( $field[2] ),
				'number' === $field[1] ? ' min="1" max="99" step="1"' : ''
			);
		}
		return '';
	}

	/**
	 * Saves the settings (the Widgets screen checks the capability and the nonce).
	 *
	 * @param array $new_instance Submitted.
	 * @param array $old_instance Previous.
	 * @return array
	 */
	public function update( $new_instance, $old_instance ) {
		unset( $old_instance );
		$instance_url = Http::normalize_instance( (string) ( $new_instance['instance'] ?? '' ) );
		return array(
			'title'    => sanitize_text_field( (string) ( $new_instance['title'] ?? '' ) ),
			'instance' => $instance_url ?? '',
			'group'    => ltrim( sanitize_text_field( (string) ( $new_instance['group'] ?? '' ) ), '@' ),
			'limit'    => min( 99, max( 1, absint( $new_instance['limit'] ?? 5 ) ) ),
		);
	}
}
