using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

/// <summary>
/// The count of the register on a peildatum (<see cref="ThuiszittertellingRegels"/>): who was thuiszitter then, per
/// kind, duration band, age group and reason; how many of the new thuiszitters of the 12 months before were back
/// within 3 months; and the vrijstellingen apart. Exact figures for the samenwerkingsverband's own staff: figures only,
/// no pupil, so no audit (as the portfolio's yearly evaluation). Each breakdown is a plain table with totals.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record GeefThuiszittertellingQuery(string? Peildatum) : IQuery<Result<ThuiszittertellingDto>>;

public sealed record TelkopDto(string Code, string Label);

public sealed record TelrijDto(string Code, string Label, IReadOnlyList<int> Cellen, int Totaal);

/// <summary>One breakdown: rows × columns of counts, with row totals, column totals and the grand total.</summary>
public sealed record TeltabelDto(string Code, string Titel, IReadOnlyList<TelkopDto> Kolommen, IReadOnlyList<TelrijDto> Rijen, IReadOnlyList<int> Kolomtotalen, int Totaal)
{
    public static TeltabelDto Van(Kruistabel t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(
            t.Code, t.Titel, [.. t.Kolommen.Select(k => new TelkopDto(k.Code, k.Label))],
            [.. t.Rijen.Select(r => new TelrijDto(r.Kop.Code, r.Kop.Label, r.Cellen, r.Totaal))], t.Kolomtotalen, t.Totaal);
    }
}

/// <param name="Thuiszitters">How many children were thuiszitter on the peildatum (vrijstellingen not included).</param>
/// <param name="PeriodeVanaf">The first day of the 12 months whose new thuiszitters the table terugkeer follows.</param>
/// <param name="Tabellen">per-duur, per-leeftijd, per-reden, terugkeer and vrijstellingen.</param>
public sealed record ThuiszittertellingDto(DateOnly Peildatum, int Thuiszitters, DateOnly PeriodeVanaf, IReadOnlyList<TeltabelDto> Tabellen);
