using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsgeschiedenis;

/// <summary>Every version of the policy settings ever recorded, with the defaults that hold before the first.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
public sealed record GeefBeleidsgeschiedenisQuery : IQuery<Result<BeleidsgeschiedenisDto>>;
