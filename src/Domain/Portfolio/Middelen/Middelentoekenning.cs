using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>
/// The middelen extra ondersteuning the SWV grants one schoolbestuur for one calendar year (seed 004: paid in advance
/// each year, accounted for afterwards): the amount, the distribution key with its explanation, the date of the
/// advance payment and, optionally, what of it goes to each school of that bestuur. One per bestuur and year; the
/// bestuur's <see cref="Verantwoording"/> refers to it.
/// </summary>
public sealed class Middelentoekenning : AggregateRoot<Guid>, IGenummerd
{
    public const int MaximaleLengteToelichting = 2000;
    public const int MaximumScholen = 200;

    private List<Gebeurtenis> _gebeurtenissen = [];
    private List<Schoolbedrag> _scholen = [];

    private Middelentoekenning()
    {
        Samenwerkingsverband = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid SchoolbestuurId { get; private set; }

    /// <summary>The calendar year the middelen are for.</summary>
    public int Jaar { get; private set; }

    public decimal Bedrag { get; private set; }

    public Verdeelsleutel Verdeelsleutel { get; private set; }

    /// <summary>How the key is applied; required with <see cref="Verdeelsleutel.Anders"/>.</summary>
    public string? Toelichting { get; private set; }

    /// <summary>When the advance was (or will be) paid; null while not yet planned.</summary>
    public DateOnly? BetaaldOp { get; private set; }

    /// <summary>What goes to each school of the bestuur, when the SWV states it; at most the whole amount together.</summary>
    public IReadOnlyList<Schoolbedrag> Scholen => _scholen;

    public IReadOnlyList<Gebeurtenis> Gebeurtenissen => _gebeurtenissen;

    public long Versie { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>
    /// Records the grant. <paramref name="scholenVanBestuur"/> are the bestuur's schools (a per-school amount must name
    /// one of them); <paramref name="jarenMetToekenning"/> the years the bestuur already has a grant for.
    /// </summary>
    public static Result<Middelentoekenning> Leg(
        Schoolbestuur bestuur,
        int? jaar,
        Toekenninggegevens gegevens,
        IReadOnlyCollection<VestigingCode> scholenVanBestuur,
        IReadOnlyCollection<int> jarenMetToekenning,
        Actor door,
        DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(bestuur);
        ArgumentNullException.ThrowIfNull(jarenMetToekenning);
        var fouten = new List<Fout>();
        if (Middelen.Bedrag.ControleerJaar(jaar) is { } jaarfout)
        {
            fouten.Add(jaarfout);
        }

        fouten.AddRange(Controleer(gegevens, scholenVanBestuur));
        if (fouten.Count > 0)
        {
            return Result<Middelentoekenning>.Mislukt(fouten);
        }

        if (jarenMetToekenning.Contains(jaar!.Value))
        {
            return Bestaat(bestuur.Naam, jaar.Value);
        }

        var toekenning = new Middelentoekenning
        {
            Id = Guid.CreateVersion7(),
            Samenwerkingsverband = bestuur.Samenwerkingsverband,
            SchoolbestuurId = bestuur.Id,
            Jaar = jaar.Value,
        };
        toekenning.Neem(gegevens, door, nu, MiddelenGebeurtenis.Vastgelegd);
        return toekenning;
    }

    /// <summary>The one grant per bestuur and year: a second is a conflict with the first, not a change of it.</summary>
    public static Fout Bestaat(string bestuur, int jaar) =>
        Fout.Conflict("toekenning-bestaat", $"Het schoolbestuur {bestuur} heeft al een toekenning voor {jaar}; wijzig die.");

    /// <summary>Replaces amount, key, payment date and per-school amounts (not bestuur or year), with the same rules.</summary>
    public Result<Middelentoekenning> Wijzig(Toekenninggegevens gegevens, IReadOnlyCollection<VestigingCode> scholenVanBestuur, Actor door, DateTimeOffset nu)
    {
        var fouten = Controleer(gegevens, scholenVanBestuur);
        if (fouten.Count > 0)
        {
            return Result<Middelentoekenning>.Mislukt(fouten);
        }

        Neem(gegevens, door, nu, MiddelenGebeurtenis.Gewijzigd);
        return this;
    }

    public static IReadOnlyList<Fout> Controleer(Toekenninggegevens gegevens, IReadOnlyCollection<VestigingCode> scholenVanBestuur)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(scholenVanBestuur);
        var fouten = new List<Fout>();
        var bedragfout = Middelen.Bedrag.Controleer(gegevens.Bedrag, "bedrag", "het toegekende bedrag");
        if (bedragfout is not null)
        {
            fouten.Add(bedragfout);
        }

        var toelichting = Tekst.Optioneel(gegevens.Toelichting, MaximaleLengteToelichting, "toelichting");
        fouten.AddRange(toelichting.Fouten);
        if (gegevens.Verdeelsleutel == Verdeelsleutel.Anders && toelichting is { IsGelukt: true, Waarde: null })
        {
            fouten.Add(Fout.Ongeldig("toelichting-vereist", "Licht toe hoe de middelen worden verdeeld als u 'anders' kiest.", "toelichting"));
        }

        if (gegevens.Scholen.Count > MaximumScholen)
        {
            fouten.Add(Fout.Ongeldig("te-veel-scholen", $"Hoogstens {MaximumScholen} scholen.", "scholen"));
            return fouten;
        }

        for (var i = 0; i < gegevens.Scholen.Count; i++)
        {
            var (vestiging, bedrag) = gegevens.Scholen[i];
            if (!scholenVanBestuur.Contains(vestiging))
            {
                fouten.Add(Fout.Ongeldig("school-van-ander-bestuur", $"Vestiging {vestiging} is geen school van dit schoolbestuur.", $"scholen[{i}].vestiging"));
            }
            else if (gegevens.Scholen.Take(i).Any(s => s.Vestiging == vestiging))
            {
                fouten.Add(Fout.Ongeldig("school-dubbel", $"Vestiging {vestiging} staat al eerder in de lijst.", $"scholen[{i}].vestiging"));
            }

            if (Middelen.Bedrag.Controleer(bedrag, $"scholen[{i}].bedrag", "het bedrag voor de school") is { } fout)
            {
                fouten.Add(fout);
            }
        }

        var perSchool = gegevens.Scholen.Sum(s => s.Bedrag ?? 0);
        if (bedragfout is null && gegevens.Bedrag is { } totaal && gegevens.Scholen.Count > 0 && perSchool > totaal)
        {
            fouten.Add(Fout.Ongeldig(
                "scholen-boven-bedrag",
                $"De bedragen per school ({Middelen.Bedrag.Tekst(perSchool)}) zijn samen meer dan het toegekende bedrag ({Middelen.Bedrag.Tekst(totaal)}).",
                "scholen"));
        }

        return fouten;
    }

    private void Neem(Toekenninggegevens gegevens, Actor door, DateTimeOffset nu, string actie)
    {
        Bedrag = gegevens.Bedrag!.Value;
        Verdeelsleutel = gegevens.Verdeelsleutel;
        Toelichting = string.IsNullOrWhiteSpace(gegevens.Toelichting) ? null : gegevens.Toelichting.Trim();
        BetaaldOp = gegevens.BetaaldOp;
        _scholen = [.. gegevens.Scholen.Select(s => new Schoolbedrag(s.Vestiging.Waarde, s.Bedrag!.Value))];
        _gebeurtenissen = [.. _gebeurtenissen, new Gebeurtenis(nu, door, actie, $"{Middelen.Bedrag.Tekst(Bedrag)}, {VerdeelsleutelCodes.Lijst.LabelInZin(Verdeelsleutel)}")];
        GewijzigdOp = nu;
    }
}

/// <summary>What a grant says, as a request gives it (the amount may be missing: a problem, not a default of 0).</summary>
public sealed record Toekenninggegevens(
    decimal? Bedrag,
    Verdeelsleutel Verdeelsleutel,
    string? Toelichting,
    DateOnly? BetaaldOp,
    IReadOnlyList<(VestigingCode Vestiging, decimal? Bedrag)> Scholen);

/// <summary>The part of a grant meant for one school of the bestuur (stored as the vestiging's code).</summary>
public sealed record Schoolbedrag(string Vestiging, decimal Bedrag);

/// <summary>The actions the histories of the middelen record.</summary>
public static class MiddelenGebeurtenis
{
    public const string Vastgelegd = "vastgelegd";
    public const string Gewijzigd = "gewijzigd";
    public const string Gestart = "gestart";
    public const string Bijgewerkt = "bijgewerkt";
    public const string Ingediend = "ingediend";
    public const string Teruggestuurd = "teruggestuurd";
    public const string Besproken = "besproken";
}
