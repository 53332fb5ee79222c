using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders.Commands.LegToestemmingVast;

/// <summary>
/// A consent the ouders signed on paper, as the school records it: who signed, for one person (gebruikerId) or one
/// aanbieder (aanbiederCode) from mogelijkeOntvangers, what for, and optionally the last day it holds.
/// </summary>
/// <param name="OuderNaam">The ouder or verzorger who signed the form, as on the form.</param>
/// <param name="GebruikerId">The external person, from mogelijkeOntvangers.</param>
/// <param name="AanbiederCode">Or the aanbieder as a whole, from mogelijkeOntvangers (without gebruikerId).</param>
/// <param name="Tot">The last day the consent holds, as on the form; without it, until withdrawn.</param>
public sealed record ToestemmingOpPapierVerzoek(
    [property: Required, MaxLength(Toestemming.MaximaleLengteNaam)] string? OuderNaam,
    Guid? GebruikerId,
    [property: RegularExpression(ObaCode.Patroon)] string? AanbiederCode,
    [property: Required, MaxLength(Toestemming.MaximaleLengteDoel)] string? Doel,
    DateOnly? Tot);
