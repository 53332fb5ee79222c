using Mediator;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

/// <summary>
/// The count on a peildatum for a CSV or XLSX file: the same tables as the page, for the same staff, figures only (no
/// audit). A file leaves the bureau (the Inspectie, OCW, the gemeente), so it is always the suppressed version.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record ExporteerThuiszittertellingQuery(string? Peildatum) : IQuery<Result<ThuiszittertellingbestandDto>>;

/// <summary>The count as it may leave the bureau: every table through the small-cell engine with the SWV's drempel.</summary>
public sealed record ThuiszittertellingbestandDto(DateOnly Peildatum, int Drempel, IReadOnlyList<BenoemdeKruistabelDto> Tabellen);
