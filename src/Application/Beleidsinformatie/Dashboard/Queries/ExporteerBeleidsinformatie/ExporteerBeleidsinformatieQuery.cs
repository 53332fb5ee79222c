using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard.Queries.ExporteerBeleidsinformatie;

/// <summary>The dashboard as a file (CSV or XLSX): always the version for outsiders, small cells hidden. No pupil, no audit.</summary>
[Toegang(Functies = [Functie.ManagerOndersteuning, Functie.Beleidsmedewerker, Functie.RegionaalProcesbegeleider])]
[KanFalen(FoutSoort.Ongeldig, FoutSoort.NietGevonden)]
public sealed record ExporteerBeleidsinformatieQuery(string? Leerjaar, string? Regio, string? Vestiging, Guid? Bestuur)
    : IQuery<Result<BeleidsinformatieDto>>;
