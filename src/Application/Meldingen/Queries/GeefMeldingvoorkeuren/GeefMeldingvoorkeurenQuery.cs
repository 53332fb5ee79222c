using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingvoorkeuren;

/// <summary>The caller's choices per kind of notification (the defaults until they change one).</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
public sealed record GeefMeldingvoorkeurenQuery : IQuery<Result<MeldingvoorkeurenDto>>;
