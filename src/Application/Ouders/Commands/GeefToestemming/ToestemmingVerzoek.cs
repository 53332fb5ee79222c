using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders.Commands.GeefToestemming;

/// <summary>
/// A consent as the ouder gives it: for one person (gebruikerId) or one aanbieder (aanbiederCode) from the list of
/// mogelijkeOntvangers, what for, and optionally the last day it holds.
/// </summary>
/// <param name="GebruikerId">The external person, from mogelijkeOntvangers.</param>
/// <param name="AanbiederCode">Or the aanbieder as a whole, from mogelijkeOntvangers (without gebruikerId).</param>
/// <param name="Tot">The last day the consent holds; without it, until you withdraw it.</param>
public sealed record ToestemmingVerzoek(
    Guid? GebruikerId,
    [property: RegularExpression(ObaCode.Patroon)] string? AanbiederCode,
    [property: Required, MaxLength(Toestemming.MaximaleLengteDoel)] string? Doel,
    DateOnly? Tot);
