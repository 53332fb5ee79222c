using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.ZetFaseVoort;

/// <summary>
/// The school or the expert moves the HGW cycle to its next phase. The phase steps share one operation; their rows in
/// the lifecycle table all allow the same roles (a test holds this access rule to them).
/// </summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record ZetFaseVoortCommand(Guid ExpertinzetId, long? VerwachteVersie, Result<ExpertinzetStap> Invoer)
    : IInvoerCommand<ExpertinzetStap, ExpertinzetDto>, IVersieVoorwaarde
{
    public static IReadOnlyList<ExpertinzetStap> Fasestappen { get; } =
        [ExpertinzetStap.Waarnemen, ExpertinzetStap.Begrijpen, ExpertinzetStap.Plannen, ExpertinzetStap.Realiseren, ExpertinzetStap.Evaluatie];
}

/// <param name="Naar">The phase to go to: waarnemen, begrijpen, plannen, realiseren or evaluatie (the next one).</param>
public sealed record InzetFaseVerzoek([property: Required] string? Naar)
{
    public Result<ExpertinzetStap> Lees() =>
        ExpertinzetStapCodes.Lijst.Zoek(Naar) is { } stap && ZetFaseVoortCommand.Fasestappen.Contains(stap)
            ? stap
            : Fout.Ongeldig("ongeldige-fase", "Kies de volgende fase: waarnemen, begrijpen, plannen, realiseren of evaluatie.", "naar");
}
