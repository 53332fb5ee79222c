namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>One step in the history of an arrangement: who did what when, with an optional explanation.</summary>
public sealed record Gebeurtenis(DateTimeOffset Op, Actor Door, string Actie, string? Toelichting)
{
    public const string Aangevraagd = "aangevraagd";
    public const string InBehandelingGenomen = "in-behandeling-genomen";
    public const string InformatieGevraagd = "informatie-gevraagd";
    public const string InformatieGegeven = "informatie-gegeven";
    public const string Toegekend = "toegekend";
    public const string Afgewezen = "afgewezen";
    public const string Gestart = "gestart";
    public const string Geevalueerd = "geevalueerd";
    public const string Beeindigd = "beeindigd";
}
