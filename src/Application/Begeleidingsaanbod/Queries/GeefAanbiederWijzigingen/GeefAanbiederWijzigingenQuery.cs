using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

/// <summary>
/// The change feed: what happened to the selection since a token, oldest first, with a new token to continue from.
/// An aanbieder that changed and still matches comes whole; one that was removed or no longer matches comes as a
/// tombstone, so the client deletes its copy. A page the client holds (<see cref="IHervalideerbaar"/>) is answered as
/// unchanged after the token's checks, without reading the changes.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.RegisterBeheerder], Scopes = [Scopes.AanbiedersLezen])]
[KanFalen(FoutSoort.Verlopen)]
public sealed record GeefAanbiederWijzigingenQuery(
    [property: Required] string? Token, [property: Range(1, AanbiederZoekregels.MaximalePageSize)] int? PageSize)
    : IQuery<Result<Hervalidatie<WijzigingenPaginaDto>>>, IHervalideerbaar
{
    public string Weergave { get; init; } = string.Empty;

    public IReadOnlyCollection<string> BekendeVersies { get; init; } = [];
}

/// <param name="WijzigingenToken">Use this next time; it also continues when <paramref name="MeerWijzigingen"/> is true.</param>
/// <param name="MeerWijzigingen">More changes are waiting: call again straight away with the new token.</param>
public sealed record WijzigingenPaginaDto(IReadOnlyList<AanbiederWijzigingDto> Wijzigingen, string WijzigingenToken, bool MeerWijzigingen);

/// <param name="Soort">"gewijzigd" (new or changed; the aanbieder is included) or "verwijderd" (delete your copy).</param>
/// <param name="Reden">For "verwijderd": "uit-register" (removed from the registry) or "buiten-selectie" (no longer matches your selection).</param>
public sealed record AanbiederWijzigingDto(string Soort, string Code, long Versie, string? Reden, AanbiederDto? Onderwijsbegeleidingsaanbieder)
{
    public const string Gewijzigd = "gewijzigd";
    public const string Verwijderd = "verwijderd";
    public const string UitRegister = "uit-register";
    public const string BuitenSelectie = "buiten-selectie";
}
