<?php
/**
 * Plugin Name:       Siang embeds
 * Description:       Trusts Siang's oEmbed provider, so that WordPress keeps Siang's player as Siang sends it: captions, fullscreen, the title and hotline links, and the postMessage API.
 * Version:           1.0.0
 * Requires at least: 5.0
 * Requires PHP:      7.0
 * License:           GPL-2.0-or-later
 * Text Domain:       siang-embeds
 *
 * Without this plugin WordPress still embeds a Siang address pasted on its own line (oEmbed
 * discovery), but it treats Siang as a provider it does not know: the player's iframe is put in
 * sandbox="allow-scripts" and stripped of its style, allow and allowfullscreen attributes
 * (wp_filter_oembed_result() in wp-includes/embed.php). See readme.txt.
 */

defined( 'ABSPATH' ) || exit;

/*
 * The committee's public Siang address, as partners are given it: the committee writes it here
 * before handing the plugin out. Empty, nothing is trusted until a partner sets it with
 * define( 'SIANG_ORIGIN', 'https://…' ) in wp-config.php, or under Settings → Media.
 */
const SIANG_DEFAULT_ORIGIN = '';

/**
 * Siang's origin (scheme://host[:port]), from the constant, the option or the default; '' when
 * none is set or it is not https. WordPress puts a trusted provider's answer in the page
 * unfiltered, so it must come over https; http only from this machine, for testing.
 */
function siang_embeds_origin() {
	$value = defined( 'SIANG_ORIGIN' ) ? SIANG_ORIGIN : get_option( 'siang_origin', '' );
	$url   = wp_parse_url( trim( (string) ( $value ? $value : SIANG_DEFAULT_ORIGIN ) ) );
	if ( empty( $url['host'] ) || empty( $url['scheme'] ) ) {
		return '';
	}
	$scheme   = strtolower( $url['scheme'] );
	$host     = strtolower( $url['host'] );
	$loopback = in_array( $host, array( 'localhost', '127.0.0.1' ), true );
	if ( 'https' !== $scheme && ! ( 'http' === $scheme && $loopback ) ) {
		return '';
	}
	return $scheme . '://' . $host . ( isset( $url['port'] ) ? ':' . (int) $url['port'] : '' );
}

$siang_embeds_origin = siang_embeds_origin();
if ( $siang_embeds_origin ) {
	// Every page of that origin, and only that origin: the pattern is anchored at both ends of the host.
	wp_oembed_add_provider( '#^' . preg_quote( $siang_embeds_origin, '#' ) . '/.+#i', $siang_embeds_origin . '/api/oembed', true );
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'media',
			'siang_origin',
			array(
				'type'              => 'string',
				'sanitize_callback' => 'esc_url_raw',
			)
		);
		add_settings_field(
			'siang_origin',
			__( 'Siang address', 'siang-embeds' ),
			function () {
				$locked = defined( 'SIANG_ORIGIN' );
				printf(
					'<input name="siang_origin" id="siang_origin" type="url" class="regular-text code" value="%s" placeholder="%s"%s /><p class="description">%s</p>',
					esc_attr( $locked ? SIANG_ORIGIN : get_option( 'siang_origin', '' ) ),
					esc_attr( SIANG_DEFAULT_ORIGIN ? SIANG_DEFAULT_ORIGIN : 'https://siang.example.org' ),
					$locked ? ' disabled' : '',
					esc_html__( 'Siang pages pasted on their own line from this address are embedded with the full player.', 'siang-embeds' )
				);
			},
			'media',
			'default',
			array( 'label_for' => 'siang_origin' )
		);
	}
);
