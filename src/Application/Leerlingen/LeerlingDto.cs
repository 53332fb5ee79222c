using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen;

public sealed record OndersteuningsbehoeftenDto(
    [property: MaxLength(Ondersteuningsbehoeften.MaximaleLengte)] string? BevorderendeFactoren,
    [property: MaxLength(Ondersteuningsbehoeften.MaximaleLengte)] string? BelemmerendeFactoren,
    IvoVeldenDto? Onderwijsbehoeften,
    [property: MaxLength(Ondersteuningsbehoeften.MaximaleLengte)] string? VisieLeerling,
    [property: MaxLength(Ondersteuningsbehoeften.MaximaleLengte)] string? VisieOuders,
    [property: MaxLength(Ondersteuningsbehoeften.MaximumExpertises), Elementen(Patroon = ExpertiseCode.Patroon, MaximaleLengte = ExpertiseCode.MaximaleLengte), Description(OndersteuningsbehoeftenDto.UitlegExpertises)] IReadOnlyList<string>? Expertises = null)
{
    /// <summary>Where an unknown expertise code is reported, as the request names the list.</summary>
    public const string ExpertisesVeld = "ondersteuningsbehoeften.expertises";

    public const string UitlegExpertises =
        "Codes van expertises uit de RIO-waardelijst 'Expertises so, vso' (GET /expertises) die de leerling nodig heeft; een onbekende code geeft 422.";

    public static OndersteuningsbehoeftenDto Van(Ondersteuningsbehoeften b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return new(b.BevorderendeFactoren, b.BelemmerendeFactoren, IvoVeldenDto.Van(b.Onderwijsbehoeften), b.VisieLeerling, b.VisieOuders, [.. b.Expertises.Select(e => e.Waarde)]);
    }

    public static Result<Ondersteuningsbehoeften> Lees(OndersteuningsbehoeftenDto? invoer)
    {
        if (invoer is null)
        {
            return Ondersteuningsbehoeften.Leeg;
        }

        var velden = IvoVeldenDto.Lees(invoer.Onderwijsbehoeften, "ondersteuningsbehoeften.onderwijsbehoeften");

        // Where the IVO fields could not be read, empty ones stand in, so the other fields' rules still run and the
        // caller hears of every problem at once.
        var behoeften = Ondersteuningsbehoeften.Van(
            invoer.BevorderendeFactoren,
            invoer.BelemmerendeFactoren,
            velden.Lukt(out var onderwijsbehoeften) ? onderwijsbehoeften : Domain.Ondersteuning.IvoVelden.Leeg,
            invoer.VisieLeerling,
            invoer.VisieOuders,
            invoer.Expertises);
        var fouten = velden.Fouten.Concat(behoeften.Fouten.Select(f => f with { Veld = "ondersteuningsbehoeften." + f.Veld })).ToList();
        return fouten.Count > 0 ? Result<Ondersteuningsbehoeften>.Mislukt(fouten) : behoeften;
    }
}

/// <summary>
/// A pupil: never a BSN. The id is this product's key; <see cref="LasSleutel"/> is the school LAS's own key when a
/// dossier or koppeling gave it, so a LAS matches its pupils without comparing names.
/// </summary>
public sealed record LeerlingDto(
    Guid Id,
    string Voornaam,
    string Achternaam,
    DateOnly Geboortedatum,
    string Vestiging,
    string Groep,
    string? LasSleutel,
    [property: Description("De vier cijfers van de postcode van de leerling (zoals 3811), nooit de hele postcode; leeg als die niet bekend is.")] string? Postcodegebied,
    OndersteuningsbehoeftenDto Ondersteuningsbehoeften,
    long Versie) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Id;

    public static LeerlingDto Van(Leerling leerling)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        return new(
            leerling.Id,
            leerling.Voornaam,
            leerling.Achternaam,
            leerling.Geboortedatum,
            leerling.Vestiging.Waarde,
            leerling.Groep,
            leerling.LasSleutel,
            leerling.Postcodegebied,
            OndersteuningsbehoeftenDto.Van(leerling.Ondersteuningsbehoeften),
            leerling.Versie);
    }
}

internal static class LeerlingAudit
{
    public const string Soort = "leerling";
    public const string Doel = "Ondersteuning van de leerling (passend onderwijs)";
}

internal static class LeerlingFouten
{
    /// <summary>Also for a pupil outside the caller's vestigingen: whether such a pupil exists is not the caller's to know.</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("leerling-onbekend", $"Er is geen leerling {id} die u mag zien.");
}
