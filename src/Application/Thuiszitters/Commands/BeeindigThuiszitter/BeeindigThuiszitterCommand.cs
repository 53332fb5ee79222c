using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.BeeindigThuiszitter;

/// <summary>SWV staff end an entry without a return to school, with the reason (e.g. the family moved away).</summary>
[ThuiszitterStapToegang(ThuiszitterStap.Beeindiging)]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record BeeindigThuiszitterCommand(Guid ThuiszitterId, long? VerwachteVersie, ThuiszitterBeeindigingVerzoek Verzoek)
    : ICommand<Result<ThuiszitterDto>>, IVersieVoorwaarde;

/// <param name="Reden">verhuisd, niet-meer-leerplichtig, vrijstelling-verleend or anders (then a toelichting is required).</param>
public sealed record ThuiszitterBeeindigingVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required, CodeUit<Beeindigingsreden>] string? Reden,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Toelichting)
{
    public Result<Beeindigingsreden> LeesReden() => BeeindigingsredenCodes.Lijst.Lees(Reden, "reden", "reden");
}
