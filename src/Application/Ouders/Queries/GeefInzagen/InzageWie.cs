using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;

/// <summary>
/// How the ouder's view names who used their child's data. By organisation and role, not by the person's name: under
/// AVG art. 15 the data subject learns when, why and by which recipients (organisations) their data was used; the names
/// of the employees who did so under the school's or samenwerkingsverband's authority are not part of that (CJEU
/// C-579/21, Pankki S, 22 June 2023), and naming them would expose staff without helping the ouder exercise a right:
/// who wants to know which person it was asks the school, which can answer from its own full audit log. A koppeling (a
/// system, not a person) is named, and so is the ouder's own look ("U zelf").
/// </summary>
internal static class InzageWie
{
    public static string Rol(Rol rol) => rol switch
    {
        Domain.Gebruikers.Rol.SchoolMedewerker => "Intern begeleider of zorgcoördinator van de school",
        Domain.Gebruikers.Rol.SwvMedewerker => "Medewerker van het samenwerkingsverband",
        Domain.Gebruikers.Rol.Expert => "Expert van het samenwerkingsverband",
        Domain.Gebruikers.Rol.Deskundige => "Deskundige die het samenwerkingsverband advies geeft",
        Domain.Gebruikers.Rol.SwvBeheerder => "Beheerder van het samenwerkingsverband",
        Domain.Gebruikers.Rol.Ouder => "Een andere ouder of verzorger van uw kind",
        _ => "Beheerder van het systeem",
    };

    public const string Zelf = "U zelf";

    public const string Systeem = "Het systeem zelf (automatisch)";

    public const string OnbekendAccount = "Een medewerker (dit account bestaat niet meer)";

    public static string Koppeling(string? naam) => naam is { Length: > 0 } ? $"{naam} (gekoppeld systeem)" : "Een gekoppeld systeem";

    public static string Gegevens(string resourceSoort) => resourceSoort switch
    {
        LeerlingAudit.Soort => "De gegevens van uw kind",
        ArrangementAudit.Soort => "Een arrangement",
        TlvAudit.Soort => "Een toelaatbaarheidsverklaring",
        OppAudit.Soort => "Het ontwikkelingsperspectiefplan",
        OuderAudit.Soort => "De ouders en verzorgers",
        "document" => "Een document",
        "dossier" or "dossierimport" => "Het overdrachtsdossier",
        "auditlog" => "Wie de gegevens van uw kind bekeek",
        "betrokkene" => "Welke expert uw kind mag zien",
        _ => "Gegevens van uw kind",
    };
}
