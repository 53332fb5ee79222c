using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefAantalOngelezen;

/// <summary>How many of the caller's notifications are unread: for the bell, asked on every page, so one index-only count.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
public sealed record GeefAantalOngelezenQuery : IQuery<Result<AantalOngelezenDto>>;
