using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.Termijnen;

/// <summary>
/// One run of a term for one case, as the deadline engine watches it. It is the engine's own record, kept next to the
/// case: the case stores its deadlines (and the werkvoorraad sorts by them), this record remembers which signals were
/// given, so each is given once. The engine opens and moves it when the case's facts change (<see cref="Werk"/>), and
/// its daily watch moves it to nadert or verlopen (<see cref="Bewaak"/>); each step raises the event others react to.
/// </summary>
public sealed class Termijn : AggregateRoot<Guid>
{
    private Termijn()
    {
        Samenwerkingsverband = null!;
        Vestiging = null!;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>The school the case is about (school staff and koppelingen see their own schools only).</summary>
    public VestigingCode Vestiging { get; private set; }

    public Termijnsoort Soort { get; private set; }

    public Zaaksoort Zaak { get; private set; }

    public Guid ZaakId { get; private set; }

    /// <summary>The day of the fact the term counts from; a new run of a recurring term has a new one.</summary>
    public DateOnly Vanaf { get; private set; }

    /// <summary>The last day on which the term is met.</summary>
    public DateOnly Uiterlijk { get; private set; }

    /// <summary>From this day on the term is close.</summary>
    public DateOnly SignaalOp { get; private set; }

    public Termijnfase Fase { get; private set; }

    public DateTimeOffset GeopendOp { get; private set; }

    public DateTimeOffset? NadertGemeldOp { get; private set; }

    public DateTimeOffset? VerlopenOp { get; private set; }

    public DateTimeOffset? GehaaldOp { get; private set; }

    public bool IsOpen => Fase != Termijnfase.Gehaald;

    public static Termijn Open(SwvCode samenwerkingsverband, VestigingCode vestiging, Zaaksoort zaak, Guid zaakId, Termijnstand stand, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(stand);
        return new Termijn
        {
            Id = Guid.CreateVersion7(nu),
            Samenwerkingsverband = samenwerkingsverband,
            Vestiging = vestiging,
            Soort = stand.Soort,
            Zaak = zaak,
            ZaakId = zaakId,
            Vanaf = stand.Vanaf,
            Uiterlijk = stand.Uiterlijk,
            SignaalOp = stand.SignaalOp,
            Fase = Termijnfase.Lopend,
            GeopendOp = nu,
        };
    }

    /// <summary>
    /// The engine's bookkeeping for one case after a change: each of its <paramref name="open"/> runs that is still among
    /// the case's <paramref name="standen"/> follows its possibly moved days, one that is no longer there was met and is
    /// closed. Returns the standen that have no run yet, for the caller to open.
    /// </summary>
    public static IReadOnlyList<Termijnstand> Volg(IReadOnlyList<Termijn> open, IReadOnlyList<Termijnstand> standen, DateOnly vandaag, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(standen);
        foreach (var run in open)
        {
            if (standen.FirstOrDefault(run.IsDezelfdeRun) is { } blijft)
            {
                run.Werk(blijft, vandaag);
            }
            else
            {
                run.Sluit(vandaag, nu);
            }
        }

        return [.. standen.Where(s => !open.Any(t => t.IsDezelfdeRun(s)))];
    }

    /// <summary>Whether <paramref name="stand"/> is this run of the term (same kind, counted from the same fact).</summary>
    public bool IsDezelfdeRun(Termijnstand stand) => stand is not null && stand.Soort == Soort && stand.Vanaf == Vanaf;

    /// <summary>
    /// The facts changed the last day or the signal day of this run (a verdaging, another policy). A term moved past
    /// today is running again; it will warn and expire anew by its new days. Returns whether anything changed.
    /// </summary>
    public bool Werk(Termijnstand stand, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(stand);
        if (!IsOpen || (stand.Uiterlijk == Uiterlijk && stand.SignaalOp == SignaalOp))
        {
            return false;
        }

        Uiterlijk = stand.Uiterlijk;
        SignaalOp = stand.SignaalOp;
        if (Fase == Termijnfase.Verlopen && vandaag <= Uiterlijk)
        {
            Fase = Termijnfase.Lopend;
            VerlopenOp = null;
        }

        if (Fase == Termijnfase.Nadert && vandaag < SignaalOp)
        {
            Fase = Termijnfase.Lopend;
            NadertGemeldOp = null;
        }

        return true;
    }

    /// <summary>
    /// The daily watch: past the last day the term expires; from the signal day on it is close. A term that expired
    /// before anyone warned gives only the expiry, never a late warning. Returns whether the phase changed.
    /// </summary>
    public bool Bewaak(DateOnly vandaag, DateTimeOffset nu)
    {
        if (Fase is Termijnfase.Lopend or Termijnfase.Nadert && vandaag > Uiterlijk)
        {
            Fase = Termijnfase.Verlopen;
            VerlopenOp = nu;
            Raise(new TermijnVerlopen(Id, Samenwerkingsverband, Vestiging.Waarde, Soort, Zaak, ZaakId, Uiterlijk, nu));
            return true;
        }

        if (Fase == Termijnfase.Lopend && vandaag >= SignaalOp)
        {
            Fase = Termijnfase.Nadert;
            NadertGemeldOp = nu;
            Raise(new TermijnNadert(Id, Samenwerkingsverband, Vestiging.Waarde, Soort, Zaak, ZaakId, Uiterlijk, nu));
            return true;
        }

        return false;
    }

    /// <summary>What the term waited for happened, or the case ended: the run is closed, on time or late.</summary>
    public void Sluit(DateOnly vandaag, DateTimeOffset nu)
    {
        if (!IsOpen)
        {
            return;
        }

        var opTijd = vandaag <= Uiterlijk;
        Fase = Termijnfase.Gehaald;
        GehaaldOp = nu;
        Raise(new TermijnGehaald(Id, Samenwerkingsverband, Vestiging.Waarde, Soort, Zaak, ZaakId, Uiterlijk, opTijd, nu));
    }
}
