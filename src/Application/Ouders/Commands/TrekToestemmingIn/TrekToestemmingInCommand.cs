using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingIn;

/// <summary>
/// An ouder withdraws a consent about their child, whichever ouder gave it (either parent may end it: withdrawing is
/// as easy as giving). It holds at once: the recipient's next request no longer finds the child. The consent stays
/// on record as withdrawn, by whom and when; the school's staff get a melding.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Wijzigen, ToestemmingAudit.Soort, Doel = OuderAudit.Inzage)]
public sealed record TrekToestemmingInCommand(Guid LeerlingId, Guid ToestemmingId) : ICommand<Result<ToestemmingDto>>, IAuditBron
{
    public string? AuditResourceId => ToestemmingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
