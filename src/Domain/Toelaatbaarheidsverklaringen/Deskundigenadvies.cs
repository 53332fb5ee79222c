using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>The first advice must come from an orthopedagoog or psycholoog; the second from one of the law's disciplines.</summary>
public enum Adviesplek
{
    Eerste,
    Tweede,
}

public static class AdviesplekCodes
{
    public static Codelijst<Adviesplek> Lijst { get; } = new(
        "adviesplek",
        new Dictionary<Adviesplek, (string Code, string Label)>
        {
            [Adviesplek.Eerste] = ("eerste", "Eerste deskundige"),
            [Adviesplek.Tweede] = ("tweede", "Tweede deskundige"),
        });
}

/// <summary>
/// A deskundige as the register knows them when they are asked to advise: who, which profession, which employer. The
/// employer's bestuur and vestiging (when a school employs them) decide their independence of the requesting school.
/// </summary>
public sealed record Adviseur(
    Guid DeskundigeId,
    Guid GebruikerId,
    string Naam,
    Discipline Discipline,
    string Werkgever,
    Guid? WerkgeverBestuurId,
    VestigingCode? WerkgeverVestiging,
    string? Registratie)
{
    /// <summary>The register's entry as it stands today, advising under <paramref name="account"/> (the entry's account).</summary>
    public static Adviseur Van(Deskundige deskundige, Guid account)
    {
        ArgumentNullException.ThrowIfNull(deskundige);
        return new(
            deskundige.Id,
            account,
            deskundige.Naam,
            deskundige.Discipline,
            deskundige.Werkgever,
            deskundige.SchoolbestuurId,
            deskundige.Vestiging,
            deskundige.Beroepsregister is { } register ? $"{BeroepsregisterCodes.Lijst.Code(register)} {deskundige.Registratienummer}" : null);
    }
}

/// <summary>What a deskundige advises, as they send it: structured, so it serves the decision, a bezwaar and statistics.</summary>
public sealed record Adviesinhoud(
    bool? Toelaatbaar,
    SoortToelaatbaarheid? Soort,
    Bekostigingscategorie? Categorie,
    DateOnly? Einddatum,
    string? MotiveringOnderwijsbehoeften,
    string? MotiveringRegulier,
    string? MotiveringBeoogdeSchool,
    DateOnly Datum,
    bool OnafhankelijkheidVerklaard);

/// <summary>
/// One of the two advices a TLV needs: the deskundige the SWV asked (a snapshot of the register on that day) and, once
/// given, the advice itself with its motivering per criterion: the onderwijsbehoeften, what the regular school can
/// offer, and why the beoogde school fits.
/// </summary>
public sealed record Deskundigenadvies
{
    public const int MaximaleLengteMotivering = 4000;

    public required Adviesplek Plek { get; init; }

    public required Guid DeskundigeId { get; init; }

    /// <summary>The account under which the deskundige writes the advice: nobody else may.</summary>
    public required Guid GebruikerId { get; init; }

    public required string Naam { get; init; }

    public required Discipline Discipline { get; init; }

    public required string Werkgever { get; init; }

    public string? Registratie { get; init; }

    public required DateTimeOffset GevraagdOp { get; init; }

    public required Actor GevraagdDoor { get; init; }

    /// <summary>Null until the advice is given.</summary>
    public DateOnly? Datum { get; init; }

    public bool? Toelaatbaar { get; init; }

    public SoortToelaatbaarheid? Soort { get; init; }

    public Bekostigingscategorie? Categorie { get; init; }

    /// <summary>The advised end of the TLV, if the deskundige advises one.</summary>
    public DateOnly? Einddatum { get; init; }

    public string? MotiveringOnderwijsbehoeften { get; init; }

    public string? MotiveringRegulier { get; init; }

    public string? MotiveringBeoogdeSchool { get; init; }

    public DateTimeOffset? UitgebrachtOp { get; init; }

    public bool IsUitgebracht => UitgebrachtOp is not null;
}
