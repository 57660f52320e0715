import { describe, expect, it } from 'vitest';
import { htmlLanguage, mailHtml } from './html.ts';
import { loggableError, MAIL_RETRY_SCHEDULE } from './mailer.ts';
import { invitationMail, render } from './templates.ts';

describe('[MAIL] the HTML part', () => {
  it('is made from the text: paragraphs, line breaks, lists and links with text, escaped', () => {
    const html = mailHtml(
      'Café <test>',
      'Beste Ana & Bo,\n\nEerste regel\ntweede regel\n\n- een\n- twee\n\nBekijken of annuleren: https://brug.test/x?token=abc&y=1\n\nhttps://brug.test/alone\n\nZie https://brug.test/in-tekst voor meer.',
      'nl',
    );
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).toContain('<title>Café &lt;test&gt;</title>');
    expect(html).toContain('<p>Beste Ana &amp; Bo,</p>');
    expect(html).toContain('<p>Eerste regel<br>\ntweede regel</p>');
    expect(html).toContain('<ul><li>een</li><li>twee</li></ul>');
    expect(html).toMatch(
      /<a href="https:\/\/brug\.test\/x\?token=abc&amp;y=1"[^>]*>Bekijken of annuleren<\/a>/,
    );
    expect(html).toMatch(/<a href="https:\/\/brug\.test\/alone"[^>]*>https:\/\/brug\.test\/alone<\/a>/);
    expect(html).toMatch(
      /Zie <a href="https:\/\/brug\.test\/in-tekst"[^>]*>https:\/\/brug\.test\/in-tekst<\/a> voor meer\./,
    );
    expect(html).not.toContain('<test>');
  });

  it('carries the language and, for Arabic, the right-to-left direction', () => {
    expect(htmlLanguage('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(htmlLanguage('fr')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(htmlLanguage(null)).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(htmlLanguage('"><script>')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(mailHtml('تذكير', 'تذكير', 'ar')).toContain('<html lang="ar" dir="rtl">');
    const fr = render(invitationMail, 'fr', {
      name: 'Zoé',
      inviter: 'Ana',
      zone: 'PZ',
      link: 'https://b/i?token=t',
      days: 7,
    });
    const html = mailHtml(fr.subject, fr.text, 'fr');
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Bonjour Zoé,');
    expect(html).toContain('Bien cordialement,<br>\nBrug');
  });
});

describe('[MAIL] retries and the log', () => {
  it('retries for more than a day, each wait at least as long as the one before', () => {
    const total = MAIL_RETRY_SCHEDULE.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(24 * 3600);
    for (let i = 1; i < MAIL_RETRY_SCHEDULE.length; i++)
      expect(MAIL_RETRY_SCHEDULE[i]).toBeGreaterThanOrEqual(MAIL_RETRY_SCHEDULE[i - 1]);
    expect(MAIL_RETRY_SCHEDULE[MAIL_RETRY_SCHEDULE.length - 1]).toBeGreaterThan(MAIL_RETRY_SCHEDULE[0]);
  });

  it('logs an SMTP error without addresses or links', () => {
    const logged = loggableError(
      '550 5.1.1 <ana.peeters@example.org>: Recipient address rejected; see https://brug.test/r?token=abc',
    );
    expect(logged).toBe('550 5.1.1 <[address]>: Recipient address rejected; see [link]');
  });
});
