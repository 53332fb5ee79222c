namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>
/// Special-category data (AVG art. 9: health) from the dossier: diagnoses and whether medication matters for learning.
/// Kept apart from everything else: never in a list, a feed or the import's report, and shown only after SWV staff
/// deliberately reveal it with a reason, which is audited.
/// </summary>
public sealed record BeschermdeGegevens(IReadOnlyList<Diagnose> Diagnoses, bool? Medicijngebruik)
{
    public static readonly BeschermdeGegevens Geen = new([], null);

    public bool IsLeeg => Diagnoses.Count == 0 && Medicijngebruik is null;
}

/// <summary>A diagnosis established by a third party (codes as the dossier gave them, e.g. DSM or ICD).</summary>
public sealed record Diagnose(IReadOnlyList<string> Codes, string? Naam, DateOnly? Datum, string? DoorWie, string? Instantie);
