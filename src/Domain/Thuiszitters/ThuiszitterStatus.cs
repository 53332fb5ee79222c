using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>Where a register entry is: open → teruggekeerd | beëindigd (see <see cref="ThuiszitterLevenscyclus"/>).</summary>
public enum ThuiszitterStatus
{
    Open,
    Teruggekeerd,
    Beeindigd,
}

/// <summary>The steps on an entry after it was registered.</summary>
public enum ThuiszitterStap
{
    Planwijziging,
    Terugkeer,
    Beeindiging,
}

public static class ThuiszitterStatusCodes
{
    public static Codelijst<ThuiszitterStatus> Lijst { get; } = new(
        "status",
        new Dictionary<ThuiszitterStatus, (string Code, string Label)>
        {
            [ThuiszitterStatus.Open] = ("open", "Thuis"),
            [ThuiszitterStatus.Teruggekeerd] = ("teruggekeerd", "Teruggekeerd"),
            [ThuiszitterStatus.Beeindigd] = ("beeindigd", "Beëindigd"),
        });
}

public static class ThuiszitterStapCodes
{
    public static Codelijst<ThuiszitterStap> Lijst { get; } = new(
        "stap",
        new Dictionary<ThuiszitterStap, (string Code, string Label)>
        {
            [ThuiszitterStap.Planwijziging] = ("planwijziging", "Plan bijwerken"),
            [ThuiszitterStap.Terugkeer] = ("terugkeer", "Terugkeer vastleggen"),
            [ThuiszitterStap.Beeindiging] = ("beeindiging", "Beëindigen"),
        });
}

/// <summary>One step in the history of an entry: who did what when.</summary>
public sealed record ThuiszitterGebeurtenis(DateTimeOffset Op, Arrangementen.Actor Door, string Actie, string? Toelichting)
{
    public const string Gemeld = "gemeld";
    public const string PlanBijgewerkt = "plan-bijgewerkt";
    public const string Teruggekeerd = "teruggekeerd";
    public const string Beeindigd = "beeindigd";
}

/// <summary>
/// A step on an entry, as others may learn of it: ids, the status and when; no pupil, no free text. The deadline
/// engine follows these to keep the 3-month aim's term.
/// </summary>
public abstract record ThuiszitterBericht(Guid ThuiszitterId, Organisaties.SwvCode Samenwerkingsverband, ThuiszitterStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record ThuiszitterGemeld(Guid ThuiszitterId, Organisaties.SwvCode Samenwerkingsverband, ThuiszitterStatus Status, DateTimeOffset Op, Verzuimsoort Soort)
    : ThuiszitterBericht(ThuiszitterId, Samenwerkingsverband, Status, Op);

public sealed record ThuiszitterPlanBijgewerkt(Guid ThuiszitterId, Organisaties.SwvCode Samenwerkingsverband, ThuiszitterStatus Status, DateTimeOffset Op)
    : ThuiszitterBericht(ThuiszitterId, Samenwerkingsverband, Status, Op);

public sealed record ThuiszitterTeruggekeerd(Guid ThuiszitterId, Organisaties.SwvCode Samenwerkingsverband, ThuiszitterStatus Status, DateTimeOffset Op, bool BinnenStreefdatum)
    : ThuiszitterBericht(ThuiszitterId, Samenwerkingsverband, Status, Op);

public sealed record ThuiszitterBeeindigd(Guid ThuiszitterId, Organisaties.SwvCode Samenwerkingsverband, ThuiszitterStatus Status, DateTimeOffset Op, Beeindigingsreden Reden)
    : ThuiszitterBericht(ThuiszitterId, Samenwerkingsverband, Status, Op);
