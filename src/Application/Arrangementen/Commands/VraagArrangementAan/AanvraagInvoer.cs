using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

/// <summary>Reads the request into the domain's <see cref="Aanvraag"/>, reporting every problem in the input at once.</summary>
internal static class AanvraagInvoer
{
    public static Result<Aanvraag> Lees(VraagArrangementAanCommand c)
    {
        var fouten = new List<Fout>();
        if (c.LeerlingId is null || c.LeerlingId == Guid.Empty)
        {
            fouten.Add(Fout.Ongeldig("leerling-vereist", "Voor welke leerling is het arrangement?", "leerlingId"));
        }

        var soort = SoortArrangementCodes.Lijst.Lees(c.Soort, "soort", "soort");
        var bekostiger = UitvoerderCodes.Bekostigers.Lees(c.Bekostiger, "bekostiger", "bekostiger");
        var uitvoerderSoort = UitvoerderCodes.Soorten.Lees(c.Uitvoerder?.Soort, "uitvoerder.soort", "soort-uitvoerder");
        var inhoud = IvoVeldenDto.Lees(c.Inhoud, "inhoud");
        fouten.AddRange(soort.Fouten.Concat(bekostiger.Fouten).Concat(uitvoerderSoort.Fouten).Concat(inhoud.Fouten));
        if (c.Uitvoerder?.ObaCode is { } oba)
        {
            fouten.AddRange(ObaCode.Parse(oba, "uitvoerder.obaCode").Fouten);
        }

        if (c.Uitvoerder?.Expertise is { } expertise)
        {
            fouten.AddRange(ExpertiseCode.Parse(expertise, "uitvoerder.expertise").Fouten);
        }

        if (c.Ingangsdatum is null)
        {
            fouten.Add(Fout.Ongeldig("ingangsdatum-vereist", "Vanaf wanneer is het arrangement nodig?", "ingangsdatum"));
        }

        if (c.Einddatum is null)
        {
            fouten.Add(Fout.Ongeldig("einddatum-vereist", "Tot wanneer is het arrangement nodig?", "einddatum"));
        }

        // Where a part could not be read, a stand-in that triggers none of the rules depending on it, so the domain's
        // own rules still run and the caller hears of every problem at once.
        var uitvoerder = uitvoerderSoort.IsGelukt
            ? new Uitvoerder(uitvoerderSoort.Waarde, c.Uitvoerder?.Naam?.Trim() ?? string.Empty, c.Uitvoerder?.ObaCode, c.Uitvoerder?.Expertise, c.Uitvoerder?.ExpertId)
            : new Uitvoerder(SoortUitvoerder.Oba, c.Uitvoerder?.Naam?.Trim() ?? string.Empty, "-", "-");
        var aanvraag = new Aanvraag(
            soort.IsGelukt ? soort.Waarde : SoortArrangement.Onderwijsarrangement,
            inhoud.IsGelukt ? inhoud.Waarde : Domain.Ondersteuning.IvoVelden.Leeg,
            c.Doelen ?? [],
            c.Ingangsdatum ?? DateOnly.MinValue,
            c.Einddatum ?? DateOnly.MaxValue,
            c.Uren,
            c.Budget,
            uitvoerder,
            bekostiger.IsGelukt ? bekostiger.Waarde : Bekostiger.Swv,
            c.Toelichting);
        fouten.AddRange(Arrangement.Controleer(aanvraag));
        return fouten.Count > 0 ? Result<Aanvraag>.Mislukt(fouten) : aanvraag;
    }
}
