namespace PassendOnderwijs.Domain.Audit;

/// <summary>
/// One access to protected data: who (a person or a client), on whose behalf, what (kind and id of the resource,
/// and the pupil it concerns), which action, when, from where and for what purpose. Immutable once written; the
/// database refuses any UPDATE, DELETE or TRUNCATE of these records.
/// </summary>
public sealed class AuditRegel
{
    public const int MaximaleLengteTekst = 200;

    private AuditRegel()
    {
        Actor = string.Empty;
        ActorSoort = string.Empty;
        ResourceSoort = string.Empty;
        Doel = string.Empty;
    }

    public Guid Id { get; private init; }

    public DateTimeOffset Op { get; private init; }

    /// <summary>The samenwerkingsverband (tenant) the access happened in.</summary>
    public string? Samenwerkingsverband { get; private init; }

    /// <summary>"gebruiker", "client" or "systeem".</summary>
    public string ActorSoort { get; private init; }

    /// <summary>The user id or client id.</summary>
    public string Actor { get; private init; }

    public string? ActorNaam { get; private init; }

    /// <summary>On whose behalf the actor acted, when that is someone else (e.g. the user a client acts for).</summary>
    public string? Namens { get; private init; }

    public AuditActie Actie { get; private init; }

    public string ResourceSoort { get; private init; }

    public string? ResourceId { get; private init; }

    /// <summary>The pupil the data is about, so everything about one pupil can be found.</summary>
    public Guid? LeerlingId { get; private init; }

    /// <summary>Why the data was accessed (doelbinding, AVG art. 5(1)(b)).</summary>
    public string Doel { get; private init; }

    /// <summary>The IP address the request came from.</summary>
    public string? Herkomst { get; private init; }

    public string? TraceId { get; private init; }

    public static AuditRegel Leg(
        DateTimeOffset op,
        string? samenwerkingsverband,
        (string Soort, string Id, string? Naam) actor,
        string? namens,
        AuditActie actie,
        (string Soort, string? Id, Guid? LeerlingId) resource,
        string doel,
        string? herkomst,
        string? traceId) => new()
        {
            Id = Guid.CreateVersion7(op),
            Op = op,
            Samenwerkingsverband = samenwerkingsverband,
            ActorSoort = actor.Soort,
            Actor = Kort(actor.Id)!,
            ActorNaam = Kort(actor.Naam),
            Namens = Kort(namens),
            Actie = actie,
            ResourceSoort = Kort(resource.Soort)!,
            ResourceId = Kort(resource.Id),
            LeerlingId = resource.LeerlingId,
            Doel = Kort(doel)!,
            Herkomst = Kort(herkomst),
            TraceId = Kort(traceId),
        };

    private static string? Kort(string? tekst) =>
        tekst is { Length: > MaximaleLengteTekst } ? tekst[..MaximaleLengteTekst] : tekst;
}
