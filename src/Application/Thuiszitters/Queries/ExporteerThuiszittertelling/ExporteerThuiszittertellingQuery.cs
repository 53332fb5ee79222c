using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

/// <summary>The count on a peildatum for a CSV or XLSX file: the same tables as the page, for the same staff, figures only (no audit).</summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[KanFalen(FoutSoort.Ongeldig)]
public sealed record ExporteerThuiszittertellingQuery(string? Peildatum) : IQuery<Result<ThuiszittertellingDto>>;
