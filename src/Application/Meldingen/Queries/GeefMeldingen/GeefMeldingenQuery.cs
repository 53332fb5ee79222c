using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingen;

/// <summary>The caller's own notifications, newest first, a page at a time; only unread ones when asked. No pupil data: not audited.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert, Rol.Deskundige])]
public sealed record GeefMeldingenQuery(
    bool? AlleenOngelezen = null,
    string? Cursor = null,
    [property: Range(1, MeldingenCursor.MaximalePageSize)] int? PageSize = null) : IQuery<Result<MeldingLijstDto>>;
