using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.ExporteerDeelnamepercentage;

/// <summary>
/// The deelnamepercentage per teldatum as a file for readers outside the bureau (the board, the Inspectie, the
/// public): the counts by the small-cell rule of the samenwerkingsverband, so a small SO or SBO count is hidden and the
/// figures that would give it away with it.
/// </summary>
[Toegang(Functies = [Functie.Beleidsmedewerker, Functie.ManagerOndersteuning])]
public sealed record ExporteerDeelnamepercentageQuery : IQuery<Result<IReadOnlyList<DeelnameregelDto>>>;
