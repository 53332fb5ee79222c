using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>One expertise an OBA offers as begeleiding, in a period and an area, optionally with a capacity.</summary>
public sealed class AangebodenBegeleiding
{
    // For the store: it sets the properties itself.
    private AangebodenBegeleiding()
    {
        Expertise = null!;
        Periode = null!;
        Werkgebied = null!;
    }

    internal AangebodenBegeleiding(Guid id, ExpertiseCode expertise, Periode periode, Werkgebied werkgebied, int? capaciteit)
    {
        Id = id;
        Expertise = expertise;
        Periode = periode;
        Werkgebied = werkgebied;
        Capaciteit = capaciteit;
    }

    public Guid Id { get; private set; }

    public ExpertiseCode Expertise { get; private set; }

    public Periode Periode { get; private set; }

    public Werkgebied Werkgebied { get; private set; }

    /// <summary>How many pupils at the same time; null when not limited or not known.</summary>
    public int? Capaciteit { get; private set; }

    internal void EindigOp(Periode ingekort) => Periode = ingekort;
}
