using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ZoekAanbieders;

/// <summary>
/// The registry of onderwijsbegeleidingsaanbieders, a page at a time, by naam (default) or code: for people searching
/// and for LAS systems taking a full copy. The last page of a followable selection carries the change feed token.
/// A page the client holds already (<see cref="IHervalideerbaar"/>) is answered as unchanged without reading the list.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.RegisterBeheerder], Scopes = [Scopes.AanbiedersLezen])]
public sealed record ZoekAanbiedersQuery(
    string? Expertise,
    string? Werkgebied,
    [property: CodeUit<Cluster>] int? Cluster,
    [property: MinLength(1), MaxLength(AanbiederZoekregels.MaximaleLengteNaam)] string? Naam,
    string? GeldigOp,
    string? GewijzigdSinds,
    string? Cursor,
    [property: Range(1, AanbiederZoekregels.MaximalePageSize)] int? PageSize,
    [property: AllowedValues(AanbiederSortering.Naam, AanbiederSortering.NaamAflopend, AanbiederSortering.Code, AanbiederSortering.CodeAflopend)]
    string? Sorteer = null) : IQuery<Result<Hervalidatie<AanbiederPaginaDto>>>, IAanbiederZoekvraag, IHervalideerbaar
{
    public string Weergave { get; init; } = string.Empty;

    public IReadOnlyCollection<string> BekendeVersies { get; init; } = [];
}

/// <param name="VolgendeCursor">For the next page; absent on the last page.</param>
/// <param name="WijzigingenToken">
/// Only on the last page, and only when the selection can be followed (no geldigOp or gewijzigdSinds): give it to
/// /onderwijsbegeleidingsaanbieders/wijzigingen to receive only what changed since the first page was read.
/// </param>
public sealed record AanbiederPaginaDto(IReadOnlyList<AanbiederDto> Onderwijsbegeleidingsaanbieders, string? VolgendeCursor, string? WijzigingenToken);
