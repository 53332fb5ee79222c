using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;

namespace PassendOnderwijs.Application.Portfolio.Regios.Commands.StelRegioaanbodVast;

/// <summary>
/// The beleidsmedewerker or the manager ondersteuning sets which expertisegebieden a regio offers (the yearly
/// re-weighing of the portfolio): based on the version they saw (0 while there is none yet).
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, "regioaanbod", Doel = "Het aanbod van het regionale portfolio")]
public sealed record StelRegioaanbodVastCommand(string Regio, long? VerwachteVersie, Result<IReadOnlyList<Expertisegebied>> Invoer)
    : IInvoerCommand<IReadOnlyList<Expertisegebied>, RegioportfolioDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Regio;
}

/// <summary>The request body: the whole offer; an empty list offers nothing this year.</summary>
public sealed record RegioaanbodVerzoek([property: Required, CodeUit<Expertisegebied>] IReadOnlyList<string>? Expertisegebieden)
{
    public Result<IReadOnlyList<Expertisegebied>> Lees()
    {
        if (Expertisegebieden is null)
        {
            return Fout.Ongeldig("expertisegebieden-vereist", "Geef de expertisegebieden die de regio aanbiedt; een lege lijst biedt niets aan.", "expertisegebieden");
        }

        var gelezen = Expertisegebieden.Select((c, i) => ExpertisegebiedCodes.Lijst.Lees(c, $"expertisegebieden[{i}]", "expertisegebied")).ToList();
        var fouten = gelezen.SelectMany(g => g.Fouten).ToList();
        return fouten.Count > 0
            ? Result<IReadOnlyList<Expertisegebied>>.Mislukt(fouten)
            : Result<IReadOnlyList<Expertisegebied>>.Gelukt([.. gelezen.Select(g => g.Waarde)]);
    }
}
