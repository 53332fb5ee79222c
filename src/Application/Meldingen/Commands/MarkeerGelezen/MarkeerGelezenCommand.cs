using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Meldingen.Commands.MarkeerGelezen;

/// <summary>Marks one of the caller's notifications as read; another person's is not found.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
[KanFalen(FoutSoort.NietGevonden)]
public sealed record MarkeerGelezenCommand(Guid Id) : ICommand<Result<MeldingDto>>;
