using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Audit;

public sealed record AuditRegelDto
{
    public required Guid Id { get; init; }

    public required DateTimeOffset Op { get; init; }

    public required string ActorSoort { get; init; }

    public required string Actor { get; init; }

    public string? ActorNaam { get; init; }

    public string? Namens { get; init; }

    /// <summary>lezen, aanmaken, wijzigen, verwijderen, exporteren or weigeren.</summary>
    public required string Actie { get; init; }

    public required string ResourceSoort { get; init; }

    public string? ResourceId { get; init; }

    public Guid? LeerlingId { get; init; }

    public required string Doel { get; init; }

    public string? Herkomst { get; init; }

    public string? TraceId { get; init; }

    public static AuditRegelDto Van(AuditRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return new AuditRegelDto
        {
            Id = regel.Id,
            Op = regel.Op,
            ActorSoort = regel.ActorSoort,
            Actor = regel.Actor,
            ActorNaam = regel.ActorNaam,
            Namens = regel.Namens,
            Actie = regel.Actie.ToString().ToLowerInvariant(),
            ResourceSoort = regel.ResourceSoort,
            ResourceId = regel.ResourceId,
            LeerlingId = regel.LeerlingId,
            Doel = regel.Doel,
            Herkomst = regel.Herkomst,
            TraceId = regel.TraceId,
        };
    }
}
