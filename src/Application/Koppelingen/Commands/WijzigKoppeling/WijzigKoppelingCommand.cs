using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Commands.WijzigKoppeling;

/// <summary>
/// An SWV administrator changes what a koppeling may (scopes) and for which schools (vestigingen), and its name. Every
/// token the koppeling holds stops at once, so narrower rights hold from this moment; its secret or keys stay valid
/// and it simply asks for a new token.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record WijzigKoppelingCommand(string ClientId, Result<KoppelingWijziging> Invoer)
    : IInvoerCommand<KoppelingWijziging, KoppelingDto>, IAuditBron
{
    public string? AuditResourceId => ClientId;
}
