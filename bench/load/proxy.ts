/**
 * A small load balancer for the scaling path's benchmark (its own process): each request goes to the
 * app server in `PROXY_TARGETS` (comma-separated base URLs) with the fewest requests in flight, the
 * next in turn among equals — HAProxy's `leastconn`, nginx's `least_conn` — over keep-alive
 * connections, with the client's address in X-Forwarded-For (the servers run with TRUST_PROXY=true,
 * as behind any load balancer). No stickiness: a user's requests go to either server.
 * `PROXY_BALANCE=roundrobin` sends each request to the next server in turn instead.
 */
import http from 'node:http';

const targets = (process.env.PROXY_TARGETS ?? '')
  .split(',')
  .filter(Boolean)
  .map((t) => new URL(t));
if (targets.length === 0) throw new Error('PROXY_TARGETS: one or more base URLs, comma-separated');
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const roundRobin = process.env.PROXY_BALANCE === 'roundrobin';
const inFlight = targets.map(() => 0);
let next = 0;

/** The server with the fewest requests in flight; among equals, the next in turn. */
function choose(): number {
  if (roundRobin) return next++ % targets.length;
  let best = -1;
  for (let k = 0; k < targets.length; k++) {
    const i = (next + k) % targets.length;
    if (best < 0 || inFlight[i] < inFlight[best]) best = i;
  }
  next = (best + 1) % targets.length;
  return best;
}

const server = http.createServer((req, res) => {
  const chosen = choose();
  const target = targets[chosen];
  inFlight[chosen]++;
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      inFlight[chosen]--;
    }
  };
  res.on('close', finish);
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
