import { startMailbox } from '../int/support/mailbox.ts';

// `npm run mailbox -w @portals/tests`: a loopback SMTP server for development that prints every
// e-mail the CMS sends. Start the CMS with CMS_SMTP_HOST=127.0.0.1 and CMS_SMTP_PORT=2525.
const port = Number(process.env.MAILBOX_PORT ?? 2525);
await startMailbox({
  port,
  onMail: (mail) =>
    console.log(`\n── To: ${mail.to.join(', ')}\n── Subject: ${mail.subject}\n${mail.text}`),
});
console.log(`Mailbox listening on 127.0.0.1:${port}; Ctrl-C stops it.`);
