using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.ExporteerAanbieders;

/// <summary>
/// Every aanbieder of the search (same filters and order as the list, no pages), for a file. The people who read the
/// register may export it; a LAS keeps its own copy through the list and the change feed, so it has no export.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.RegisterBeheerder])]
public sealed record ExporteerAanbiedersQuery(
    string? Expertise,
    string? Werkgebied,
    [property: CodeUit<Cluster>] int? Cluster,
    [property: MinLength(1), MaxLength(AanbiederZoekregels.MaximaleLengteNaam)] string? Naam,
    string? GeldigOp,
    string? GewijzigdSinds,
    [property: AllowedValues(AanbiederSortering.Naam, AanbiederSortering.NaamAflopend, AanbiederSortering.Code, AanbiederSortering.CodeAflopend)]
    string? Sorteer) : IQuery<Result<IReadOnlyList<GeexporteerdeAanbiederDto>>>, IAanbiederZoekvraag;

/// <summary>An aanbieder with the names of the expertises it offers (the list shows names, the DTO codes).</summary>
public sealed record GeexporteerdeAanbiederDto(AanbiederDto Aanbieder, IReadOnlyList<string> Expertises);
