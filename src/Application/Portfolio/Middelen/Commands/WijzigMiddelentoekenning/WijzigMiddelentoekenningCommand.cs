using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.WijzigMiddelentoekenning;

/// <summary>The beleidsmedewerker changes a grant (not its bestuur or year), based on the version they saw.</summary>
[Toegang(Functies = [Functie.Beleidsmedewerker])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, MiddelenAudit.Toekenning, Doel = MiddelenAudit.DoelToekenning)]
public sealed record WijzigMiddelentoekenningCommand(Guid Id, long? VerwachteVersie, Result<Toekenninggegevens> Invoer)
    : IInvoerCommand<Toekenninggegevens, MiddelentoekenningDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => Id.ToString();
}
