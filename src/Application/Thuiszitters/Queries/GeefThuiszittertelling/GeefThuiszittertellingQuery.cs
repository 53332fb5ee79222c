using Mediator;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

/// <summary>
/// The count of the register on a peildatum (<see cref="ThuiszittertellingRegels"/>): who was thuiszitter then, per
/// kind, duration band, age group and reason; how many of the new thuiszitters of the 12 months before were back
/// within 3 months; and the vrijstellingen apart. Exact figures for the samenwerkingsverband's own staff, each marked
/// <c>klein</c> where the file (which leaves the bureau) hides it, as on the beleidsinformatie dashboard: figures only,
/// no pupil, so no audit (as the portfolio's yearly evaluation). Each breakdown is a table with totals.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefThuiszittertellingQuery(string? Peildatum) : IQuery<Result<ThuiszittertellingDto>>;

/// <param name="Thuiszitters">How many children were thuiszitter on the peildatum (vrijstellingen not included).</param>
/// <param name="PeriodeVanaf">The first day of the 12 months whose new thuiszitters the table terugkeer follows.</param>
/// <param name="Drempel">The samenwerkingsverband's small-cell drempel in force today: below it a figure is marked <c>klein</c>.</param>
/// <param name="Tabellen">per-duur, per-leeftijd, per-reden, terugkeer and vrijstellingen, exact, in the dashboard's table shape.</param>
public sealed record ThuiszittertellingDto(DateOnly Peildatum, int Thuiszitters, DateOnly PeriodeVanaf, int Drempel, IReadOnlyList<BenoemdeKruistabelDto> Tabellen);
