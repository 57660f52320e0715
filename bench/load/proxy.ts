/**
 * A small round-robin load balancer for the scaling path's benchmark (its own process): each request
 * goes to the next app server in `PROXY_TARGETS` (comma-separated base URLs), over keep-alive
 * connections, with the client's address in X-Forwarded-For (the servers run with TRUST_PROXY=true,
 * as behind any load balancer). No stickiness: a user's requests alternate between the servers.
 */
import http from 'node:http';

const targets = (process.env.PROXY_TARGETS ?? '')
  .split(',')
  .filter(Boolean)
  .map((t) => new URL(t));
if (targets.length === 0) throw new Error('PROXY_TARGETS: one or more base URLs, comma-separated');
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let next = 0;

const server = http.createServer((req, res) => {
  const target = targets[next++ % targets.length];
  const forwarded = req.headers['x-forwarded-for'];
  const client = req.socket.remoteAddress ?? '';
  const upstream = http.request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      agent,
      headers: { ...req.headers, 'x-forwarded-for': forwarded ? `${forwarded}, ${client}` : client },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', (err) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`proxy: ${err.message}`);
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
