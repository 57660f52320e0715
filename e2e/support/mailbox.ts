import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
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
        // A real MIME parser: mail is multipart (text, HTML, a calendar file), quoted-printable or base64.
        simpleParser(Buffer.concat(chunks)).then(
          (m) => {
            received.push({ to, subject: m.subject ?? '', text: m.text ?? '' });
            callback();
          },
          (err: Error) => callback(err),
        );
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
