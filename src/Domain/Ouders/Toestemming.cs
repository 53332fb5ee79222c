using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ouders;

/// <summary>How a consent came to be recorded.</summary>
public enum Toestemmingswijze
{
    /// <summary>The ouder gave it themselves, signed in to the portal.</summary>
    Ouderportaal,

    /// <summary>
    /// The school recorded a consent the ouders gave on paper (a pupil without an ouder's account, or an ouder who does
    /// not use the portal): the school keeps the signed form, this record says who wrote it down.
    /// </summary>
    OpPapier,
}

public static class ToestemmingswijzeCodes
{
    public static Codelijst<Toestemmingswijze> Lijst { get; } = new(
        "wijze van toestemming",
        new Dictionary<Toestemmingswijze, (string Code, string Label)>
        {
            [Toestemmingswijze.Ouderportaal] = ("ouderportaal", "Door de ouder zelf in het ouderportaal"),
            [Toestemmingswijze.OpPapier] = ("op-papier", "Op papier, vastgelegd door de school"),
        });
}

/// <summary>
/// Who a consent is for: one account of a person outside the school and the samenwerkingsverband (an external
/// expert), or an onderwijsbegeleidingsaanbieder from the register, so every account of that organisation.
/// </summary>
/// <param name="GebruikerId">The external account; null when the consent is for the whole aanbieder.</param>
/// <param name="AanbiederCode">The aanbieder (its RIO code): set for a consent for the aanbieder, and for an account of one.</param>
/// <param name="Naam">The person's or the aanbieder's name when consent was given, so the record still names them later.</param>
/// <param name="Organisatie">The organisation of a person; null for an aanbieder.</param>
public sealed record Ontvanger(Guid? GebruikerId, string? AanbiederCode, string Naam, string? Organisatie)
{
    public bool IsAanbieder => GebruikerId is null;
}

/// <summary>
/// An ouder's consent (AVG art. 6(1)(a), for a child under 16 given by who has parental responsibility, art. 8 UAVG)
/// that one recipient outside the school and the samenwerkingsverband may see the child's data for a stated purpose:
/// without it such a recipient sees nothing of the child, even when the SWV made them betrokkene. Given and withdrawn
/// at any moment (art. 7(3): withdrawing is as easy as giving, and immediate); never deleted, so who could see the
/// child on whose say-so, from when until when, stays on record.
/// </summary>
public sealed class Toestemming : AggregateRoot<Guid>
{
    public const int MaximaleLengteDoel = 500;
    public const int MaximaleLengteNaam = 200;

