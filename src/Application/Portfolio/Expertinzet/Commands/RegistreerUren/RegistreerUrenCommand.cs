using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.RegistreerUren;

/// <summary>
/// The linked expert registers hours. The answer carries the hours used against the budget, with a warning from 80 %;
/// a registration that would exceed the budget is refused (409) until the plan raises it.
/// </summary>
[ExpertinzetStapToegang(ExpertinzetStap.Urenregistratie)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record RegistreerUrenCommand(Guid ExpertinzetId, long? VerwachteVersie, InzetUrenVerzoek Verzoek) : ICommand<Result<ExpertinzetDto>>, IVersieVoorwaarde;

/// <param name="Uren">In quarter hours (0,25), more than 0 and at most 12.</param>
public sealed record InzetUrenVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required, Range(0.25, (double)Urenregistratie.MaximumPerRegistratie)] decimal? Uren,
    [property: Required, CodeUit<Uractiviteit>] string? Activiteit,
    [property: MaxLength(Urenregistratie.MaximaleLengteNotitie)] string? Notitie);
