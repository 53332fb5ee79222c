using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>What a school brings in: the question, the band of the leerjaar, what was tried, the expertisegebied if known.</summary>
public sealed record Casusinbreng(string? Ondersteuningsvraag, Leerjaarband? Leerjaarband, string? Geprobeerd, Expertisegebied? Expertisegebied);

/// <summary>
/// An anonymous case a school brings into its lokaal netwerk (seed 004, routekaart steps 1–3). It names the vestiging,
/// never the pupil: its texts pass the <see cref="Anonimiteitstoets"/> before they are kept. Its lifecycle is
/// <see cref="CasusLevenscyclus"/>; the outcome 'inzet van een expert' is what a school starts an expert inzet from
/// (<see cref="KoppelAanInzet"/>), once.
/// </summary>
public sealed class Casus : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteTekst = 4000;

    private List<CasuistiekGebeurtenis> _gebeurtenissen = [];

    private Casus()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
        Regio = string.Empty;
        LokaalNetwerk = string.Empty;
        Ondersteuningsvraag = string.Empty;
        Geprobeerd = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>The vestiging that brought the case in; its staff see the case.</summary>
    public VestigingCode Vestiging { get; private set; }

    /// <summary>The regio and lokaal netwerk of the vestiging when the case was brought in: where it is discussed.</summary>
    public string Regio { get; private set; }

    public string LokaalNetwerk { get; private set; }

    /// <summary>The first year of the school year the case was brought in (2026 for 2026-2027).</summary>
    public int Schooljaar { get; private set; }

    public string Ondersteuningsvraag { get; private set; }

    public Leerjaarband? Leerjaarband { get; private set; }

    /// <summary>What the school tried within its basisondersteuning.</summary>
    public string Geprobeerd { get; private set; }

    public Expertisegebied? Expertisegebied { get; private set; }

    public CasusStatus Status { get; private set; }

    public Guid? BesprekingId { get; private set; }

    public Uitkomst? Uitkomst { get; private set; }

    /// <summary>The outcome's kind as a column of its own: lists filter on it in SQL.</summary>
    public Uitkomstsoort? UitkomstSoort { get; private set; }

    /// <summary>The expert inzet the school started from this case's outcome, once.</summary>
    public Guid? ExpertinzetId { get; private set; }

    public DateTimeOffset IngebrachtOp { get; private set; }

    public IReadOnlyList<CasuistiekGebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>
    /// A school brings a case in. Refused (every problem at once) when a field is missing or too long or a text is
    /// identifying; when a text only may identify, refused with the warnings until <paramref name="anoniemBevestigd"/>.
    /// </summary>
    public static Result<Casus> BrengIn(
        School school, Casusinbreng inbreng, Anonimiteitscontext context, bool anoniemBevestigd, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(inbreng);
        ArgumentNullException.ThrowIfNull(door);
        if (school.Regio is null || school.LokaalNetwerk is null)
        {
            return Fout.RegelGeschonden(
                "geen-lokaal-netwerk",
                "Deze vestiging hoort nog niet bij een lokaal netwerk. Vraag het samenwerkingsverband om de school in te delen.",
                "vestiging");
        }

        if (Controleer(inbreng, context, anoniemBevestigd) is { Count: > 0 } fouten)
        {
            return Result<Casus>.Mislukt(fouten);
        }

        var casus = new Casus
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = school.Samenwerkingsverband,
            Vestiging = school.Vestiging,
            Regio = school.Regio,
            LokaalNetwerk = school.LokaalNetwerk,
            Schooljaar = Schooljaren.Schooljaar.Op(NederlandseDatum.Van(nu)).Beginjaar,
            Status = CasusStatus.Ingebracht,
            IngebrachtOp = nu,
        };
        casus.Neem(inbreng);
        casus.Leg(nu, door, CasuistiekGebeurtenis.Ingebracht, null, new CasusIngebracht(casus.Id, casus.Samenwerkingsverband, nu));
        return casus;
    }

    /// <summary>
    /// Every problem with an inbreng: first the fields and what is refused (400); only when there is none, the warnings
    /// the school has not confirmed (422). Also used to check input before anything is looked up.
    /// </summary>
    public static IReadOnlyList<Fout> Controleer(Casusinbreng inbreng, Anonimiteitscontext context, bool anoniemBevestigd)
    {
        ArgumentNullException.ThrowIfNull(inbreng);
        ArgumentNullException.ThrowIfNull(context);
        var fouten = new List<Fout>();
        fouten.AddRange(Tekst.Verplicht(inbreng.Ondersteuningsvraag, MaximaleLengteTekst, "ondersteuningsvraag", "ondersteuningsvraag-vereist", "Beschrijf de ondersteuningsvraag.").Fouten);
        fouten.AddRange(Tekst.Verplicht(inbreng.Geprobeerd, MaximaleLengteTekst, "geprobeerd", "geprobeerd-vereist", "Beschrijf wat de school al heeft geprobeerd binnen de basisondersteuning.").Fouten);
        var toets = Anonimiteitstoets.Toets(
            [new("ondersteuningsvraag", inbreng.Ondersteuningsvraag), new("geprobeerd", inbreng.Geprobeerd)], context);
        fouten.AddRange(toets.Weigeringen);
        return fouten.Count > 0 ? fouten : toets.Blokkerend(anoniemBevestigd);
    }

    /// <summary>The school corrects its inbreng, until the case is discussed.</summary>
    public Result<Casus> Wijzig(Casusinbreng inbreng, Anonimiteitscontext context, bool anoniemBevestigd, Actor door, DateTimeOffset nu) =>
        Overgang(CasusStap.Wijziging, door, nu, () =>
        {
            if (Controleer(inbreng, context, anoniemBevestigd) is { Count: > 0 } fouten)
            {
                return fouten.ToArray();
            }

            Neem(inbreng);
            return Stapuitkomst.Gelukt();
        });

    /// <summary>SWV staff put the case on a bespreking of its own lokaal netwerk (or move it to another one).</summary>
    public Result<Casus> Agendeer(Netwerkbespreking bespreking, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(bespreking);
        return Overgang(CasusStap.Bespreking, door, nu, () =>
        {
            if (bespreking.Samenwerkingsverband != Samenwerkingsverband
                || !string.Equals(bespreking.Regio, Regio, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(bespreking.LokaalNetwerk, LokaalNetwerk, StringComparison.OrdinalIgnoreCase))
            {
                return new[]
                {
                    Fout.RegelGeschonden("ander-netwerk", "Deze bespreking is van een ander lokaal netwerk dan de school van de casus.", "besprekingId"),
                };
            }

            BesprekingId = bespreking.Id;
            return Stapuitkomst.Gelukt();
        });
    }

    /// <summary>
    /// SWV staff record the one outcome of the case after the bespreking; afterwards they may correct it, until the school
    /// has started an expert inzet from it. The advice text passes the anonymity check like the inbreng.
    /// </summary>
    public Result<Casus> LegUitkomstVast(Uitkomstinvoer invoer, Anonimiteitscontext context, bool anoniemBevestigd, Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(context);
        var stap = Status == CasusStatus.UitkomstVastgelegd ? CasusStap.Uitkomstcorrectie : CasusStap.Uitkomst;
        return Overgang(stap, door, nu, () =>
        {
            var fouten = invoer.Controleer().ToList();
            var toets = Anonimiteitstoets.Toets([new("advies", invoer.Advies)], context);
            fouten.AddRange(toets.Weigeringen);
            if (fouten.Count > 0)
            {
                return fouten;
            }

            if (toets.Blokkerend(anoniemBevestigd) is { Count: > 0 } waarschuwingen)
            {
                return waarschuwingen.ToArray();
            }

            Uitkomst = invoer.AlsUitkomst();
            UitkomstSoort = invoer.Soort;
            return Stapuitkomst.Gelukt(CasuistiekCodes.Uitkomstsoorten.Label(invoer.Soort));
        });
    }

    /// <summary>
    /// The school starts an expert inzet for a named pupil from this case: allowed only when the outcome is 'inzet van een
    /// expert' and no inzet was started from it yet (409 otherwise). The case stays anonymous: it knows the inzet, not the pupil.
    /// </summary>
    public Result<Casus> KoppelAanInzet(Guid expertinzetId, Actor door, DateTimeOffset nu) =>
        Overgang(CasusStap.Koppeling, door, nu, () =>
        {
            if (expertinzetId == Guid.Empty)
            {
                return new[] { Fout.Ongeldig("inzet-vereist", "Noem de inzet van de expert.", "expertinzetId") };
            }

            ExpertinzetId = expertinzetId;
            return Stapuitkomst.Gelukt();
        });

    private void Neem(Casusinbreng inbreng)
    {
        Ondersteuningsvraag = inbreng.Ondersteuningsvraag!.Trim();
        Geprobeerd = inbreng.Geprobeerd!.Trim();
        Leerjaarband = inbreng.Leerjaarband;
        Expertisegebied = inbreng.Expertisegebied;
    }

    private Result<Casus> Overgang(CasusStap code, Actor door, DateTimeOffset nu, Func<Stapuitkomst> stap) =>
        CasusLevenscyclus.Tabel.Neem(this, code, stap, (rij, toelichting) =>
        {
            Status = rij.Naar ?? Status;
            Leg(nu, door, rij.Gebeurtenis, toelichting, rij.Meldt(this, nu));
        });

    private void Leg(DateTimeOffset nu, Actor door, string actie, string? toelichting, IDomainEvent melding)
    {
        _gebeurtenissen = [.. _gebeurtenissen, new CasuistiekGebeurtenis(nu, door, actie, toelichting)];
        GewijzigdOp = nu;
        Raise(melding);
    }
}
