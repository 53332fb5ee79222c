using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StelOppVast;

/// <summary>The school sets the concept, after the overleg and the hoorrecht; the handelingsdeel with it only with the ouders' instemming.</summary>
[OppStapToegang(OppStap.Vaststelling)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record StelOppVastCommand(Guid OppId, long? VerwachteVersie, Result<DateOnly> Invoer) : IInvoerCommand<DateOnly, OppDto>, IVersieVoorwaarde;

public sealed record VaststellingVerzoek([property: Required] DateOnly? VastgesteldOp)
{
    public Result<DateOnly> Lees() =>
        Lezen.Vereist(VastgesteldOp, Fout.Ongeldig("datum-vereist", "Geef de datum van de vaststelling.", "vastgesteldOp"));
}
