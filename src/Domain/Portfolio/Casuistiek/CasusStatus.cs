using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Casuistiek;

/// <summary>Where a case is: ingebracht → besproken → uitkomst vastgelegd (see <see cref="CasusLevenscyclus"/>).</summary>
public enum CasusStatus
{
    Ingebracht,
    Besproken,
    UitkomstVastgelegd,
}

/// <summary>The steps of a case after it was brought in.</summary>
public enum CasusStap
{
    Wijziging,
    Bespreking,
    Uitkomst,
    Uitkomstcorrectie,
    Koppeling,
}

public static class CasusStatusCodes
{
    public static Codelijst<CasusStatus> Lijst { get; } = new(
        "status",
        new Dictionary<CasusStatus, (string Code, string Label)>
        {
            [CasusStatus.Ingebracht] = ("ingebracht", "Ingebracht"),
            [CasusStatus.Besproken] = ("besproken", "Besproken"),
            [CasusStatus.UitkomstVastgelegd] = ("uitkomst-vastgelegd", "Uitkomst vastgelegd"),
        });
}

public static class CasusStapCodes
{
    public static Codelijst<CasusStap> Lijst { get; } = new(
        "stap",
        new Dictionary<CasusStap, (string Code, string Label)>
        {
            [CasusStap.Wijziging] = ("wijziging", "Inbreng corrigeren"),
            [CasusStap.Bespreking] = ("bespreking", "Agenderen in een bespreking"),
            [CasusStap.Uitkomst] = ("uitkomst", "Uitkomst vastleggen"),
            [CasusStap.Uitkomstcorrectie] = ("uitkomstcorrectie", "Uitkomst corrigeren"),
            [CasusStap.Koppeling] = ("koppeling", "Koppelen aan de inzet van een expert"),
        });
}

/// <summary>One step in the history of a case or bespreking: who did what when.</summary>
public sealed record CasuistiekGebeurtenis(DateTimeOffset Op, Arrangementen.Actor Door, string Actie, string? Toelichting)
{
    public const string Ingebracht = "ingebracht";
    public const string Gewijzigd = "gewijzigd";
    public const string Geagendeerd = "geagendeerd";
    public const string UitkomstVastgelegd = "uitkomst-vastgelegd";
    public const string UitkomstGecorrigeerd = "uitkomst-gecorrigeerd";
    public const string GekoppeldAanInzet = "gekoppeld-aan-inzet";
    public const string Gepland = "gepland";
}

/// <summary>The named events of casuïstiek, for the outbox (anonymous: they carry ids and codes only).</summary>
public sealed record CasusIngebracht(Guid CasusId, Organisaties.SwvCode Samenwerkingsverband, DateTimeOffset Op) : IDomainEvent;

public sealed record CasusGewijzigd(Guid CasusId, Organisaties.SwvCode Samenwerkingsverband, CasusStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record CasusGeagendeerd(Guid CasusId, Organisaties.SwvCode Samenwerkingsverband, Guid BesprekingId, DateTimeOffset Op) : IDomainEvent;

public sealed record CasusUitkomstVastgelegd(Guid CasusId, Organisaties.SwvCode Samenwerkingsverband, Uitkomstsoort Uitkomst, DateTimeOffset Op) : IDomainEvent;

public sealed record CasusGekoppeldAanInzet(Guid CasusId, Organisaties.SwvCode Samenwerkingsverband, Guid ExpertinzetId, DateTimeOffset Op) : IDomainEvent;

public sealed record NetwerkbesprekingGepland(Guid BesprekingId, Organisaties.SwvCode Samenwerkingsverband, DateTimeOffset Op) : IDomainEvent;

public sealed record NetwerkbesprekingGewijzigd(Guid BesprekingId, Organisaties.SwvCode Samenwerkingsverband, DateTimeOffset Op) : IDomainEvent;
