import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { to: string; subject: string; text: string };

export type Mailbox = {
  /** For the server's SMTP_URL. */
  url: string;
  received: Received[];
  /** The newest message to `to` that matches, waiting for it to arrive. */
  waitFor(to: string, match?: (m: Received) => boolean, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
};

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const input = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=' && /^[0-9A-F]{2}$/i.test(input.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(input.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(input[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Subject and the first text part of a message as nodemailer writes it. */
function parse(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/im.exec(headers)?.[1] ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQp(data.replace(/_/g, ' ')),
    );
  let body = rest.join('\n\n');
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  let partHeaders = headers;
  if (boundary) {
    const part = body.split(`--${boundary}`).find((p) => /content-type: text\/plain/i.test(p)) ?? '';
    const [ph, ...pb] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    partHeaders = ph;
    body = pb.join('\n\n');
  }
  if (/content-transfer-encoding: quoted-printable/i.test(partHeaders)) body = decodeQp(body);
  else if (/content-transfer-encoding: base64/i.test(partHeaders))
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject, text: body };
}

/**
 * A real SMTP server on loopback: the recipients' mailboxes. Personal links (invitation answers,
 * bookings, replies) reach only their recipient, so a spec that plays the recipient reads them here.
 */
export function startMailbox(): Promise<Mailbox> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        received.push({ to, ...parse(Buffer.concat(chunks).toString('utf8')) });
        callback();
      });
    },
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      resolve({
        url: `smtp://127.0.0.1:${port}`,
        received,
        async waitFor(to, match = () => true, timeoutMs = 60_000) {
          const start = Date.now();
          for (;;) {
            const found = received.filter((m) => m.to.toLowerCase() === to.toLowerCase() && match(m)).at(-1);
            if (found) return found;
            if (Date.now() - start > timeoutMs) throw new Error(`No mail to ${to} arrived`);
            await new Promise((r) => setTimeout(r, 200));
          }
        },
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}
