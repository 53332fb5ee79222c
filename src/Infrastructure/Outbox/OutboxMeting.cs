using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// The outbox backlog as gauges of the meter <c>PassendOnderwijs</c>: events waiting for delivery, events given up,
/// and how long the oldest waiting one has waited. The numbers come from the table, not from a counter in this
/// process, so they are right with several instances and after a restart. One query answers all three and its answer
/// is kept for <see cref="Bewaartijd"/>, so a collection costs at most one query, whatever the number of readers.
/// Only created when telemetry is on (README, Telemetry).
/// </summary>
public sealed class OutboxMeting
{
    public const string MeterNaam = "PassendOnderwijs";

    public const string Berichten = "passendonderwijs.outbox.berichten";

    public const string OudsteWachtend = "passendonderwijs.outbox.oudste_wachtend";

    /// <summary>The attribute that splits <see cref="Berichten"/>: <c>wachtend</c> or <c>mislukt</c>.</summary>
    public const string Toestand = "passendonderwijs.outbox.toestand";

    public static readonly TimeSpan Bewaartijd = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _klok;
    private readonly Lock _slot = new();
    private (OutboxStand? Stand, long Tijdstip)? _laatste;

    public OutboxMeting(IServiceScopeFactory scopes, TimeProvider klok, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _scopes = scopes;
        _klok = klok;
        // The factory owns the meter and disposes it with the host.
        var meter = meters.Create(MeterNaam);
        meter.CreateObservableGauge<long>(
            Berichten,
            () => Stand() is { } stand
                ?
                [
                    new Measurement<long>(stand.Wachtend, new KeyValuePair<string, object?>(Toestand, "wachtend")),
                    new Measurement<long>(stand.Mislukt, new KeyValuePair<string, object?>(Toestand, "mislukt")),
                ]
                : [],
            unit: "{event}",
            description: "Domain events in the outbox not yet delivered: waiting (wachtend) or given up after the maximum attempts (mislukt).");
        meter.CreateObservableGauge<double>(
            OudsteWachtend,
            () => Stand() is { } stand ? [new Measurement<double>(stand.OudsteWachtendSeconden)] : [],
            unit: "s",
            description: "How long the oldest waiting outbox event has waited since it happened; 0 when none waits.");
    }

    /// <summary>Counts the backlog now, from the partial index on undelivered events.</summary>
    public OutboxStand Tel()
    {
        using var scope = _scopes.CreateScope();
        var verbinding = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>().Database.GetDbConnection();
        verbinding.Open();
        using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = """
            SELECT count(*) FILTER (WHERE mislukt_op IS NULL),
                   count(*) FILTER (WHERE mislukt_op IS NOT NULL),
                   min(op) FILTER (WHERE mislukt_op IS NULL)
            FROM outbox_bericht WHERE verwerkt_op IS NULL
            """;
        using var lezer = opdracht.ExecuteReader();
        lezer.Read();
        var oudste = lezer.IsDBNull(2) ? (DateTimeOffset?)null : lezer.GetFieldValue<DateTimeOffset>(2);
        var wachttijd = oudste is { } op ? Math.Max(0, (_klok.GetUtcNow() - op).TotalSeconds) : 0;
        return new OutboxStand(
            Convert.ToInt64(lezer.GetValue(0), CultureInfo.InvariantCulture),
            Convert.ToInt64(lezer.GetValue(1), CultureInfo.InvariantCulture),
            wachttijd);
    }

    /// <summary>The kept answer while it is fresh, else a new count; none while the database cannot be asked.</summary>
    private OutboxStand? Stand()
    {
        lock (_slot)
        {
            // Monotonic time, not the domain clock: how fresh the answer is has nothing to do with what time it is.
            if (_laatste is { } laatste && Stopwatch.GetElapsedTime(laatste.Tijdstip) < Bewaartijd)
            {
                return laatste.Stand;
            }

            OutboxStand? stand;
            try
            {
                stand = Tel();
            }
#pragma warning disable CA1031 // A database that is away must not take the other metrics of this collection with it.
            catch (Exception)
#pragma warning restore CA1031
            {
                stand = null;
            }

            _laatste = (stand, Stopwatch.GetTimestamp());
            return stand;
        }
    }
}

/// <summary>One reading of the outbox backlog.</summary>
public sealed record OutboxStand(long Wachtend, long Mislukt, double OudsteWachtendSeconden);
