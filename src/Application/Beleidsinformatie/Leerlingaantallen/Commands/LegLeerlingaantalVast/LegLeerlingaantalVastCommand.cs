using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Commands.LegLeerlingaantalVast;

/// <summary>
/// Records the pupils of one vestiging on a teldatum: the beleidsmedewerker or manager ondersteuning on the form, or the
/// school's LAS (a koppeling with <c>leerlingaantallen.aanleveren</c>, for its own vestigingen only). The same number
/// again changes nothing. Not pupil data, but a change, so audited.
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning], Scopes = [Scopes.LeerlingaantallenAanleveren])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.RegelGeschonden, FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, LeerlingaantalAudit.Soort, Doel = LeerlingaantalAudit.Doel)]
public sealed record LegLeerlingaantalVastCommand(string Teldatum, string Vestiging, Result<Leerlingaantalinvoer> Invoer)
    : IInvoerCommand<Leerlingaantalinvoer, SchoolaantalDto>, IAuditBron
{
    public string? AuditResourceId => $"{Teldatum}/{Vestiging}";
}

/// <summary>What was read from the route and the body, every problem at once.</summary>
public sealed record Leerlingaantalinvoer(Teldatum Teldatum, VestigingCode Vestiging, Telling Aantal);

/// <summary>The request body.</summary>
/// <param name="Aantal">The pupils of the vestiging on the teldatum (0 or more).</param>
public sealed record LeerlingaantalVerzoek([property: Required, Range(0, Leerlingaantal.MaximumAantal)] int? Aantal)
{
    public Result<Leerlingaantalinvoer> Lees(string teldatum, string vestiging, DateOnly vandaag) =>
        Lezen.Samen(
            Domain.Beleidsinformatie.Leerlingaantallen.Teldatum.Lees(teldatum, vandaag),
            VestigingCode.Parse(vestiging),
            Telling.Lees(Aantal),
            (t, v, a) => new Leerlingaantalinvoer(t, v, a));
}
