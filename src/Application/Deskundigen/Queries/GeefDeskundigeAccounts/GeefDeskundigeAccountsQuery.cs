using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigeAccounts;

/// <summary>
/// The active accounts with the role deskundige, to link to an entry in the register: the SWV medewerker keeps the
/// register but reads no accounts list (that is the beheerder's), so this gives id and name only.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
public sealed record GeefDeskundigeAccountsQuery : IQuery<Result<DeskundigeAccountsDto>>;

/// <param name="DeskundigeId">The entry in the register this account is linked to already; null when it is free.</param>
public sealed record DeskundigeAccountDto(Guid Id, string Naam, Guid? DeskundigeId);

public sealed record DeskundigeAccountsDto(IReadOnlyList<DeskundigeAccountDto> Accounts);