    private Toestemming()
    {
        Samenwerkingsverband = null!;
        OuderNaam = string.Empty;
        Ontvanger = null!;
        Doel = string.Empty;
        VastgelegdDoor = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    public Guid LeerlingId { get; private set; }

    /// <summary>The ouder's account that gave it; null for a consent on paper the school recorded.</summary>
    public Guid? OuderId { get; private set; }

    /// <summary>Who gave it, by name (the account's name, or as the school wrote it from the paper form).</summary>
    public string OuderNaam { get; private set; }

    public Toestemmingswijze Wijze { get; private set; }

    public Ontvanger Ontvanger { get; private set; }

    /// <summary>What for: the purpose and scope the ouder agreed to, in words.</summary>
    public string Doel { get; private set; }

    public DateTimeOffset GegevenOp { get; private set; }

    /// <summary>The last day it holds (inclusive); null: until withdrawn.</summary>
    public DateOnly? Tot { get; private set; }

    public Actor VastgelegdDoor { get; private set; }

    public DateTimeOffset? IngetrokkenOp { get; private set; }

    public Actor? IngetrokkenDoor { get; private set; }

    public bool IsActief(DateOnly vandaag) => IngetrokkenOp is null && (Tot is null || Tot >= vandaag);

    /// <summary>Every problem with the input at once; also used by the validator before anything is looked up.</summary>
    public static IReadOnlyList<Fout> Controleer(string? doel, DateOnly? tot, DateOnly vandaag)
    {
        var fouten = new List<Fout>(Tekst.Verplicht(doel, MaximaleLengteDoel, "doel", "doel-vereist", "Schrijf op waarvoor u toestemming geeft.").Fouten);
        if (tot is { } t && t < vandaag)
        {
            fouten.Add(Fout.Ongeldig("einddatum-verleden", "De laatste dag van de toestemming ligt in het verleden.", "tot"));
        }

        return fouten;
    }

    /// <summary>An ouder gives consent in the portal, for one of their own children.</summary>
    public static Result<Toestemming> Geef(
        Leerling leerling, Ontvanger ontvanger, string? doel, DateOnly? tot, Guid ouderId, string ouderNaam, Actor door, DateTimeOffset nu, DateOnly vandaag) =>
        Maak(leerling, ontvanger, doel, tot, ouderId, ouderNaam, Toestemmingswijze.Ouderportaal, door, nu, vandaag);

    /// <summary>The school records a consent the ouders gave on paper, with the name of who signed it.</summary>
    public static Result<Toestemming> LegVastOpPapier(
        Leerling leerling, Ontvanger ontvanger, string? doel, DateOnly? tot, string? ouderNaam, Actor door, DateTimeOffset nu, DateOnly vandaag)
    {
        var naam = Tekst.Verplicht(ouderNaam, MaximaleLengteNaam, "ouderNaam", "ouder-vereist", "Noem de ouder of verzorger die de toestemming ondertekende.");
        if (!naam.Lukt(out var ouder))
        {
            var fouten = Controleer(doel, tot, vandaag).Concat(naam.Fouten).ToList();
            return Result<Toestemming>.Mislukt(fouten);
        }

        return Maak(leerling, ontvanger, doel, tot, null, ouder, Toestemmingswijze.OpPapier, door, nu, vandaag);
    }

    private static Result<Toestemming> Maak(
        Leerling leerling, Ontvanger ontvanger, string? doel, DateOnly? tot, Guid? ouderId, string ouderNaam, Toestemmingswijze wijze, Actor door,
        DateTimeOffset nu, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(ontvanger);
        ArgumentNullException.ThrowIfNull(door);
        var fouten = Controleer(doel, tot, vandaag).ToList();
        if (ontvanger.GebruikerId is null && (ontvanger.AanbiederCode is null || !ObaCode.Parse(ontvanger.AanbiederCode).IsGelukt))
        {
            fouten.Add(Fout.Ongeldig("ontvanger-vereist", "Kies wie mag meekijken.", "ontvanger"));
        }

        if (fouten.Count > 0)
        {
            return Result<Toestemming>.Mislukt(fouten);
        }

        var toestemming = new Toestemming
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = leerling.Samenwerkingsverband,
            LeerlingId = leerling.Id,
            OuderId = ouderId,
            OuderNaam = ouderNaam.Trim(),
            Wijze = wijze,
            Ontvanger = ontvanger,
            Doel = doel!.Trim(),
            GegevenOp = nu,
            Tot = tot,
            VastgelegdDoor = door,
        };
        toestemming.Raise(new ToestemmingGegeven(toestemming.Id, toestemming.Samenwerkingsverband, leerling.Id, nu));
        return toestemming;
    }

    /// <summary>From now on the recipient no longer sees the child on this consent; it stays on record as withdrawn.</summary>
    public Result<Toestemming> TrekIn(Actor door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(door);
        if (IngetrokkenOp is { } ingetrokken)
        {
            return Fout.Conflict("toestemming-al-ingetrokken", $"Deze toestemming is al ingetrokken op {NederlandseDatum.Tekst(NederlandseDatum.Van(ingetrokken))}.");
        }

        IngetrokkenDoor = door;
        IngetrokkenOp = nu;
        Raise(new ToestemmingIngetrokken(Id, Samenwerkingsverband, LeerlingId, nu));
        return this;
    }
}
