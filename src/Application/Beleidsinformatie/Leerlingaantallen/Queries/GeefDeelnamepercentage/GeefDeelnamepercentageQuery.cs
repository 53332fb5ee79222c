using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefDeelnamepercentage;

/// <summary>
/// The deelnamepercentage regulier onderwijs per teldatum over the years, with the counts behind it and the target of
/// the ondersteuningsplan: the bureau's own view, exact. Figures only, not audited.
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
public sealed record GeefDeelnamepercentageQuery : IQuery<Result<DeelnamepercentageDto>>;
