using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefWerkvoorraad;

/// <summary>Which next step of an arrangement is whose, and by when.</summary>
internal static class Werkvoorraad
{
    public sealed record Actie(string Code, string Omschrijving, DateOnly Deadline);

    public static IEnumerable<Actie> Acties(Arrangement a, Rol? rol, DateOnly vandaag, int vooruitDagen)
    {
        var horizon = vandaag.AddDays(vooruitDagen);
        var swv = rol == Rol.SwvMedewerker;
        var uitvoerend = rol is Rol.SchoolMedewerker or Rol.SwvMedewerker
            || (rol == Rol.Expert && a.Uitvoerder.Soort == SoortUitvoerder.Expert);

        switch (a.Status)
        {
            case ArrangementStatus.Aangevraagd when swv:
                yield return new("in-behandeling-nemen", "Nieuwe aanvraag: neem in behandeling", a.Behandeldeadline);
                break;
            case ArrangementStatus.InBehandeling when a.OpenVraag is null && swv:
                yield return new("besluiten", "Aanvraag in behandeling: ken toe of wijs af", a.Behandeldeadline);
                break;
            case ArrangementStatus.InBehandeling when a.OpenVraag is not null && rol == Rol.SchoolMedewerker:
                yield return new("vraag-beantwoorden", $"Het samenwerkingsverband vraagt: {a.OpenVraag}", a.Behandeldeadline);
                break;
            case ArrangementStatus.Toegekend when uitvoerend && a.Ingangsdatum <= horizon:
                yield return new("starten", "Toegekend: start het arrangement", a.Ingangsdatum);
                break;
            case ArrangementStatus.Actief when uitvoerend:
                if (a.Einddatum <= horizon)
                {
                    yield return new("beeindigen", "Einddatum nadert: evalueer en beëindig", a.Einddatum);
                }
                else if (a.VolgendeEvaluatieUiterlijk is { } evaluatie && evaluatie <= horizon)
                {
                    yield return new("evalueren", "Evaluatie nodig (minstens elk half jaar)", evaluatie);
                }

                break;
        }
    }
}
