using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.SluitExpertinzetAf;

/// <summary>
/// After the evaluation the inzet closes with one result: doelen behaald (with the expert's advice for the school,
/// shared in the netwerk), terug naar het netwerk, or verwezen (to jeugdhulp, arts, cluster 1 or 2). The expert's
/// access to the pupil through the inzet ends; the school is told, and the tevredenheidsonderzoek follows the event.
/// </summary>
[ExpertinzetStapToegang(ExpertinzetStap.Afsluiting)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record SluitExpertinzetAfCommand(Guid ExpertinzetId, long? VerwachteVersie, Result<Afsluitinvoer> Invoer)
    : IInvoerCommand<Afsluitinvoer, ExpertinzetDto>, IVersieVoorwaarde;

public sealed record Afsluitinvoer(Inzetresultaat Resultaat, Verwijzing? Verwijzing, string? Advies, string? Toelichting);

/// <param name="Verwijzing">Only with resultaat verwezen: jeugdhulp, arts, cluster-1 or cluster-2.</param>
/// <param name="Advies">The expert's advice for the school; required with doelen-behaald.</param>
public sealed record InzetAfsluitVerzoek(
    [property: Required, CodeUit<Inzetresultaat>] string? Resultaat,
    [property: CodeUit<Verwijzing>] string? Verwijzing,
    [property: MaxLength(Afsluiting.MaximaleLengte)] string? Advies,
    [property: MaxLength(Afsluiting.MaximaleLengte)] string? Toelichting)
{
    public Result<Afsluitinvoer> Lees()
    {
        var resultaat = InzetresultaatCodes.Lijst.Lees(Resultaat, "resultaat", "resultaat");
        var verwijzing = Verwijzing is null ? null : VerwijzingCodes.Lijst.Lees(Verwijzing, "verwijzing", "verwijzing");
        var fouten = resultaat.Fouten.Concat(verwijzing?.Fouten ?? []).ToList();
        if (resultaat.IsGelukt && verwijzing is null or { IsGelukt: true })
        {
            fouten.AddRange(Domain.Portfolio.Expertinzet.Expertinzet.ControleerAfsluiting(resultaat.Waarde, verwijzing?.Waarde, Advies, Toelichting));
        }

        return fouten.Count > 0
            ? Result<Afsluitinvoer>.Mislukt(fouten)
            : new Afsluitinvoer(resultaat.Waarde, verwijzing?.Waarde, Advies, Toelichting);
    }
}
