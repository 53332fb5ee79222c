using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Meldingen;

/// <summary>
/// Sends the queued e-mails (<see cref="Mailopdracht"/>), one batch per call, outside any consumer's transaction: a
/// slow or absent mail server delays only the mail, never the outbox. A batch is claimed with FOR UPDATE SKIP LOCKED,
/// so two instances do not send the same mail at once; a crash between sending and recording sends it again (at
/// least once). The message is always the same sentence and a link to the notification centre: never the
/// notification's text and never pupil data, because e-mail leaves the system and its servers' care.
/// </summary>
public sealed partial class MailVerzender(
    IServiceScopeFactory scopes, IOptions<Emailinstellingen> opties, PubliekAdres adres, TimeProvider klok, ILogger<MailVerzender> log)
{
    public const string Onderwerp = "Nieuw bericht in PassendOnderwijs";
    private const int BatchGrootte = 20;

    /// <summary>After this many failed attempts a mail is left alone: the notification itself is still in the app.</summary>
    public const int MaximumPogingen = 10;

    public static string Tekst(Uri meldingencentrum) =>
        $"""
        Er is een nieuw bericht voor u in PassendOnderwijs.

        Lees het in de app: {meldingencentrum}

        U krijgt deze e-mail omdat u dat hebt gekozen bij uw meldingen. Daar kunt u het ook uitzetten.
        """;

    /// <summary>Sends at most one batch; returns how many mails it tried.</summary>
    public async Task<int> VerzendBatchAsync(CancellationToken cancellationToken)
    {
        var instellingen = opties.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var opdrachten = await db.Mailopdrachten.FromSql($"""
            SELECT * FROM mailopdracht
            WHERE verzonden_op IS NULL AND pogingen < {MaximumPogingen}
            ORDER BY id
            LIMIT {BatchGrootte}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (opdrachten.Count == 0)
        {
            return 0;
        }

        var link = new Uri(adres.Lees(), "meldingen");
        using var client = Client(instellingen);
        foreach (var opdracht in opdrachten)
        {
            try
            {
                // Plain ASCII, sent as it is: readable in any client and in the pickup folder.
                using var bericht = new MailMessage(instellingen.Afzender, opdracht.Adres, Onderwerp, Tekst(link))
                {
                    BodyTransferEncoding = System.Net.Mime.TransferEncoding.SevenBit,
                };
                await client.SendMailAsync(bericht, cancellationToken).ConfigureAwait(false);
                opdracht.Verzonden(klok.GetUtcNow());
            }
            catch (SmtpException fout)
            {
                LogMislukt(log, opdracht.Id, fout);
                opdracht.Mislukt();
            }
        }

        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        await transactie.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return opdrachten.Count;
    }

    private static SmtpClient Client(Emailinstellingen instellingen)
    {
        if (!string.IsNullOrWhiteSpace(instellingen.PickupMap))
        {
            Directory.CreateDirectory(instellingen.PickupMap);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(instellingen.PickupMap),
            };
        }

        var smtp = instellingen.Smtp;
        var client = new SmtpClient(smtp.Host ?? throw new InvalidOperationException("Set Email:Smtp:Host, or Email:PickupMap to write .eml files instead."), smtp.Port)
        {
            EnableSsl = smtp.Ssl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.Gebruiker))
        {
            client.Credentials = new NetworkCredential(smtp.Gebruiker, smtp.Wachtwoord);
        }

        return client;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mail {Id} failed; it is tried again later")]
    private static partial void LogMislukt(ILogger log, Guid id, Exception fout);
}

/// <summary>
/// The setting PubliekeUrl as the sender reads it: only when it sends, so a host without HTTP (a test host, a tool)
/// can build the sender without one.
/// </summary>
public sealed class PubliekAdres(Microsoft.Extensions.Configuration.IConfiguration? configuratie)
{
    public Uri Lees() => PubliekeUrl.Lees(configuratie ?? throw new InvalidOperationException("No configuration to read PubliekeUrl from."));
}
