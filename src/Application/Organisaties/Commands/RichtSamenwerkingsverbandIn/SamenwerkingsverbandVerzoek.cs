using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;

/// <summary>
/// The request body. Its attributes write the domain's rules into the contract; the samenwerkingsverband itself reads
/// the name and the indeling, after the version check (a stale change is a 412 whatever its content says).
/// </summary>
public sealed record SamenwerkingsverbandVerzoek(
    [property: Required, MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Naam,
    [property: MaxLength(Samenwerkingsverband.MaximumRegios)] IReadOnlyList<RegioDto?>? Regios);
