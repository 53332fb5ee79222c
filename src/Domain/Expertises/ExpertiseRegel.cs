namespace PassendOnderwijs.Domain.Expertises;

/// <summary>Unvalidated input for one entry of a waardelijst that is about to be published.</summary>
public sealed record ExpertiseRegel(string? Code, string? Omschrijving);
