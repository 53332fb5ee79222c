using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Portfolio;

namespace PassendOnderwijs.Application.Portfolio.Regios;

/// <summary>The portfolio of every regio of the samenwerkingsverband: what it offers and which experts carry it.</summary>
public sealed record RegioportfolioLijstDto(IReadOnlyList<RegioportfolioDto> Regios);

/// <param name="Aanbod">Each expertisegebied the regio offers, with the experts who can be deployed on it there.</param>
/// <param name="EigenFte">The fte of the active experts whose own regio this is.</param>
/// <param name="Versie">Send it back in If-Match when changing the offer; 0 while the regio has never set one.</param>
public sealed record RegioportfolioDto(
    string Regio,
    IReadOnlyList<string> LokaleNetwerken,
    IReadOnlyList<RegioaanbodGebiedDto> Aanbod,
    decimal EigenFte,
    long Versie) : IGeversioneerd;

/// <param name="Experts">Active experts of this gebied who work in the regio (their own, or also there); empty means the offer has nobody to carry it.</param>
public sealed record RegioaanbodGebiedDto([property: CodeUit<Expertisegebied>] string Expertisegebied, IReadOnlyList<RegioExpertDto> Experts);

/// <param name="UitAndereRegio">True for an expert from another regio who also works here when capacity requires it.</param>
public sealed record RegioExpertDto(Guid ExpertId, string Naam, decimal Fte, bool UitAndereRegio);
