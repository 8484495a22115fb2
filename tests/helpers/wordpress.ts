/**
 * Debian's WordPress 6 for the partner-embed tests: MariaDB on a socket and `php -S`, each with
 * all its files in one temporary folder, WordPress installed through its own install form over
 * HTTP. The Siang plugin (integrations/wordpress) is copied in, not activated.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { root } from '../../tooling/paths'
import { freePort } from '../../tooling/server'

const run = promisify(execFile)

const WORDPRESS = '/usr/share/wordpress'
const needed = [
  WORDPRESS,
  `${WORDPRESS}/wp-content/themes/twentytwentythree`,
  '/usr/sbin/mariadbd',
  '/usr/bin/mariadb-install-db',
  '/usr/bin/mariadb',
  '/usr/bin/php',
]
export const WORDPRESS_PACKAGES =
  'wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server'

const PLUGIN = 'siang-embeds/siang-embeds.php'

export type WordPress = {
  /** `http://127.0.0.1:{port}`, where WordPress answers. */
  origin: string
  /** Runs PHP with WordPress loaded, as WP-CLI does; resolves with what it printed. */
  php: (code: string) => Promise<string>
  /** Publishes a post (as an administrator would, unfiltered) and resolves with its address. */
  publish: (title: string, content: string) => Promise<string>
  /** Activates the Siang plugin for Siang at `siangOrigin` (its option), or deactivates it (null). */
  usePlugin: (siangOrigin: string | null) => Promise<void>
  stop: () => Promise<void>
}

/** Fails with the packages to install when one is missing (docs/testing.md). */
function checkPackages(): void {
  const missing = needed.filter((p) => !fs.existsSync(p))
  if (missing.length)
    throw new Error(
      `WordPress tests need Debian's WordPress, PHP and MariaDB (missing ${missing.join(', ')}): ` +
        `apt-get install --no-install-recommends ${WORDPRESS_PACKAGES}`,
    )
}

async function waitFor(what: string, ready: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** MariaDB on a socket in `dir`, with an empty `wordpress` database; its process joins `children`. */
async function startMariadb(dir: string, children: ChildProcess[]): Promise<string> {
  const datadir = path.join(dir, 'db')
  const socket = path.join(dir, 'mysql.sock')
  // Root without a password, on a socket only: nothing listens on the network.
  await run('/usr/bin/mariadb-install-db', [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ])
  const child = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${path.join(dir, 'mariadb.pid')}`,
      `--log-error=${path.join(dir, 'mariadb.log')}`,
      '--innodb-buffer-pool-size=32M',
    ],
    { stdio: 'ignore', detached: true },
  )
  children.push(child)
  await waitFor('MariaDB', async () => fs.existsSync(socket))
  await run('/usr/bin/mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    'CREATE DATABASE wordpress',
  ])
  return socket
}

const salts = () =>
  ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
    .flatMap((k) => [`${k}_KEY`, `${k}_SALT`])
    .map((k) => `define('${k}', '${crypto.randomBytes(24).toString('hex')}');`)
    .join('\n')

/** WordPress's files, with this site's own wp-config.php (Debian's reads /etc/wordpress). */
function layWordPress(dir: string, socket: string): string {
  const docroot = path.join(dir, 'wp')
  fs.cpSync(WORDPRESS, docroot, { recursive: true, verbatimSymlinks: true })
  fs.writeFileSync(
    path.join(docroot, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
${salts()}
$table_prefix = 'wp_';
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Offline: WordPress asks wordpress.org for updates on admin pages; only loopback is reached.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', 'localhost,127.0.0.1');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
  )
  // WordPress fetches oEmbed only from public addresses on ports 80, 443 and 8080; the test
  // servers are on loopback ports. Production partners fetch https on 443, untouched by this.
  const mu = path.join(docroot, 'wp-content', 'mu-plugins')
  fs.mkdirSync(mu, { recursive: true })
  fs.writeFileSync(
    path.join(mu, 'loopback-for-tests.php'),
    `<?php
add_filter('http_request_host_is_external', '__return_true');
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
  $port = wp_parse_url($url, PHP_URL_PORT);
  return $port ? array_merge($ports, array($port)) : $ports;
}, 10, 3);
`,
  )
  const plugin = path.join(docroot, 'wp-content', 'plugins', path.dirname(PLUGIN))
  fs.mkdirSync(plugin, { recursive: true })
  for (const file of fs.readdirSync(path.join(root, 'integrations', 'wordpress')))
    fs.copyFileSync(path.join(root, 'integrations', 'wordpress', file), path.join(plugin, file))
  return docroot
}

/** The install form (wp-admin/install.php, step 2), as a person fills it in. */
async function install(origin: string): Promise<void> {
  const password = crypto.randomBytes(12).toString('hex')
  const res = await fetch(`${origin}/wp-admin/install.php?step=2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      weblog_title: 'Partner NGO',
      user_name: 'admin',
      admin_password: password,
      admin_password2: password,
      pw_weak: '1',
      admin_email: 'admin@partner.test',
      blog_public: '0',
      language: '',
    }),
  })
  const html = await res.text()
  if (res.status !== 200 || !html.includes('wp-login.php'))
    throw new Error(`WordPress's install form failed (${res.status}): ${html.slice(0, 500)}`)
}

/** Debian's WordPress on a fresh database and a free port; `stop()` ends it and removes it all. */
export async function startWordPress(): Promise<WordPress> {
  checkPackages()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-wordpress-'))
  const children: ChildProcess[] = []
  const stop = async () => {
    // Each runs in a process group of its own (php -S forks its workers into it). SIGKILL: the
    // database is thrown away with the folder, so MariaDB need not shut down cleanly.
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue
      const ended = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGKILL')
      await ended
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const docroot = layWordPress(dir, await startMariadb(dir, children))
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    const log = fs.openSync(path.join(dir, 'php.log'), 'a')
    children.push(
      spawn('/usr/bin/php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
        cwd: docroot,
        // The browser loads the page, its styles and the embed's frame at once.
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
        stdio: ['ignore', log, log],
        detached: true,
      }),
    )
    fs.closeSync(log)
    await waitFor('php -S', async () => (await fetch(`${origin}/wp-admin/install.php`)).ok)
    await install(origin)
    const php = async (code: string) => {
      const script = path.join(dir, `cli-${crypto.randomUUID()}.php`)
      fs.writeFileSync(
        script,
        `<?php\nrequire ${JSON.stringify(path.join(docroot, 'wp-load.php'))};\n` +
          `require_once ABSPATH . 'wp-admin/includes/plugin.php';\n${code}\n`,
      )
      try {
        return (await run('/usr/bin/php', [script], { cwd: docroot })).stdout
      } finally {
        fs.rmSync(script)
      }
    }
    const publish = async (title: string, content: string) =>
      (
        await php(
          `kses_remove_filters();
$id = wp_insert_post(array('post_title' => ${phpString(title)}, 'post_content' => ${phpString(content)}, 'post_status' => 'publish'), true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo get_permalink($id);`,
        )
      ).trim()
    const usePlugin = async (siangOrigin: string | null) => {
      await php(
        siangOrigin === null
          ? `deactivate_plugins(${phpString(PLUGIN)});`
          : `update_option('siang_origin', ${phpString(siangOrigin)});
$result = activate_plugin(${phpString(PLUGIN)});
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }`,
      )
    }
    return { origin, php, publish, usePlugin, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** A PHP single-quoted string literal. */
export function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}
