using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagTlvAan;

/// <param name="Vestiging">BRIN and vestigingsnummer of the school the TLV is for, e.g. 14XY00.</param>
/// <param name="Naam">Only for a school outside the samenwerkingsverband; a school of its own is named by the register.</param>
/// <param name="Soort">Only for a school outside the samenwerkingsverband (SBO, SO, VSO or PRO).</param>
public sealed record BeoogdeSchoolVerzoek(
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: MaxLength(BeoogdeSchool.MaximaleLengteNaam)] string? Naam,
    [property: CodeUit<SoortSchool>] string? Soort);

/// <summary>
/// The request body of a TLV. Its attributes write the rules into the contract; <see cref="Lees"/> reads it with the
/// domain's own rules, reporting every missing part at once: a request is complete only when all of it is there.
/// </summary>
public sealed record TlvAanvraagVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, CodeUit<SoortToelaatbaarheid>] string? Soort,
    [property: Required, CodeUit<Bekostigingscategorie>] string? Categorie,
    [property: Required] BeoogdeSchoolVerzoek? BeoogdeSchool,
    [property: Required] DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    [property: Required] IvoVeldenDto? Onderwijsbehoeften,
    [property: Required, MaxLength(Onderbouwing.MaximaleLengte)] string? Basisondersteuning,
    [property: Required, MaxLength(Onderbouwing.MaximaleLengte)] string? ExtraOndersteuning,
    [property: MaxLength(Onderbouwing.MaximumArrangementen)] IReadOnlyList<Guid>? Arrangementen,
    [property: Required, MaxLength(Onderbouwing.MaximaleLengte)] string? VisieOuders,
    [property: Required, MaxLength(Onderbouwing.MaximaleLengte)] string? VisieLeerling)
{
    public Result<TlvInvoer> Lees()
    {
        var fouten = new List<Fout>();
        if (LeerlingId is null || LeerlingId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("leerling-vereist", "Kies de leerling voor wie de toelaatbaarheidsverklaring is.", "leerlingId"));
        }

        var soort = SoortToelaatbaarheidCodes.Lijst.Lees(Soort, "soort", "soort");
        var categorie = BekostigingscategorieCodes.Lijst.Lees(Categorie, "categorie", "categorie");
        var vestiging = VestigingCode.Parse(BeoogdeSchool?.Vestiging, "beoogdeSchool.vestiging");
        var schoolsoort = BeoogdeSchool?.Soort is { } s ? SoortSchoolCodes.Lijst.Lees(s, "beoogdeSchool.soort", "soort-school") : null;
        var behoeften = IvoVeldenDto.Lees(Onderwijsbehoeften, "onderwijsbehoeften");
        fouten.AddRange(soort.Fouten.Concat(categorie.Fouten).Concat(vestiging.Fouten).Concat(schoolsoort?.Fouten ?? []).Concat(behoeften.Fouten));
        if (Ingangsdatum is null)
        {
            fouten.Add(Fout.Ongeldig("ingangsdatum-vereist", "Geef de datum vanaf wanneer de toelaatbaarheidsverklaring nodig is.", "ingangsdatum"));
        }

        if (fouten.Count > 0)
        {
            // The onderbouwing does not depend on the choices, so its problems are reported with theirs.
            fouten.AddRange(Toelaatbaarheidsverklaring.ControleerOnderbouwing(
                behoeften.IsGelukt ? behoeften.Waarde : IvoVelden.Van("-", null, null, null, null, "onderwijsbehoeften").Waarde,
                Basisondersteuning, ExtraOndersteuning, VisieOuders, VisieLeerling));
            return Result<TlvInvoer>.Mislukt(fouten);
        }

        // The school's name and kind come from the register when it is one of the SWV's own: the handler fills them.
        var aanvraag = new TlvAanvraag(
            soort.Waarde,
            categorie.Waarde,
            new BeoogdeSchool(vestiging.Waarde, BeoogdeSchool!.Naam?.Trim() ?? string.Empty, schoolsoort?.Waarde ?? soort.Waarde.School(), false),
            Ingangsdatum!.Value,
            Einddatum,
            behoeften.Waarde,
            Basisondersteuning,
            ExtraOndersteuning,
            Arrangementen ?? [],
            VisieOuders,
            VisieLeerling);
        return new TlvInvoer(LeerlingId!.Value, aanvraag, BeoogdeSchool.Soort is not null);
    }
}

/// <summary>A read request: for which pupil, what, and whether the caller named the school's kind themselves.</summary>
public sealed record TlvInvoer(Guid LeerlingId, TlvAanvraag Aanvraag, bool SoortGegeven);
