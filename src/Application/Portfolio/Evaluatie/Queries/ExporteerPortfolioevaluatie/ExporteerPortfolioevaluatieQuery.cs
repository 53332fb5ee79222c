using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.ExporteerPortfolioevaluatie;

/// <summary>The board's version of a regio's yearly evaluation, for a CSV or XLSX file to calculate with.</summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden)]
public sealed record ExporteerPortfolioevaluatieQuery(string Regio, string Jaar) : IQuery<Result<PortfolioevaluatieDto>>;
