using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// Turns the events of the tracked aggregates into outbox rows, as part of the same SaveChanges and so of the same
/// transaction: a rolled-back change leaves no event behind, and a committed one cannot lose its event.
/// </summary>
internal static class OutboxSchrijver
{
    public const string Volgorde = "outbox_bericht_volgnummer";

    /// <summary>Adds a row per event; returns what <see cref="Afronden"/> or <see cref="Terugdraaien"/> needs after the save.</summary>
    public static async Task<Schrijfactie?> VoegToeAsync(PassendOnderwijsDbContext db, DateTimeOffset nu, CancellationToken ct)
    {
        var aggregaten = db.ChangeTracker.Entries()
            .Where(e => e.Entity is IAggregateRoot { DomainEvents.Count: > 0 })
            .ToList();
        if (aggregaten.Count == 0)
        {
            return null;
        }

        var aantal = aggregaten.Sum(e => ((IAggregateRoot)e.Entity).DomainEvents.Count);

        // Numbers are taken here, in the order the events were raised; EF does not promise to insert rows in the
        // order they were added. Two transactions cannot both change one aggregate (its row lock and version check
        // let one of them fail), so per aggregate these numbers follow commit order.
        var nummers = await db.Database
            .SqlQuery<long>($"SELECT nextval({Volgorde}::regclass) AS \"Value\" FROM generate_series(1, {aantal})")
            .ToListAsync(ct).ConfigureAwait(false);
        nummers.Sort();

        var rijen = new List<OutboxBericht>(aantal);
        foreach (var entry in aggregaten)
        {
            var aggregaat = (IAggregateRoot)entry.Entity;
            var sleutel = Sleutel(entry);
            foreach (var gebeurtenis in aggregaat.DomainEvents)
            {
                rijen.Add(new OutboxBericht
                {
                    Id = Guid.CreateVersion7(nu),
                    Volgnummer = nummers[rijen.Count],
                    AggregaatType = entry.Metadata.ClrType.Name,
                    AggregaatId = sleutel,
                    Soort = GebeurtenisSoorten.Naam(gebeurtenis),
                    Inhoud = GebeurtenisSoorten.Schrijf(gebeurtenis),
                    Op = gebeurtenis.Op,
                    VolgendePogingOp = nu,
                });
            }
        }

        db.OutboxBerichten.AddRange(rijen);
        return new Schrijfactie(aggregaten.Select(e => (IAggregateRoot)e.Entity).ToList(), rijen);
    }

    /// <summary>The rows are saved: the events now live in the outbox, not in the aggregates.</summary>
    public static void Afronden(Schrijfactie? actie)
    {
        foreach (var aggregaat in actie?.Aggregaten ?? [])
        {
            aggregaat.ClearDomainEvents();
        }
    }

    /// <summary>The save failed: the events stay with their aggregates, so a retried save writes each of them once.</summary>
    public static void Terugdraaien(PassendOnderwijsDbContext db, Schrijfactie? actie)
    {
        foreach (var rij in actie?.Rijen ?? [])
        {
            db.Entry(rij).State = EntityState.Detached;
        }
    }

    private static string Sleutel(EntityEntry entry)
    {
        var delen = entry.Metadata.FindPrimaryKey()!.Properties.Select(p =>
        {
            var waarde = entry.Property(p.Name).CurrentValue;
            var opgeslagen = p.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(waarde) : waarde;
            return Convert.ToString(opgeslagen, CultureInfo.InvariantCulture);
        });
        return string.Join('/', delen);
    }

    internal sealed record Schrijfactie(IReadOnlyList<IAggregateRoot> Aggregaten, IReadOnlyList<OutboxBericht> Rijen);
}
