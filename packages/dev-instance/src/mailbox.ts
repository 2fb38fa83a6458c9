/**
 * The dev mailbox: the e-mails a Mobilizon instance would send to anonymous participants,
 * kept per instance so that their links can be followed in the demo and in tests.
 */
import type { EventRecord } from './model.js';
import { escapeHtml, page } from './pages.js';
import type { ParticipationRecord, Store } from './store.js';
import { formatDateTime } from './time.js';
import type { MailKind, MailMessage } from './types.js';

type MailLocale = 'en' | 'fr';

interface MailText {
  subject: (title: string) => string;
  body: (title: string) => string;
  confirm: string;
  cancel: string;
}

const TEXTS: Record<MailLocale, Record<MailKind, MailText>> = {
  en: {
    'confirm-participation': {
      subject: (t) => `Confirm your participation to event ${t}`,
      body: (t) =>
        `You asked to participate in the event “${t}”. To confirm your participation, follow the link below. If you didn't ask for this, ignore this e-mail.`,
      confirm: 'Confirm my participation',
      cancel: 'Cancel my participation',
    },
    'participation-confirmed': {
      subject: (t) => `Your participation to event ${t} is confirmed`,
      body: (t) => `You are registered for the event “${t}”. See you there!`,
      confirm: '',
      cancel: 'Cancel my participation',
    },
    'participation-pending-approval': {
      subject: (t) => `Your participation request to event ${t} was sent`,
      body: (t) =>
        `Your e-mail address is confirmed. The organizer of “${t}” reviews each request: you will receive an e-mail once they have decided.`,
      confirm: '',
      cancel: 'Cancel my request',
    },
  },
  fr: {
    'confirm-participation': {
      subject: (t) => `Confirmez votre participation à l'événement ${t}`,
      body: (t) =>
        `Vous avez demandé à participer à l'événement « ${t} ». Pour confirmer votre participation, suivez le lien ci-dessous. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.`,
      confirm: 'Confirmer ma participation',
      cancel: 'Annuler ma participation',
    },
    'participation-confirmed': {
      subject: (t) => `Votre participation à l'événement ${t} est confirmée`,
      body: (t) => `Vous êtes inscrit·e à l'événement « ${t} ». À bientôt !`,
      confirm: '',
      cancel: 'Annuler ma participation',
    },
    'participation-pending-approval': {
      subject: (t) => `Votre demande de participation à l'événement ${t} a été envoyée`,
      body: (t) =>
        `Votre adresse e-mail est confirmée. L'organisateur·ice de « ${t} » examine chaque demande : vous recevrez un e-mail dès qu'une décision sera prise.`,
      confirm: '',
      cancel: 'Annuler ma demande',
    },
  },
};

function mailLocale(locale: string | null): MailLocale {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function confirmationUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/participation/email/confirm/${token}`;
}

export function cancellationUrl(baseUrl: string, eventUuid: string, token: string): string {
  return `${baseUrl}/participation/email/cancel/${eventUuid}/${token}`;
}

/** Puts the e-mail of `kind` for a participation into the instance's mailbox. */
export function sendMail(
  store: Store,
  kind: MailKind,
  participation: ParticipationRecord,
  event: EventRecord,
  baseUrl: string,
  now: Date,
): MailMessage {
  const locale = mailLocale(participation.locale);
  const text = TEXTS[locale][kind];
  const confirmToken = kind === 'confirm-participation' ? participation.confirmationToken : null;
  const confirmLink = confirmToken ? confirmationUrl(baseUrl, confirmToken) : null;
  const cancelLink = cancellationUrl(baseUrl, event.uuid, participation.cancellationToken);
  const lines = [text.body(event.title), ''];
  if (confirmLink) lines.push(`${text.confirm}: ${confirmLink}`);
  lines.push(`${text.cancel}: ${cancelLink}`);
  const message: MailMessage = {
    id: String(store.mailbox.length + 1),
    kind,
    to: participation.email,
    subject: text.subject(event.title),
    text: lines.join('\n'),
    locale,
    eventUuid: event.uuid,
    eventId: event.id,
    eventTitle: event.title,
    confirmationToken: confirmToken,
    confirmationUrl: confirmLink,
    cancellationUrl: cancelLink,
    sentAt: formatDateTime(now),
  };
  store.mailbox.push(message);
  return message;
}

/** `/__kiosque/mailbox`: every message, newest first, with its links clickable. */
export function mailboxPage(messages: readonly MailMessage[], baseUrl: string): string {
  const items = [...messages].reverse().map((m) => {
    const links = [
      m.confirmationUrl
        ? `<a data-link="confirm" href="${escapeHtml(m.confirmationUrl)}">${escapeHtml(TEXTS[m.locale as MailLocale]?.[m.kind].confirm || 'Confirm')}</a>`
        : '',
      `<a data-link="cancel" href="${escapeHtml(m.cancellationUrl)}">${escapeHtml(TEXTS[m.locale as MailLocale]?.[m.kind].cancel || 'Cancel')}</a>`,
    ].filter(Boolean);
    const body = m.text
      .split('\n')
      .filter((line) => line && !line.includes('://'))
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
    return `<article class="mail" id="mail-${escapeHtml(m.id)}" data-kind="${escapeHtml(m.kind)}" data-event="${escapeHtml(m.eventUuid)}">
<h2>${escapeHtml(m.subject)}</h2>
<dl><dt>To</dt><dd>${escapeHtml(m.to)}</dd><dt>Sent</dt><dd><time datetime="${escapeHtml(m.sentAt)}">${escapeHtml(m.sentAt)}</time></dd></dl>
${body}
<p class="links">${links.join(' · ')}</p>
</article>`;
  });
  const intro =
    '<p>The e-mails this dev instance would have sent, newest first. Links work: follow them to confirm or cancel a participation. <a href="/__kiosque/mailbox.json">JSON</a></p>';
  const list = items.length ? items.join('\n') : '<p class="empty">No e-mail sent yet.</p>';
  return page('Dev mailbox', `${intro}\n${list}`, baseUrl).replace(
    '</style>',
    '.mail{border:1px solid #ccc;border-radius:.5rem;padding:0 1rem;margin:1rem 0}.mail h2{font-size:1.1rem}.mail dl{display:grid;grid-template-columns:auto 1fr;gap:0 1rem;color:#555}.mail dd{margin:0}</style>',
  );
}
