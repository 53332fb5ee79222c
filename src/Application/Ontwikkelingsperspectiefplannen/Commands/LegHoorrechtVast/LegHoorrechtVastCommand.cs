using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.LegHoorrechtVast;

/// <summary>The school records that the pupil was heard (a short summary) or why not (the reason).</summary>
[OppStapToegang(OppStap.Hoorrecht)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record LegHoorrechtVastCommand(Guid OppId, long? VerwachteVersie, Result<HoorrechtInvoer> Invoer) : IInvoerCommand<HoorrechtInvoer, OppDto>, IVersieVoorwaarde;

/// <param name="Gehoord">Whether the pupil was heard.</param>
/// <param name="Datum">When the pupil was heard; required when they were.</param>
/// <param name="Toelichting">A short summary of what the pupil said, or the reason why the pupil was not heard.</param>
public sealed record HoorrechtVerzoek(
    [property: Required] bool? Gehoord,
    DateOnly? Datum,
    [property: Required, MaxLength(OppHoorrecht.MaximaleLengte)] string? Toelichting)
{
    public Result<HoorrechtInvoer> Lees() =>
        Lezen.Vereist(Gehoord, Fout.Ongeldig("gehoord-vereist", "Geef aan of de leerling is gehoord.", "gehoord")).Dan(gehoord => new HoorrechtInvoer(gehoord, Datum, Toelichting));
}

public sealed record HoorrechtInvoer(bool Gehoord, DateOnly? Datum, string? Toelichting);
