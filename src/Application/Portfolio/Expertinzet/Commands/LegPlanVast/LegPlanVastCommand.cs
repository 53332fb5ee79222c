using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.LegPlanVast;

/// <summary>
/// The plan van aanpak, laid down in plannen and adjusted in realiseren: goals, interventions with a timeline and who
/// does what, and the expert's hours budget. Once set, only the school or the SWV changes the budget (422 for the expert).
/// </summary>
[ExpertinzetStapToegang(ExpertinzetStap.Plan)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record LegPlanVastCommand(Guid ExpertinzetId, long? VerwachteVersie, Result<Planinvoer> Invoer)
    : IInvoerCommand<Planinvoer, ExpertinzetDto>, IVersieVoorwaarde;

public sealed record Planinvoer(IReadOnlyList<string?> Doelen, IReadOnlyList<Interventie> Interventies, decimal UrenBudget);

public sealed record InzetInterventieVerzoek(
    [property: Required, MaxLength(Interventie.MaximaleLengteOmschrijving)] string? Omschrijving,
    [property: Required] DateOnly? Van,
    [property: Required] DateOnly? Tot,
    [property: Required, MaxLength(Interventie.MaximaleLengteWie)] string? Wie);

/// <param name="UrenBudget">The expert's hours for the whole inzet, in quarter hours; never below the hours already used.</param>
public sealed record InzetPlanVerzoek(
    [property: Required, MinLength(1), MaxLength(PlanVanAanpak.MaximumDoelen), Elementen(MaximaleLengte = PlanVanAanpak.MaximaleLengteDoel)] IReadOnlyList<string?>? Doelen,
    [property: Required, MinLength(1), MaxLength(PlanVanAanpak.MaximumInterventies)] IReadOnlyList<InzetInterventieVerzoek?>? Interventies,
    [property: Required, Range(0.25, (double)PlanVanAanpak.MaximumUren)] decimal? UrenBudget)
{
    public Result<Planinvoer> Lees()
    {
        var doelen = Doelen ?? [];
        var fouten = new List<Fout>();
        var interventies = new List<Interventie>();
        var gegeven = Interventies ?? [];
        for (var n = 0; n < gegeven.Count; n++)
        {
            var v = gegeven[n];
            if (v?.Van is null)
            {
                fouten.Add(Fout.Ongeldig("van-vereist", "Geef de begindatum van de interventie.", $"interventies[{n}].van"));
            }

            if (v?.Tot is null)
            {
                fouten.Add(Fout.Ongeldig("tot-vereist", "Geef de einddatum van de interventie.", $"interventies[{n}].tot"));
            }

            // A stand-in for a missing date, so the domain's other rules still run and every problem is reported at once.
            interventies.Add(new Interventie(v?.Omschrijving ?? string.Empty, v?.Van ?? DateOnly.MinValue, v?.Tot ?? v?.Van ?? DateOnly.MinValue, v?.Wie ?? string.Empty));
        }

        fouten.AddRange(Domain.Portfolio.Expertinzet.Expertinzet.ControleerPlan(doelen, interventies, UrenBudget));
        return fouten.Count > 0
            ? Result<Planinvoer>.Mislukt(fouten)
            : new Planinvoer(doelen, [.. interventies.Select(i => i with { Omschrijving = i.Omschrijving.Trim(), Wie = i.Wie.Trim() })], UrenBudget!.Value);
    }
}
