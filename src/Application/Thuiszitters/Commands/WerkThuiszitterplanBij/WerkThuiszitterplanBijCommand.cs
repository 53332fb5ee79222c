using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Commands.WerkThuiszitterplanBij;

/// <summary>
/// SWV staff update the plan, the perspective and who of the gemeente is involved while the child is at home. A changed
/// plan or perspective is a new version; the earlier ones stay readable, with who wrote them and when.
/// </summary>
[ThuiszitterStapToegang(ThuiszitterStap.Planwijziging)]
[Audit(AuditActie.Wijzigen, ThuiszitterAudit.Soort, Doel = ThuiszitterAudit.Doel)]
public sealed record WerkThuiszitterplanBijCommand(Guid ThuiszitterId, long? VerwachteVersie, Result<Thuiszitterplan> Invoer)
    : IInvoerCommand<Thuiszitterplan, ThuiszitterDto>, IVersieVoorwaarde;

/// <summary>The whole plan as it should be now: a field left out is emptied.</summary>
public sealed record ThuiszitterplanVerzoek(
    [property: Required, MaxLength(Thuiszitter.MaximaleLengteGemeente)] string? Gemeente,
    [property: MaxLength(Leerplichtambtenaar.MaximaleLengte)] string? LeerplichtambtenaarNaam,
    [property: MaxLength(Leerplichtambtenaar.MaximaleLengte)] string? LeerplichtambtenaarContact,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Plan,
    [property: MaxLength(Planversie.MaximaleLengte)] string? Perspectief)
{
    public Result<Thuiszitterplan> Lees()
    {
        var plan = new Thuiszitterplan(Gemeente, LeerplichtambtenaarNaam, LeerplichtambtenaarContact, Plan, Perspectief);
        return plan.Controleer() is { Count: > 0 } fouten ? Result<Thuiszitterplan>.Mislukt(fouten) : plan;
    }
}
