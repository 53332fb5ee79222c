using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigen;

/// <summary>
/// The SWV's register of deskundigen, a page at a time: searched by name, filtered by discipline and active state,
/// sorted by naam (default), discipline or werkgever, with the number found.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker])]
public sealed record GeefDeskundigenQuery(
    [property: MinLength(1), MaxLength(Deskundige.MaximaleLengteNaam)] string? Zoek = null,
    [property: CodeUit<Discipline>] string? Discipline = null,
    bool? Actief = null,
    [property: AllowedValues(
        DeskundigenSortering.Naam, DeskundigenSortering.NaamAflopend, DeskundigenSortering.Discipline,
        DeskundigenSortering.DisciplineAflopend, DeskundigenSortering.Werkgever, DeskundigenSortering.WerkgeverAflopend)]
    string? Sorteer = null,
    string? Cursor = null,
    [property: Range(1, DeskundigenCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<DeskundigenDto>>, IDeskundigenSelectie;
