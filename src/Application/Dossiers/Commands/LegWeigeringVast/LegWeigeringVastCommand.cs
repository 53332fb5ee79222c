using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Dossiers.Commands.LegWeigeringVast;

/// <summary>
/// Records that a delivered dossier was refused, after the refusal rolled back everything else: who sent it, from
/// where, how large it was and the problem codes, never its content (which may be hostile, or a child's data sent
/// to the wrong place).
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker], Scopes = [Scopes.DossiersAanleveren])]
[Audit(AuditActie.Weigeren, DossierAudit.Soort, Doel = DossierAudit.Doel)]
public sealed record LegWeigeringVastCommand(long Grootte, IReadOnlyList<string> Codes) : ICommand<Result<Dossierweigering>>, IAuditBron
{
    public string? AuditResourceId => null;

    string? IAuditBron.AuditDoel => $"Aangeleverd OSO-dossier geweigerd ({Grootte} bytes): {string.Join(", ", Codes.Distinct().Take(8))}";
}

/// <summary>The refusal as recorded.</summary>
public sealed record Dossierweigering(long Grootte, IReadOnlyList<string> Codes);
