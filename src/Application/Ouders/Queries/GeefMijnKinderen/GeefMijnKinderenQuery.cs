using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

/// <summary>
/// The portal's start: the children a school linked to the ouder's account, and nobody else. Each child shown is an
/// access to that child's data, so it is in the child's log like any other, as the ouder's own.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[Audit(AuditActie.Lezen, OuderAudit.KindSoort, Doel = OuderAudit.Inzage)]
public sealed record GeefMijnKinderenQuery : IQuery<Result<KinderenDto>>;

public sealed record KinderenDto(IReadOnlyList<KindDto> Kinderen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Kinderen;
}

/// <summary>A child as the portal shows it: the name, date of birth, school and groep; nothing about the support.</summary>
/// <param name="School">The name of the school (vestiging) the child goes to now.</param>
public sealed record KindDto(Guid Id, string Voornaam, string Achternaam, DateOnly Geboortedatum, string School, string Groep) : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Id;
}
