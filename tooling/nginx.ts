/**
 * Debian's nginx in the foreground, with all its files in one folder, around deploy/nginx/siang.conf
 * pointed at a running Siang. For the proxy tests and the load benchmark.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import net from 'node:net'
import path from 'node:path'
import { root } from './paths'
import { freePort } from './server'

export const nginxPath = (): string | null => {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx'])
    if (fs.existsSync(candidate)) return candidate
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
}

export type Nginx = { url: string; dir: string; stop: () => void }

/** Starts nginx around one `server {}` block (with `{{port}}` and `{{dir}}` filled in). */
export async function startNginx(
  serverBlock: (port: number, dir: string) => string,
  scheme: 'http' | 'https' = 'http',
): Promise<Nginx> {
  const bin = nginxPath()
  if (!bin) throw new Error('nginx is not installed (apt-get install nginx-light)')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siang-nginx-'))
  fs.chmodSync(dir, 0o755)
  const port = await freePort()
  fs.writeFileSync(path.join(dir, 'server.conf'), serverBlock(port, dir))
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `daemon off;
user root;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/server.conf;
}
`,
  )
  const child: ChildProcess = spawn(bin, ['-c', conf, '-p', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = () => {
    child.kill('SIGQUIT')
    fs.rmSync(dir, { recursive: true, force: true })
  }
  const url = `${scheme}://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    try {
      await new Promise<void>((resolve, reject) =>
        net
          .connect(port, '127.0.0.1')
          .on('connect', function (this: net.Socket) {
            this.destroy()
            resolve()
          })
          .on('error', reject),
      )
      return { url, dir, stop }
    } catch {
      if (Date.now() > deadline) {
        const log = fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
        stop()
        throw new Error(`nginx did not start:\n${log}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

/** A self-signed certificate for 127.0.0.1 in `dir`, for the TLS server block. */
export function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem')
  const key = path.join(dir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  )
  return { cert, key }
}

/**
 * deploy/nginx/siang.conf, pointed at `upstream` (host:port, or several), on `port`, its cache in
 * `dir`, sending the media files in `mediaDir` (the Siang server's MEDIA_DIR). By
 * default the HTTPS server block is served as plain HTTP (the port-80 block, which only
 * redirects, is left out); with `tls` it keeps TLS on `port`, and the redirecting block listens
 * on `tls.httpPort`.
 */
export function siangConf(
  upstream: string | string[],
  port: number,
  dir: string,
  tls?: { httpPort: number },
  mediaDir = path.join(dir, 'media'),
): string {
  const servers = [upstream].flat().map((host) => `server ${host};`)
  const conf = fs
    .readFileSync(path.join(root, 'deploy', 'nginx', 'siang.conf'), 'utf8')
    .replaceAll('server 127.0.0.1:3000;', servers.join('\n  '))
    .replaceAll('alias /srv/siang/media/;', `alias ${mediaDir}/;`)
    .replace(/^\s*listen \[::\]:\d+.*\n/gm, '')
    .replace('/var/cache/nginx/siang', path.join(dir, 'cache'))
  if (tls) {
    const { cert, key } = selfSignedCert(dir)
    return conf
      .replace('listen 80;', `listen 127.0.0.1:${tls.httpPort};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
      .replace('/etc/ssl/siang/fullchain.pem', cert)
      .replace('/etc/ssl/siang/privkey.pem', key)
  }
  return conf
    .replace(/^server \{\n\s*listen 80;[\s\S]*?\n\}\n\n/m, '')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_.*\n/gm, '')
}
