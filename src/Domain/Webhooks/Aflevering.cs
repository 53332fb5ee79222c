using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Webhooks;

public enum AfleverStatus
{
    Wachtend,
    Afgeleverd,
    Mislukt,
}

/// <summary>
/// One notificatie on its way to one abonnement. Its retries are kept here (not in memory), so a restart loses none;
/// its id is not the webhook-id: that is the notificatie's, the same on every attempt.
/// </summary>
public sealed class Aflevering
{
    public const int MaximaleLengteFout = 500;

    public Guid Id { get; init; }

    public required SwvCode Samenwerkingsverband { get; init; }

    public Guid AbonnementId { get; init; }

    public Guid NotificatieId { get; init; }

    /// <summary>The resource: per abonnement and subject, a later aflevering waits for an earlier one.</summary>
    public required string Subject { get; init; }

    /// <summary>Order of writing (a database sequence).</summary>
    public long Volgnummer { get; init; }

    public AfleverStatus Status { get; set; }

    public int Pogingen { get; set; }

    public DateTimeOffset AangemaaktOp { get; init; }

    public DateTimeOffset VolgendePogingOp { get; set; }

    /// <summary>A worker is sending it until then; after a crash another takes it over once this has passed.</summary>
    public DateTimeOffset? GeclaimdTot { get; set; }

    public DateTimeOffset? AfgeleverdOp { get; set; }

    public string? LaatsteFout { get; set; }

    /// <summary>A beheerder asks for it again: it waits as new, with a fresh 24 hours.</summary>
    public void BezorgOpnieuw(DateTimeOffset nu)
    {
        Status = AfleverStatus.Wachtend;
        Pogingen = 0;
        VolgendePogingOp = nu;
        GeclaimdTot = null;
        AfgeleverdOp = null;
        HerstartOp = nu;
    }

    /// <summary>Where the 24 hours of retries count from: when written, or when redelivered by hand.</summary>
    public DateTimeOffset HerstartOp { get; set; }
}

/// <summary>One attempt to deliver: the delivery log.</summary>
public sealed class Afleverpoging
{
    public Guid Id { get; init; }

    public required SwvCode Samenwerkingsverband { get; init; }

    public Guid AbonnementId { get; init; }

    public Guid AfleveringId { get; init; }

    public Guid NotificatieId { get; init; }

    public DateTimeOffset Op { get; init; }

    public int? Statuscode { get; init; }

    public string? Fout { get; init; }

    public int DuurMs { get; init; }
}
