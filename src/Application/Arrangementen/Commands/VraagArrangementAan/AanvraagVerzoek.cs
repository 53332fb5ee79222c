using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

/// <summary>
/// The request body. Its attributes write the rules into the contract; <see cref="Lees"/> reads it into the domain's
/// <see cref="Aanvraag"/> with the domain's own rules, reporting every problem in the input at once.
/// </summary>
public sealed record AanvraagVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, CodeUit<SoortArrangement>] string? Soort,
    IvoVeldenDto? Inhoud,
    [property: Required, MinLength(1), MaxLength(Doel.Maximum), Elementen(MaximaleLengte = Doel.MaximaleLengte)] IReadOnlyList<string?>? Doelen,
    [property: Required] DateOnly? Ingangsdatum,
    [property: Required] DateOnly? Einddatum,
    [property: Range(0, (double)Arrangement.MaximumUren)] decimal? Uren,
    [property: Range(0, (double)Arrangement.MaximumBudget)] decimal? Budget,
    [property: Required] UitvoerderDto? Uitvoerder,
    [property: Required, CodeUit<Bekostiger>] string? Bekostiger,
    [property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Toelichting)
{
    public Result<ArrangementAanvraag> Lees()
    {
        var fouten = new List<Fout>();
        if (LeerlingId is null || LeerlingId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("leerling-vereist", "Kies de leerling voor wie het arrangement is.", "leerlingId"));
        }

        var soort = SoortArrangementCodes.Lijst.Lees(Soort, "soort", "soort");
        var bekostiger = UitvoerderCodes.Bekostigers.Lees(Bekostiger, "bekostiger", "bekostiger");
        var uitvoerderSoort = UitvoerderCodes.Soorten.Lees(Uitvoerder?.Soort, "uitvoerder.soort", "soort-uitvoerder");
        var inhoud = IvoVeldenDto.Lees(Inhoud, "inhoud");
        fouten.AddRange(soort.Fouten.Concat(bekostiger.Fouten).Concat(uitvoerderSoort.Fouten).Concat(inhoud.Fouten));
        var aanbieder = Uitvoerder?.ObaCode is { } oba ? ObaCode.Parse(oba, "uitvoerder.obaCode") : null;
        fouten.AddRange(aanbieder?.Fouten ?? []);
        if (Uitvoerder?.Expertise is { } expertise)
        {
            fouten.AddRange(ExpertiseCode.Parse(expertise, "uitvoerder.expertise").Fouten);
        }

        if (Ingangsdatum is null)
        {
            fouten.Add(Fout.Ongeldig("ingangsdatum-vereist", "Geef de datum vanaf wanneer het arrangement nodig is.", "ingangsdatum"));
        }

        if (Einddatum is null)
        {
            fouten.Add(Fout.Ongeldig("einddatum-vereist", "Geef de datum tot wanneer het arrangement nodig is.", "einddatum"));
        }

        // Where a part could not be read, a stand-in that triggers none of the rules depending on it, so the domain's
        // own rules still run and the caller hears of every problem at once. Only a request without problems is used.
        var uitvoerder = uitvoerderSoort.Lukt(out var soortUitvoerder)
            ? new Uitvoerder(soortUitvoerder, Uitvoerder?.Naam?.Trim() ?? string.Empty, Uitvoerder?.ObaCode, Uitvoerder?.Expertise, Uitvoerder?.ExpertId)
            : new Uitvoerder(SoortUitvoerder.Oba, Uitvoerder?.Naam?.Trim() ?? string.Empty, "-", "-");
        var aanvraag = new Aanvraag(
            soort.Lukt(out var gelezenSoort) ? gelezenSoort : SoortArrangement.Onderwijsarrangement,
            inhoud.Lukt(out var gelezenInhoud) ? gelezenInhoud : Domain.Ondersteuning.IvoVelden.Leeg,
            Doelen ?? [],
            Ingangsdatum ?? DateOnly.MinValue,
            Einddatum ?? DateOnly.MaxValue,
            Uren,
            Budget,
            uitvoerder,
            bekostiger.Lukt(out var gelezenBekostiger) ? gelezenBekostiger : Domain.Arrangementen.Bekostiger.Swv,
            Toelichting);
        fouten.AddRange(Arrangement.Controleer(aanvraag));
        return fouten.Count > 0
            ? Result<ArrangementAanvraag>.Mislukt(fouten)
            : new ArrangementAanvraag(LeerlingId.GetValueOrDefault(), aanvraag, aanbieder is not null && aanbieder.Lukt(out var code) ? code : null);
    }
}

/// <summary>A valid request: for which pupil, what, and the register's provider it names (if any).</summary>
public sealed record ArrangementAanvraag(Guid LeerlingId, Aanvraag Aanvraag, ObaCode? Aanbieder);
