using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Meldingen.Commands.MarkeerAllesGelezen;

/// <summary>Marks all of the caller's unread notifications as read.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
public sealed record MarkeerAllesGelezenCommand : ICommand<Result<AllesGelezenDto>>;
