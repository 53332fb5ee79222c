using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>What SWV staff record of a meeting: its date, the roles present and short notes.</summary>
public sealed record Besprekinginvoer(DateOnly Datum, IReadOnlyList<Deelnemersrol> Aanwezigen, string? Notities);

/// <summary>
/// A meeting of one lokaal netwerk (seed 004, casuïstiekbespreking) where schools' anonymous cases are discussed: the
/// netwerk as the samenwerkingsverband's indeling names it, the date, the roles present (never names) and short notes,
/// which pass the <see cref="Anonimiteitstoets"/> like a case's texts.
/// </summary>
public sealed class Netwerkbespreking : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteNotities = 4000;

    private List<Deelnemersrol> _aanwezigen = [];
    private List<CasuistiekGebeurtenis> _gebeurtenissen = [];

    private Netwerkbespreking()
    {
        Samenwerkingsverband = null!;
        Regio = string.Empty;
        LokaalNetwerk = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public string Regio { get; private set; }

    public string LokaalNetwerk { get; private set; }

    public DateOnly Datum { get; private set; }

    /// <summary>The first year of the school year of the date (2026 for 2026-2027): lists filter on it in SQL.</summary>
    public int Schooljaar { get; private set; }

    public IReadOnlyList<Deelnemersrol> Aanwezigen => _aanwezigen;

    public string? Notities { get; private set; }

    public IReadOnlyList<CasuistiekGebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>SWV staff plan (or record) a bespreking of a lokaal netwerk that the samenwerkingsverband's indeling knows.</summary>
    public static Result<Netwerkbespreking> Plan(
        Samenwerkingsverband swv, string? regio, string? lokaalNetwerk, Besprekinginvoer invoer, Anonimiteitscontext context,
        bool anoniemBevestigd, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(swv);
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = new List<Fout>();
        var gevonden = ZoekNetwerk(swv, regio, lokaalNetwerk, fouten);
        if (Controleer(invoer, context, anoniemBevestigd, fouten) is { Count: > 0 } alle)
        {
            return Result<Netwerkbespreking>.Mislukt(alle);
        }

        var bespreking = new Netwerkbespreking
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = swv.Code,
            Regio = gevonden!.Value.Regio,
            LokaalNetwerk = gevonden.Value.Netwerk,
        };
        bespreking.Neem(invoer);
        bespreking.Leg(nu, door, CasuistiekGebeurtenis.Gepland, new NetwerkbesprekingGepland(bespreking.Id, bespreking.Samenwerkingsverband, nu));
        return bespreking;
    }

    /// <summary>SWV staff change the date, the roles present or the notes (the netwerk stays).</summary>
    public Result<Netwerkbespreking> Wijzig(Besprekinginvoer invoer, Anonimiteitscontext context, bool anoniemBevestigd, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(door);
        if (Controleer(invoer, context, anoniemBevestigd, []) is { Count: > 0 } fouten)
        {
            return Result<Netwerkbespreking>.Mislukt(fouten);
        }

        Neem(invoer);
        Leg(nu, door, CasuistiekGebeurtenis.Gewijzigd, new NetwerkbesprekingGewijzigd(Id, Samenwerkingsverband, nu));
        return this;
    }

    /// <summary>The netwerk as the indeling spells it, or a problem on the field that does not match.</summary>
    private static (string Regio, string Netwerk)? ZoekNetwerk(Samenwerkingsverband swv, string? regio, string? lokaalNetwerk, List<Fout> fouten)
    {
        if (string.IsNullOrWhiteSpace(regio))
        {
            fouten.Add(Fout.Ongeldig("regio-vereist", "Kies de regio.", "regio"));
        }

        if (string.IsNullOrWhiteSpace(lokaalNetwerk))
        {
            fouten.Add(Fout.Ongeldig("lokaal-netwerk-vereist", "Kies het lokale netwerk.", "lokaalNetwerk"));
        }

        if (fouten.Count > 0)
        {
            return null;
        }

        var r = swv.Regios.FirstOrDefault(r => string.Equals(r.Naam, regio!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (r is null)
        {
            fouten.Add(Fout.Ongeldig("onbekende-regio", "Deze regio staat niet in de indeling van het samenwerkingsverband.", "regio"));
            return null;
        }

        var netwerk = r.LokaleNetwerken.FirstOrDefault(n => string.Equals(n, lokaalNetwerk!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (netwerk is null)
        {
            fouten.Add(Fout.Ongeldig("onbekend-lokaal-netwerk", "Dit lokale netwerk hoort niet bij de gekozen regio.", "lokaalNetwerk"));
            return null;
        }

        return (r.Naam, netwerk);
    }

    private static IReadOnlyList<Fout> Controleer(Besprekinginvoer invoer, Anonimiteitscontext context, bool anoniemBevestigd, List<Fout> fouten)
    {
        fouten.AddRange(Tekst.Optioneel(invoer.Notities, MaximaleLengteNotities, "notities").Fouten);
        if (invoer.Aanwezigen.Distinct().Count() != invoer.Aanwezigen.Count)
        {
            fouten.Add(Fout.Ongeldig("dubbele-rol", "Noem elke rol één keer.", "aanwezigen"));
        }

        var toets = Anonimiteitstoets.Toets([new("notities", invoer.Notities)], context);
        fouten.AddRange(toets.Weigeringen);
        return fouten.Count > 0 ? fouten : toets.Blokkerend(anoniemBevestigd);
    }

    private void Neem(Besprekinginvoer invoer)
    {
        Datum = invoer.Datum;
        Schooljaar = Schooljaren.Schooljaar.Op(invoer.Datum).Beginjaar;
        _aanwezigen = [.. invoer.Aanwezigen];
        Notities = string.IsNullOrWhiteSpace(invoer.Notities) ? null : invoer.Notities.Trim();
    }

    private void Leg(DateTimeOffset nu, Actor door, string actie, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new CasuistiekGebeurtenis(nu, door, actie, null)];
        GewijzigdOp = nu;
        Raise(melding);
    }
}
