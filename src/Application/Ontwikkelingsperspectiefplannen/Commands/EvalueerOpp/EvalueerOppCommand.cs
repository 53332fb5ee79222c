using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.EvalueerOpp;

/// <summary>The school records the evaluation with the ouders of the version that holds: per goal, the conclusion, and whether a new version follows.</summary>
[OppStapToegang(OppStap.Evaluatie)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record EvalueerOppCommand(Guid OppId, long? VerwachteVersie, Result<OppEvaluatieInvoer> Invoer) : IInvoerCommand<OppEvaluatieInvoer, OppDto>, IVersieVoorwaarde;

/// <param name="Deelnemers">Who took part in the evaluation, the ouders at least.</param>
/// <param name="Doelen">For every goal of the version that holds (by number), whether it was reached.</param>
/// <param name="NieuweVersie">Whether a new version of the OPP follows this evaluation.</param>
public sealed record OppEvaluatieVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required, MaxLength(Ontwikkelingsperspectiefplan.MaximaleLengteKort)] string? Deelnemers,
    [property: Required] IReadOnlyList<DoelresultaatInvoer?>? Doelen,
    [property: Required, MaxLength(OppEvaluatie.MaximaleLengte)] string? Conclusie,
    [property: Required] bool? NieuweVersie)
{
    public Result<OppEvaluatieInvoer> Lees() =>
        Lezen.Samen(
            Lezen.Vereist(Datum, Fout.Ongeldig("datum-vereist", "Geef de datum van de evaluatie.", "datum")),
            DoelresultaatInvoer.LeesAlle(Doelen),
            Lezen.Vereist(NieuweVersie, Fout.Ongeldig("nieuwe-versie-vereist", "Geef aan of er een nieuwe versie van het OPP volgt.", "nieuweVersie")),
            (datum, doelen, nieuw) => new OppEvaluatieInvoer(datum, Deelnemers, doelen, Conclusie, nieuw));
}

public sealed record OppEvaluatieInvoer(
    DateOnly Datum, string? Deelnemers, IReadOnlyList<Doelresultaat> Doelen, string? Conclusie, bool NieuweVersie);
