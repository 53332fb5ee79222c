using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>What a request for an arrangement says: the kind, the content, the goals, the period, the quantities, who provides it and who pays.</summary>
public sealed record Aanvraag(
    SoortArrangement Soort,
    IvoVelden Inhoud,
    IReadOnlyList<string?> Doelen,
    DateOnly Ingangsdatum,
    DateOnly Einddatum,
    decimal? Uren,
    decimal? Budget,
    Uitvoerder Uitvoerder,
    Bekostiger Bekostiger,
    string? Toelichting);
