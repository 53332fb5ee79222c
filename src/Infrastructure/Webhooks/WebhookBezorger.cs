using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Domain.Webhooks;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// Delivers due afleveringen, one round per call. Safe with several instances: a round claims its afleveringen with
/// FOR UPDATE SKIP LOCKED and marks them as its own for <see cref="WebhookOpties.Claimduur"/> (committed at once, so
/// no transaction stays open during HTTP); a crashed instance's claim runs out and another takes over, with the
/// same webhook-id. Per abonnement and subject only the first waiting aflevering is claimed, so a later event of a
/// resource waits for an earlier one; the claimed ones are independent and are sent at once. The background loop
/// (<see cref="WebhookDispatcher"/>) calls this; tests call it directly.
/// </summary>
public sealed partial class WebhookBezorger(
    IServiceScopeFactory scopes, IOptions<WebhookOpties> opties, TimeProvider klok, ILogger<WebhookBezorger> log)
{
    /// <summary>Claims and sends at most one batch; returns how many afleveringen it tried.</summary>
    public async Task<int> BezorgBatchAsync(CancellationToken cancellationToken)
    {
        var instellingen = opties.Value;
        var geclaimd = await ClaimAsync(instellingen, cancellationToken).ConfigureAwait(false);
        if (geclaimd.Count == 0)
        {
            return 0;
        }

        await Task.WhenAll(geclaimd.Select(c => BezorgAsync(c, instellingen, cancellationToken))).ConfigureAwait(false);
        return geclaimd.Count;
    }

    private async Task<List<Claim>> ClaimAsync(WebhookOpties instellingen, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
        var nu = klok.GetUtcNow();
        var tot = nu + instellingen.Claimduur;
        var ids = await db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_aflevering SET geclaimd_tot = {tot}
            WHERE id IN (
                SELECT a.id FROM webhook_aflevering a
                JOIN webhook_abonnement ab ON ab.id = a.abonnement_id
                WHERE a.status = 'Wachtend' AND a.volgende_poging_op <= {nu} AND (a.geclaimd_tot IS NULL OR a.geclaimd_tot <= {nu})
                  AND NOT ab.gepauzeerd
                  AND NOT EXISTS (
                      SELECT 1 FROM webhook_aflevering eerder
                      WHERE eerder.abonnement_id = a.abonnement_id AND eerder.subject = a.subject
                        AND eerder.volgnummer < a.volgnummer AND eerder.status = 'Wachtend')
                ORDER BY a.volgnummer
                LIMIT {instellingen.BatchGrootte}
                FOR UPDATE OF a SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return [];
        }

        return await (
            from a in db.Afleveringen.IgnoreQueryFilters()
            join n in db.KoppelingNotificaties.IgnoreQueryFilters() on a.NotificatieId equals n.Id
            join ab in db.Abonnementen.IgnoreQueryFilters() on a.AbonnementId equals ab.Id
            where ids.Contains(a.Id)
            select new Claim(a.Id, a.Pogingen, a.HerstartOp, tot, n, ab.Id, ab.Url, ab.Geheim, ab.VorigGeheim, ab.VorigGeheimTot))
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
    }

    private async Task BezorgAsync(Claim claim, WebhookOpties instellingen, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var geheimen = services.GetRequiredService<IWebhookGeheimen>();
        var bron = services.GetRequiredService<INotificatiebron>().Bron;
        var nu = klok.GetUtcNow();
        var geldig = claim.VorigGeheim is { } vorig && claim.VorigGeheimTot > nu
            ? new[] { geheimen.Lees(claim.Geheim), geheimen.Lees(vorig) }
            : [geheimen.Lees(claim.Geheim)];
        var resultaat = await services.GetRequiredService<WebhookVerzender>()
            .VerstuurAsync(claim.Url, claim.Notificatie.Id.ToString(), CloudEventBericht.Json(claim.Notificatie, bron), geldig, ct)
            .ConfigureAwait(false);
        await LegVastAsync(services.GetRequiredService<PassendOnderwijsDbContext>(), claim, resultaat, instellingen).ConfigureAwait(false);
    }

    /// <summary>The attempt in the log and its outcome in the aflevering, in one transaction; only while the claim is still ours.</summary>
    private async Task LegVastAsync(PassendOnderwijsDbContext db, Claim claim, Afleverresultaat resultaat, WebhookOpties instellingen)
    {
        var nu = klok.GetUtcNow();
        await using var transactie = await db.Database.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        var fout = resultaat.Fout is { Length: > Aflevering.MaximaleLengteFout } lang ? lang[..Aflevering.MaximaleLengteFout] : resultaat.Fout;
        db.Afleverpogingen.Add(new Afleverpoging
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = claim.Notificatie.Samenwerkingsverband,
            AbonnementId = claim.AbonnementId,
            AfleveringId = claim.AfleveringId,
            NotificatieId = claim.Notificatie.Id,
            Op = nu,
            Statuscode = resultaat.Statuscode,
            Fout = fout,
            DuurMs = resultaat.DuurMs,
        });

        var pogingen = claim.Pogingen + 1;
        var volgende = nu + instellingen.Wachttijd(pogingen, RandomNumberGenerator.GetInt32(1_000_000) / 1_000_000d);
        var opgegeven = !resultaat.Gelukt && volgende > claim.HerstartOp + instellingen.Looptijd;
        var status = resultaat.Gelukt ? AfleverStatus.Afgeleverd : opgegeven ? AfleverStatus.Mislukt : AfleverStatus.Wachtend;
        var bijgewerkt = await db.Afleveringen.IgnoreQueryFilters()
            .Where(a => a.Id == claim.AfleveringId && a.GeclaimdTot == claim.Tot)
            .ExecuteUpdateAsync(
                a => a.SetProperty(x => x.Status, status)
                    .SetProperty(x => x.Pogingen, pogingen)
                    .SetProperty(x => x.GeclaimdTot, (DateTimeOffset?)null)
                    .SetProperty(x => x.VolgendePogingOp, resultaat.Gelukt ? nu : volgende)
                    .SetProperty(x => x.AfgeleverdOp, resultaat.Gelukt ? nu : null)
                    .SetProperty(x => x.LaatsteFout, fout),
                CancellationToken.None).ConfigureAwait(false);
        if (bijgewerkt == 0)
        {
            // The claim ran out and another instance took the aflevering over: its outcome counts, this attempt is only logged.
            LogClaimVerlopen(log, claim.AfleveringId);
        }
        else if (opgegeven)
        {
            var abonnement = await db.Abonnementen.IgnoreQueryFilters().FirstAsync(a => a.Id == claim.AbonnementId, CancellationToken.None).ConfigureAwait(false);
            abonnement.MeldMisluktAflevering(nu);
            LogOpgegeven(log, claim.AfleveringId, claim.AbonnementId, pogingen, fout);
        }

        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        await transactie.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record Claim(
        Guid AfleveringId, int Pogingen, DateTimeOffset HerstartOp, DateTimeOffset Tot, KoppelingNotificatie Notificatie,
        Guid AbonnementId, string Url, string Geheim, string? VorigGeheim, DateTimeOffset? VorigGeheimTot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook aflevering {AfleveringId}: the claim ran out before the attempt was recorded; another instance took it over")]
    private static partial void LogClaimVerlopen(ILogger log, Guid afleveringId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook aflevering {AfleveringId} of abonnement {AbonnementId} failed {Pogingen} times and is given up. Last error: {Fout}")]
    private static partial void LogOpgegeven(ILogger log, Guid afleveringId, Guid abonnementId, int pogingen, string? fout);
}
