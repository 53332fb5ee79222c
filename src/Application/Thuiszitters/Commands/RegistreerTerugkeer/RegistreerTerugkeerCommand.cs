using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.RegistreerTerugkeer;

/// <summary>
/// SWV staff record that the child is back: the day and where to, a vestiging of the samenwerkingsverband or another
/// destination in words. The entry closes; the 3-month term is met (or was missed) and leaves the werkvoorraad.
/// </summary>
[ThuiszitterStapToegang(ThuiszitterStap.Terugkeer)]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden, FoutSoort.Conflict, FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record RegistreerTerugkeerCommand(Guid ThuiszitterId, long? VerwachteVersie, TerugkeerVerzoek Verzoek)
    : ICommand<Result<ThuiszitterDto>>, IVersieVoorwaarde;

/// <param name="Datum">The day the child went back; not before the absence began, not in the future.</param>
/// <param name="Vestiging">The vestiging (BRIN + vestigingsnummer) of a school in the samenwerkingsverband; or give andereBestemming.</param>
/// <param name="AndereBestemming">Another destination in words, e.g. dagbesteding or a zorginstelling.</param>
public sealed record TerugkeerVerzoek(
    [property: Required] DateOnly? Datum,
    string? Vestiging,
    [property: MaxLength(Terugkeer.MaximaleLengte)] string? AndereBestemming,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Toelichting);
