using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Dossiers;

internal static class DossierFouten
{
    /// <summary>A VO dossier in a PO samenwerkingsverband or the other way round: a problem type of its own, so a LAS can tell it from invalid XML.</summary>
    public static Fout ProfielPastNiet(Overdrachtsprofiel profiel, Sector sector) => Fout.RegelGeschonden(
        "profiel-past-niet-bij-samenwerkingsverband",
        $"Dit is een {OverdrachtsprofielCodes.Lijst.LabelInZin(profiel)}, maar dit samenwerkingsverband is er voor {SectorCodes.Lijst.LabelInZin(sector)}. Lever het dossier aan bij het samenwerkingsverband van de juiste sector, of laat het LAS het juiste profiel kiezen.");

    /// <summary>Pupils that look like the dossier's pupil: the school chooses, the import does not guess.</summary>
    public static Fout Twijfel(IReadOnlyList<Leerling> kandidaten) => Fout.RegelGeschonden(
        "leerling-twijfelachtig",
        $"Het is niet zeker bij welke leerling dit dossier hoort: {kandidaten.Count} {(kandidaten.Count == 1 ? "leerling lijkt" : "leerlingen lijken")} erop ({string.Join(", ", kandidaten.Select(k => $"{k.Naam}, {k.Id}"))}). Lever het dossier opnieuw aan met leerlingId om de juiste leerling te kiezen.");

    public static Fout Onbekend(Guid id) => Fout.NietGevonden("dossierimport-niet-gevonden", $"Er is geen dossierimport {id} die u kunt zien.");
}
