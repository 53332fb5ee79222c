using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppVerschillen;

/// <summary>What differs, field by field, between two versions of an OPP; for whoever may read the OPP.</summary>
[Toegang(Rollen = [Rol.SchoolMedewerker, Rol.SwvMedewerker, Rol.Expert])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Ongeldig)]
[Audit(AuditActie.Lezen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record GeefOppVerschillenQuery(Guid OppId, int? Van, int? Naar) : IQuery<Result<OppVerschillenDto>>;

/// <param name="Oud">The text in version <c>van</c>; absent when the line was added.</param>
/// <param name="Nieuw">The text in version <c>naar</c>; absent when the line was removed.</param>
public sealed record OppVerschilDto(string Pad, string Label, string? Oud, string? Nieuw);

public sealed record OppVerschillenDto(Guid OppId, Guid LeerlingId, int Van, int Naar, IReadOnlyList<OppVerschilDto> Verschillen) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => OppId.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => LeerlingId;
}
