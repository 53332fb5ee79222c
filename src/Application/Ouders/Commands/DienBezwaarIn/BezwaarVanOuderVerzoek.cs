using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Ouders.Commands.DienBezwaarIn;

/// <summary>An ouder's bezwaar: why they do not agree with the decision, in their own words.</summary>
public sealed record BezwaarVanOuderVerzoek([property: Required, MaxLength(Bezwaar.MaximaleLengteTekst)] string? Toelichting);
