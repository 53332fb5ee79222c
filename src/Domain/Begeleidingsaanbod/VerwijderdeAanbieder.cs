namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// A tombstone: an aanbieder removed from the registry (registered by mistake). Kept for the change feed's
/// retention window so synchronising systems learn to delete their copy; never holds more than the code.
/// </summary>
public sealed class VerwijderdeAanbieder
{
    private VerwijderdeAanbieder(Guid id, ObaCode code, DateTimeOffset verwijderdOp)
    {
        Id = id;
        Code = code;
        VerwijderdOp = verwijderdOp;
    }

    public Guid Id { get; private set; }

    public ObaCode Code { get; private set; }

    /// <summary>Position in the registry's change sequence (set by the store), shared with the aanbieders.</summary>
    public long Versie { get; private set; }

    public DateTimeOffset VerwijderdOp { get; private set; }

    public static VerwijderdeAanbieder Voor(Onderwijsbegeleidingsaanbieder aanbieder, DateTimeOffset op)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        return new VerwijderdeAanbieder(Guid.CreateVersion7(), aanbieder.Code, op);
    }
}
