using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchoolbesturen;

[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefSchoolbesturenQuery : IQuery<Result<SchoolbesturenDto>>;

public sealed record SchoolbesturenDto(IReadOnlyList<SchoolbestuurDto> Schoolbesturen);
