using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie.Queries.GeefPortfolioevaluatiePdf;

/// <summary>The board's version of a regio's yearly evaluation as a PDF to send to the regional board or print.</summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden)]
public sealed record GeefPortfolioevaluatiePdfQuery(string Regio, string Jaar) : IQuery<Result<Pdfbestand>>;
