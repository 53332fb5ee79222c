using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.KopieerAanbieders;

/// <summary>
/// The whole selection of the register in one answer, for a LAS that takes its first copy (the list as
/// application/x-ndjson): the same filters, order and access as the paged list, read from the database in batches
/// while it is sent, and the change feed token of the paged list's last page. The register holds no pupil data, so
/// like the list it is not audited. Cursor and pageSize belong to the pages and are refused here.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.RegisterBeheerder], Scopes = [Scopes.AanbiedersLezen])]
public sealed record KopieerAanbiedersQuery(
    string? Expertise,
    string? Werkgebied,
    [property: CodeUit<Cluster>] int? Cluster,
    [property: MinLength(1), MaxLength(AanbiederZoekregels.MaximaleLengteNaam)] string? Naam,
    string? GeldigOp,
    string? GewijzigdSinds,
    string? Cursor,
    int? PageSize,
    [property: AllowedValues(AanbiederSortering.Naam, AanbiederSortering.NaamAflopend, AanbiederSortering.Code, AanbiederSortering.CodeAflopend)]
    string? Sorteer = null) : IQuery<Result<Hervalidatie<AanbiederKopie>>>, IAanbiederZoekvraag, IHervalideerbaar
{
    public string Weergave { get; init; } = string.Empty;

    public IReadOnlyCollection<string> BekendeVersies { get; init; } = [];
}

/// <summary>
/// A full copy as it streams: the aanbieders, read batch by batch as the caller enumerates them (within the
/// request), and the token for the change feed (absent for a selection by date, as on the list's last page).
/// </summary>
public sealed record AanbiederKopie(IAsyncEnumerable<AanbiederDto> Aanbieders, string? WijzigingenToken);

/// <summary>
/// The last line of a full copy: how many aanbieders came before it (a copy without this line was cut off), and the
/// token for /onderwijsbegeleidingsaanbieders/wijzigingen.
/// </summary>
/// <param name="Aantal">The number of aanbieder lines before this one.</param>
/// <param name="WijzigingenToken">Absent for a selection by geldigOp or gewijzigdSinds, as on the paged list's last page.</param>
public sealed record AanbiederKopieEindeDto(long Aantal, string? WijzigingenToken);
